/**
 * The search fold, one of the two text folds (the other, match.ts, folds page text for
 * the matcher; each use imports only its own). It is case- and diacritic-insensitive
 * for Latin script (NFKD, marks dropped, lower-cased; full-width forms become ASCII)
 * while Hangul and kana keep their composed form (so 가 and が stay themselves).
 * Spaces, dashes and dots are left to the search tokeniser (background/search/text.ts).
 */

/** A folded string and, for each of its UTF-16 units, the span it came from in the original. */
export interface Folded {
  text: string;
  starts: number[];
  ends: number[];
}

const foldCache = new Map<string, string>();

/** Hangul syllables, jamo and compatibility jamo (also one of the tokeniser's CJK ranges). */
export function isHangul(code: number): boolean {
  return (code >= 0xac00 && code <= 0xd7af) || (code >= 0x1100 && code <= 0x11ff) || (code >= 0x3130 && code <= 0x318f);
}

function isKanaOrHangul(code: number): boolean {
  return (code >= 0x3040 && code <= 0x30ff) || (code >= 0x31f0 && code <= 0x31ff) || (code >= 0xff65 && code <= 0xff9f) || isHangul(code);
}

function foldChar(ch: string, code: number): string {
  if (code < 0x80) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
  let folded = foldCache.get(ch);
  if (folded === undefined) {
    folded = isKanaOrHangul(code)
      ? ch.normalize('NFKC')
      : ch.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    foldCache.set(ch, folded);
  }
  return folded;
}

/** Folds text for comparison (no offset map). */
export function fold(input: string): string {
  let ascii = true;
  for (let i = 0; i < input.length; i++) {
    if (input.charCodeAt(i) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return input.toLowerCase();
  let out = '';
  for (const ch of input) out += foldChar(ch, ch.codePointAt(0)!);
  return out;
}

/** Folds text and keeps the map back to the original offsets (for highlight ranges). */
export function foldWithMap(input: string): Folded {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const ch of input) {
    const folded = foldChar(ch, ch.codePointAt(0)!);
    text += folded;
    for (let i = 0; i < folded.length; i++) {
      starts.push(offset);
      ends.push(offset + ch.length);
    }
    offset += ch.length;
  }
  return { text, starts, ends };
}
