/**
 * Script classes of (folded) code units, for the boundary rules: whether a unit is a
 * letter or digit of an alphabetic script (Latin, Greek, Cyrillic, …), Hangul, or anything
 * else (Han, Kana, punctuation, spaces). Looked up lazily and memoised.
 */

const OTHER = 1;
/** Letters, digits and marks of scripts that separate words with spaces. */
export const WORD = 2;
export const HANGUL = 3;

const memo = new Uint8Array(65536);
const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;

function classify(c: number): number {
  if (c < 0x80) {
    return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? WORD : OTHER;
  }
  if ((c >= 0xac00 && c <= 0xd7a3) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f)) return HANGUL;
  // Kana, CJK punctuation, Han and surrogates never block a neighbouring alias.
  if (c >= 0x3000 && c <= 0x9fff) return OTHER;
  if ((c >= 0xf900 && c <= 0xfaff) || (c >= 0xff66 && c <= 0xff9f) || (c >= 0xd800 && c <= 0xdfff)) return OTHER;
  return LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? WORD : OTHER;
}

export function charClass(c: number): number {
  const known = memo[c]!;
  if (known !== 0) return known;
  const computed = classify(c);
  memo[c] = computed;
  return computed;
}
