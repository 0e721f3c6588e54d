import { describe, expect, it } from 'vitest';
import { FoldBuffer, foldInto, foldStrings } from '../../../src/shared/fold/match';

function fold(text: string): { folded: string; origin: number[] } {
  const buffer = new FoldBuffer();
  const n = foldInto(text, buffer);
  return { folded: String.fromCharCode(...buffer.folded.subarray(0, n)), origin: Array.from({ length: n + 1 }, (_, k) => buffer.origin(k)) };
}

describe('foldInto', () => {
  it.each([
    ['Kishida', 'kishida'],
    ['Kim Jong‑un', 'kim jong un'],
    ['Kim Jong–un', 'kim jong un'],
    ['Kim\n\n  Jong\u00a0Un', 'kim jong un'],
    ['Kishida’s', "kishida's"],
    ['U.S. and U.K.', 'us and uk'],
    ['U.S', 'us'],
    ['Mr. Biden.', 'mr. biden.'],
    ['Société Générale', 'societe generale'],
    ['Socie\u0301te\u0301', 'societe'],
    ['ＮＡＳＡの', 'nasaの'],
    ['soft\u00adhyphen', 'softhyphen'],
    ['  leading', 'leading'],
    ['기시다 총리는', '기시다 총리는'],
    ['岸田首相は', '岸田首相は'],
  ])('folds %j to %j', (text, expected) => {
    expect(fold(text).folded).toBe(expected);
  });

  it('maps folded units back to original offsets, with the text length last', () => {
    const { folded, origin } = fold('U.S.  Kim');
    expect(folded).toBe('us kim');
    expect(origin).toEqual([0, 2, 4, 6, 7, 8, 9]);
  });

  it('reuses a buffer for a longer text', () => {
    const buffer = new FoldBuffer();
    foldInto('a  b', buffer);
    const long = 'Biden  '.repeat(1000);
    expect(foldInto(long, buffer)).toBe(6 * 1000);
    expect(buffer.origin(6 * 1000)).toBe(long.length);
    expect(buffer.origin(6)).toBe(7);
  });
});

describe('foldStrings', () => {
  it('keeps case on request and trims spaces', () => {
    expect(foldStrings(['U.S.-'])).toEqual(['us']);
    expect(foldStrings(['U.S.-'], true)).toEqual(['US']);
  });

  it('folds each string of a batch as if alone', () => {
    const texts = ['Kim Jong‑un', ' Mrs. ', 'A.', 'U.S.', '', 'Société', '岸田'];
    const batch = foldStrings(texts);
    expect(batch).toEqual(['kim jong un', 'mrs.', 'a', 'us', '', 'societe', '岸田']);
    expect(foldStrings(texts, true)).toEqual(['Kim Jong un', 'Mrs.', 'A', 'US', '', 'Societe', '岸田']);
    texts.forEach((t, k) => expect(foldStrings([t])).toEqual([batch[k]]));
  });
});
