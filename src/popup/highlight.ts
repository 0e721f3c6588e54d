/**
 * Splits a search hit's matched text into plain and matched parts (from
 * `SearchHit.matched.ranges`), and cuts long text to a window around the first match.
 */
import type { MatchRange } from '../shared/card';

export interface TextPart {
  text: string;
  matched: boolean;
}

/** Sorts, clamps and merges ranges; drops empty ones. */
export function normaliseRanges(ranges: MatchRange[], length: number): MatchRange[] {
  const clamped = ranges
    .map(([s, e]): MatchRange => [Math.max(0, Math.min(s, length)), Math.max(0, Math.min(e, length))])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const merged: MatchRange[] = [];
  for (const [s, e] of clamped) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged;
}

export function splitByRanges(text: string, ranges: MatchRange[]): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const [s, e] of normaliseRanges(ranges, text.length)) {
    if (s > at) parts.push({ text: text.slice(at, s), matched: false });
    parts.push({ text: text.slice(s, e), matched: true });
    at = e;
  }
  if (at < text.length) parts.push({ text: text.slice(at), matched: false });
  return parts;
}

/**
 * Text of at most `max` characters (plus ellipses) that shows the first match, with the
 * ranges shifted to the cut text.
 */
export function excerpt(text: string, ranges: MatchRange[], max: number): { text: string; ranges: MatchRange[] } {
  if (text.length <= max) return { text, ranges };
  const first = normaliseRanges(ranges, text.length)[0] ?? [0, 0];
  const start = Math.max(0, Math.min(first[0] - Math.floor(max / 3), text.length - max));
  const end = start + max;
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  const shift = prefix.length - start;
  return {
    text: prefix + text.slice(start, end) + suffix,
    ranges: normaliseRanges(
      ranges.map(([s, e]): MatchRange => [Math.max(s, start) + shift, Math.min(e, end) + shift]),
      prefix.length + max,
    ),
  };
}
