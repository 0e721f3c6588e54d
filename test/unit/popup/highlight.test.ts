import { describe, expect, it } from 'vitest';
import { excerpt, normaliseRanges, splitByRanges } from '../../../src/popup/highlight';

describe('splitByRanges', () => {
  it('marks exactly the matched ranges', () => {
    expect(splitByRanges('Fumio Kishida', [[6, 13]])).toEqual([
      { text: 'Fumio ', matched: false },
      { text: 'Kishida', matched: true },
    ]);
  });

  it('merges overlapping ranges and ignores empty or out-of-bounds ones', () => {
    expect(normaliseRanges([[4, 8], [0, 2], [6, 10], [3, 3], [20, 30]], 12)).toEqual([[0, 2], [4, 10]]);
    expect(splitByRanges('岸田文雄首相', [[0, 2], [2, 4]]).filter((p) => p.matched).map((p) => p.text)).toEqual(['岸田文雄']);
  });
});

describe('excerpt', () => {
  it('keeps short text as it is', () => {
    expect(excerpt('Joe Biden', [[4, 9]], 50)).toEqual({ text: 'Joe Biden', ranges: [[4, 9]] });
  });

  it('cuts long text around the first match and shifts the ranges with it', () => {
    const text = `${'a'.repeat(200)}DICAS${'b'.repeat(200)}`;
    const out = excerpt(text, [[200, 205]], 60);
    const [s, e] = out.ranges[0]!;
    expect(out.text.slice(s, e)).toBe('DICAS');
    expect(out.text.startsWith('…')).toBe(true);
    expect(out.text.endsWith('…')).toBe(true);
    expect(out.text.length).toBe(62);
  });
});
