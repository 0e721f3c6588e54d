/**
 * The timeline's horizontal scale: dates far apart (a 1960 treaty, a 2027 target) would
 * crush the days of a visit on one linear axis, so the dates are cut into clusters where
 * neighbours lie at most `maxGapDays` (a week) apart. Each cluster is linear inside and gets
 * a share of the width that grows with its number of distinct dates and the log of its span,
 * so a busy week stays readable beside lone dates; clusters are separated by a fixed break
 * where the axis is interrupted.
 */

/** Days since 1970-01-01 for an ISO date or partial date (a year or month stands for its first day). */
export function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Math.floor(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / 86_400_000);
}

export interface Segment {
  /** First and last day of the cluster. */
  start: number;
  end: number;
  /** Its pixel extent. */
  x0: number;
  x1: number;
}

export interface TimelineScale {
  x: (day: number) => number;
  segments: Segment[];
  /** Pixel positions of the breaks between segments (their centres). */
  breaks: number[];
}

export interface ScaleOptions {
  width: number;
  /** Neighbouring dates further apart than this start a new segment. */
  maxGapDays?: number;
  /** Pixels left for each break. */
  breakWidth?: number;
  /** Pixels of padding at both ends and inside each segment, so points are not cut. */
  padding?: number;
}

export function timelineScale(days: readonly number[], options: ScaleOptions): TimelineScale {
  const { width, maxGapDays = 7, breakWidth = 14, padding = 10 } = options;
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  const clusters: { start: number; end: number; dates: number }[] = [];
  for (const day of sorted) {
    const last = clusters[clusters.length - 1];
    if (last && day - last.end <= maxGapDays) {
      last.end = day;
      last.dates++;
    } else clusters.push({ start: day, end: day, dates: 1 });
  }
  if (clusters.length === 0) return { x: () => width / 2, segments: [], breaks: [] };
  const weights = clusters.map((c) => c.dates + Math.log1p(c.end - c.start));
  const total = weights.reduce((a, b) => a + b, 0);
  const usable = Math.max(0, width - 2 * padding - breakWidth * (clusters.length - 1));
  const segments: Segment[] = [];
  const breaks: number[] = [];
  let at = padding;
  clusters.forEach((cluster, i) => {
    const span = (usable * weights[i]!) / total;
    segments.push({ start: cluster.start, end: cluster.end, x0: at, x1: at + span });
    at += span;
    if (i < clusters.length - 1) {
      breaks.push(at + breakWidth / 2);
      at += breakWidth;
    }
  });
  const x = (day: number): number => {
    const segment = segments.find((s) => day <= s.end) ?? segments[segments.length - 1]!;
    if (segment.end === segment.start) return (segment.x0 + segment.x1) / 2;
    const inner = Math.min(padding, (segment.x1 - segment.x0) / 4);
    const t = (Math.min(Math.max(day, segment.start), segment.end) - segment.start) / (segment.end - segment.start);
    return segment.x0 + inner + t * (segment.x1 - segment.x0 - 2 * inner);
  };
  return { x, segments, breaks };
}
