/**
 * The matcher's fold, one of the two text folds (the other, search.ts, folds for the
 * search index; each use imports only its own): the content script folds page text
 * with it and the matcher compilation folds aliases with it. It maps every UTF-16 code
 * unit of a text to a folded code unit (lower case, Latin diacritics removed, curly
 * apostrophes → `'`, every whitespace and hyphen/dash → one space, invisible characters
 * dropped, `U.S.` → `us`) and records where folded positions came from in the original text.
 *
 * One pass over the text with a lookup table and reusable typed-array buffers;
 * aliases and rule words are folded by the same code, so both sides always agree.
 */

/** Table value for code units that disappear from the folded text. */
export const DROP = 0xffff;
export const SPACE = 0x20;
export const DOT = 0x2e;
const APOSTROPHE = 0x27;

/**
 * The fold tables cover the code units that fold to something else: `[0, LOW_END)`
 * (Latin, Greek, Cyrillic, general punctuation) and `[HIGH_START, 0x10000)` (full-width
 * forms, BOM) stored right after; U+3000 (ideographic space) is tested directly, every
 * other unit folds to itself. Small tables keep start-up cheap on every page.
 */
export const LOW_END = 0x2300;
export const HIGH_START = 0xfe00;
export const HIGH_SHIFT = HIGH_START - LOW_END;
export const IDEOGRAPHIC_SPACE = 0x3000;

/** Folded code units, lower-cased (also read by the sieve, which folds as it walks). */
export const LOWER = new Uint16Array(LOW_END + 0x10000 - HIGH_START);
/** Folded code units, case kept (to verify case-sensitive aliases). */
const CASED = new Uint16Array(LOWER.length);

function tableIndex(unit: number): number {
  return unit < LOW_END ? unit : unit >= HIGH_START ? unit - HIGH_SHIFT : -1;
}

/** The case-kept fold of one code unit. */
export function foldCased(unit: number): number {
  const k = tableIndex(unit);
  return k >= 0 ? CASED[k]! : unit === IDEOGRAPHIC_SPACE ? SPACE : unit;
}

const SPACES = [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f];
const DASHES = [0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d];
const APOSTROPHES = [0x60, 0xb4, 0x2bc, 0x2018, 0x2019, 0x201b, 0x2032, 0xff07];
const INVISIBLE = [0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff];
/** Letters whose base letter Unicode does not decompose to. */
const STROKED: Record<string, string> = { ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ł: 'l', Ł: 'L', ı: 'i', ħ: 'h', Ħ: 'H' };

function isCombiningMark(c: number): boolean {
  return c >= 0x300 && c <= 0x36f;
}

function rangeString(from: number, to: number): string {
  return String.fromCharCode(...Array.from({ length: to - from }, (_, k) => from + k));
}

/** The base letter of one letter (its NFD starter when the rest are combining marks). */
function baseLetter(letter: string): string {
  const nfd = letter.normalize('NFD');
  for (let j = 1; j < nfd.length; j++) if (!isCombiningMark(nfd.charCodeAt(j))) return letter;
  return nfd.charAt(0);
}

/**
 * Base letters (diacritics removed) of the code units `[from, to)`, from one NFD of the
 * whole range when each unit decomposes to a starter plus combining marks (it does for
 * the Latin ranges), else letter by letter.
 */
function baseLetters(from: number, to: number): string {
  const letters = rangeString(from, to);
  const nfd = letters.normalize('NFD');
  let bases = '';
  for (let j = 0; j < nfd.length; j++) if (!isCombiningMark(nfd.charCodeAt(j))) bases += nfd.charAt(j);
  if (bases.length === letters.length) return bases;
  return Array.from(letters, baseLetter).join('');
}

function initTables(): void {
  for (let c = 0; c < LOW_END; c++) {
    LOWER[c] = c;
    CASED[c] = c;
  }
  for (let c = HIGH_START; c < 0x10000; c++) {
    LOWER[c - HIGH_SHIFT] = c;
    CASED[c - HIGH_SHIFT] = c;
  }
  for (let c = 0x41; c <= 0x5a; c++) LOWER[c] = c + 32;
  const setLetters = (from: number, bases: string) => {
    for (let k = 0; k < bases.length; k++) {
      const base = STROKED[String.fromCharCode(from + k)] ?? bases.charAt(k);
      const lower = base.toLowerCase();
      CASED[from + k] = base.charCodeAt(0);
      LOWER[from + k] = (lower.length === 1 ? lower : base).charCodeAt(0);
    }
  };
  // Latin with diacritics: é → e, Ş → S.
  setLetters(0xc0, baseLetters(0xc0, 0x250));
  setLetters(0x1e00, baseLetters(0x1e00, 0x1f00));
  // Greek and Cyrillic: case only.
  setLetters(0x370, rangeString(0x370, 0x530));
  // Full-width ASCII (common in Japanese text): ＮＡＳＡ → nasa.
  for (let c = 0xff01; c <= 0xff5e; c++) {
    CASED[c - HIGH_SHIFT] = c - 0xfee0;
    LOWER[c - HIGH_SHIFT] = LOWER[c - 0xfee0]!;
  }
  const set = (codes: number[], to: number) => {
    for (const c of codes) {
      const k = tableIndex(c);
      LOWER[k] = to;
      CASED[k] = to;
    }
  };
  set(SPACES, SPACE);
  set(DASHES, SPACE);
  for (let c = 0x2000; c <= 0x200a; c++) set([c], SPACE);
  set(APOSTROPHES, APOSTROPHE);
  set(INVISIBLE, DROP);
  for (let c = 0x300; c <= 0x36f; c++) set([c], DROP);
}
initTables();

/**
 * Reusable output of `foldInto`: the folded code units, and where they came from as a
 * sparse list of shifts (folded position → original minus folded position), recorded
 * only where characters were dropped or spaces collapsed.
 */
export class FoldBuffer {
  /** Folded code units; valid up to the length `foldInto` returned. */
  folded = new Uint16Array(256);
  /** From folded position `shiftAt[k]` on, original = folded + `shiftBy[k]`. */
  shiftAt = new Int32Array(64);
  shiftBy = new Int32Array(64);
  shifts = 0;
  /** Number of shifts at or before the last position `origin` mapped. */
  private cursor = 0;

  ensure(capacity: number): void {
    if (this.folded.length >= capacity) return;
    let size = this.folded.length;
    while (size < capacity) size *= 2;
    this.folded = new Uint16Array(size);
  }

  /** Records that from folded position `at` on, the original position is `by` further. */
  shift(at: number, by: number): void {
    const k = this.shifts;
    if (k > 0 && this.shiftAt[k - 1] === at) {
      this.shiftBy[k - 1] = by;
      return;
    }
    if (k === this.shiftAt.length) {
      const at2 = new Int32Array(k * 2);
      const by2 = new Int32Array(k * 2);
      at2.set(this.shiftAt);
      by2.set(this.shiftBy);
      this.shiftAt = at2;
      this.shiftBy = by2;
    }
    this.shiftAt[k] = at;
    this.shiftBy[k] = by;
    this.shifts = k + 1;
  }

  /**
   * Index in the original text of folded unit `position`; for `position` = length, the
   * original length. Dropped characters count with the unit before them, so a match
   * ending before `position` covers them (`U.S.` keeps its dots).
   */
  origin(position: number): number {
    const { shiftAt, shifts } = this;
    // Mentions are mapped in text order: continue from the previous answer when possible.
    let k = this.cursor;
    if (k > shifts || (k > 0 && shiftAt[k - 1]! > position)) {
      let hi = k > shifts ? shifts : k - 1;
      k = 0;
      while (k < hi) {
        const mid = (k + hi) >>> 1;
        if (shiftAt[mid]! <= position) k = mid + 1;
        else hi = mid;
      }
    }
    while (k < shifts && shiftAt[k]! <= position) k++;
    this.cursor = k;
    return k === 0 ? position : position + this.shiftBy[k - 1]!;
  }
}

export function isAsciiAlnum(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

/**
 * Folds `text` into `buffer` and returns the folded length. Runs of spaces collapse to
 * one space (leading ones are dropped); a dot after a one-letter word or after another
 * such dotted letter (`U.S.`, `J.`) is dropped, so `U.S.` folds to `us`.
 * (sieve.ts repeats this loop without storing the result: keep the two in step.)
 */
export function foldInto(text: string, buffer: FoldBuffer): number {
  const length = text.length;
  buffer.ensure(length + 1);
  buffer.shifts = 0;
  const folded = buffer.folded;
  const table = LOWER;
  let n = 0;
  // Folded position right after the last letter whose dot was dropped.
  let droppedDotAt = -1;
  for (let i = 0; i < length; i++) {
    const u = text.charCodeAt(i);
    const c = u < LOW_END ? table[u]! : u >= HIGH_START ? table[u - HIGH_SHIFT]! : u === IDEOGRAPHIC_SPACE ? SPACE : u;
    if (c <= DOT || c === DROP) {
      let drop = c === DROP || (c === SPACE && (n === 0 || folded[n - 1] === SPACE));
      if (c === DOT && n > 0) {
        const letter = folded[n - 1]!;
        if (letter >= 0x61 && letter <= 0x7a && (n === 1 || droppedDotAt === n - 1 || !isAsciiAlnum(folded[n - 2]!))) {
          droppedDotAt = n;
          drop = true;
        }
      }
      if (drop) {
        buffer.shift(n, i + 1 - n);
        continue;
      }
    }
    folded[n++] = c;
  }
  return n;
}

/** Never in alias text; folds to itself and ends a string in a batch. */
const SEPARATOR = '\u0001';
/** Units per `String.fromCharCode` call (argument count limits). */
const CHUNK = 4096;

/**
 * Folds short strings (aliases, rule words) exactly as page text is folded, all in one
 * pass over their concatenation (cheap even before the engine has optimised anything),
 * without leading or trailing space. With `keepCase`, the result is the case-kept fold
 * of the same characters (to verify case-sensitive aliases).
 */
export function foldStrings(texts: readonly string[], keepCase = false): string[] {
  if (texts.length === 0) return [];
  const joined = texts.join(SEPARATOR);
  const buffer = new FoldBuffer();
  const n = foldInto(joined, buffer);
  const folded = buffer.folded;
  if (keepCase) for (let k = 0; k < n; k++) if (folded[k] !== SPACE) folded[k] = foldCased(joined.charCodeAt(buffer.origin(k)));
  let all = '';
  for (let k = 0; k < n; k += CHUNK) {
    all += String.fromCharCode.apply(null, folded.subarray(k, Math.min(n, k + CHUNK)) as unknown as number[]);
  }
  // Folded text holds no whitespace but SPACE, so trim() removes exactly the edge spaces.
  return all.split(SEPARATOR).map((s) => s.trim());
}

/** The code units of a string. */
export function units(text: string): Uint16Array {
  const out = new Uint16Array(text.length);
  for (let k = 0; k < text.length; k++) out[k] = text.charCodeAt(k);
  return out;
}
