/**
 * Tokenising for search, over text folded by src/shared/fold/search.ts. Tokens are
 * Latin/digit words (dots inside a word are dropped, so "U.S." is "us") and CJK runs
 * (Han, kana, Hangul), which have no spaces to split on and are matched by substring
 * through character bigrams.
 */
import { isHangul } from '../../shared/fold/search';

export interface Token {
  kind: 'word' | 'cjk';
  /** The searchable form: folded, without inner dots. */
  term: string;
  /** Span in the folded text. */
  start: number;
  end: number;
}

/** Han, kana (with the prolonged sound mark and iteration marks) and Hangul. */
export function isCjk(code: number): boolean {
  return (
    (code >= 0x3040 && code <= 0x30fa) ||
    (code >= 0x30fc && code <= 0x30ff) ||
    code === 0x3005 ||
    (code >= 0x31f0 && code <= 0x31ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    isHangul(code) ||
    (code >= 0x20000 && code <= 0x2fa1f)
  );
}

const wordCache = new Map<number, boolean>();
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isWordChar(code: number): boolean {
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  let word = wordCache.get(code);
  if (word === undefined) {
    word = !isCjk(code) && LETTER_OR_DIGIT.test(String.fromCodePoint(code));
    wordCache.set(code, word);
  }
  return word;
}

/** Splits folded text into word and CJK-run tokens. */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    if (isCjk(code)) {
      const start = i;
      i += width;
      while (i < n) {
        const c = text.codePointAt(i)!;
        if (!isCjk(c)) break;
        i += c > 0xffff ? 2 : 1;
      }
      tokens.push({ kind: 'cjk', term: text.slice(start, i), start, end: i });
    } else if (isWordChar(code)) {
      const start = i;
      let hasDot = false;
      i += width;
      while (i < n) {
        const c = text.codePointAt(i)!;
        if (isWordChar(c)) {
          i += c > 0xffff ? 2 : 1;
        } else if (c === 46 && i + 1 < n && isWordChar(text.codePointAt(i + 1)!)) {
          hasDot = true;
          i += 1;
        } else break;
      }
      const raw = text.slice(start, i);
      tokens.push({ kind: 'word', term: hasDot ? raw.replaceAll('.', '') : raw, start, end: i });
    } else {
      i += width;
    }
  }
  return tokens;
}

/** The keys a CJK run is indexed under: every character and every bigram. */
export function cjkGrams(run: string): string[] {
  const chars = Array.from(run);
  const grams = new Set<string>(chars);
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i]! + chars[i + 1]!);
  return [...grams];
}

/** The keys to intersect to find a CJK query run: its bigrams, or the character itself. */
export function cjkQueryGrams(run: string): string[] {
  const chars = Array.from(run);
  if (chars.length === 1) return chars;
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i]! + chars[i + 1]!);
  return [...grams];
}

/** Whether two words are at most one edit apart (insert, delete, substitute or swap two neighbours). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
