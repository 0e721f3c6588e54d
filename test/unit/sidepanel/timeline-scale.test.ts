// The timeline's segmented scale: far-apart dates get their own segments behind breaks, so the
// days of a one-week visit stay readable beside a 1960 treaty and a 2027 target.
import { describe, expect, it } from 'vitest';
import { dayNumber, timelineScale } from '../../../src/sidepanel/timeline-scale';

describe('dayNumber', () => {
  it('reads full and partial ISO dates, a year or month standing for its first day', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2024-04')).toBe(dayNumber('2024-04-01'));
    expect(dayNumber('2024')).toBe(dayNumber('2024-01-01'));
  });
});

describe('timelineScale', () => {
  const visit = ['2024-04-08', '2024-04-09', '2024-04-10', '2024-04-11', '2024-04-12', '2024-04-14'].map(dayNumber);
  const outliers = [dayNumber('1960-01-19'), dayNumber('2027-03')];

  it('puts outliers in segments of their own, separated by breaks', () => {
    const scale = timelineScale([...visit, ...outliers], { width: 640 });
    expect(scale.segments.map((s) => [s.start, s.end])).toEqual([
      [outliers[0], outliers[0]],
      [visit[0], visit[visit.length - 1]],
      [outliers[1], outliers[1]],
    ]);
    expect(scale.breaks).toHaveLength(2);
  });

  it('keeps the visit’s days readable: consecutive days at least 25 px apart in a 360 px panel', () => {
    const scale = timelineScale([...visit, ...outliers], { width: 360 });
    for (let i = 1; i < visit.length; i++) expect(scale.x(visit[i]!) - scale.x(visit[i - 1]!)).toBeGreaterThanOrEqual(25);
  });

  it('is increasing and stays inside the width', () => {
    const days = [...outliers, ...visit].sort((a, b) => a - b);
    const scale = timelineScale(days, { width: 400 });
    const xs = days.map(scale.x);
    for (let i = 1; i < xs.length; i++) expect(xs[i]!).toBeGreaterThan(xs[i - 1]!);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThanOrEqual(400);
  });

  it('a linear segment inside: a day halfway through a segment sits halfway across it', () => {
    const scale = timelineScale([dayNumber('2024-04-01'), dayNumber('2024-04-21')], { width: 500, padding: 0, maxGapDays: 31 });
    const middle = scale.x(dayNumber('2024-04-11'));
    expect(middle).toBeCloseTo((scale.x(dayNumber('2024-04-01')) + scale.x(dayNumber('2024-04-21'))) / 2, 5);
  });

  it('one date sits in the middle; no dates draw nothing', () => {
    expect(timelineScale([dayNumber('2024-04-10')], { width: 300 }).x(dayNumber('2024-04-10'))).toBe(150);
    expect(timelineScale([], { width: 300 }).segments).toEqual([]);
  });
});
