/**
 * Text folding for the matcher: maps every UTF-16 code unit of a text to a folded
 * code unit (lower case, Latin diacritics removed, curly apostrophes → `'`, every
 * whitespace and hyphen/dash → one space, invisible characters dropped, `U.S.` → `us`)
 * and records where folded positions came from in the original text.
 *
 * One pass over the text with a lookup table and reusable typed-array buffers;
 * aliases and rule words are folded by the same code, so both sides always agree.
 */

/** Table value for code units that disappear from the folded text. */
export const DROP = 0xffff;
export const SPACE = 0x20;
const DOT = 0x2e;
const APOSTROPHE = 0x27;

/** Folded code unit of each code unit, lower-cased. */
export const FOLD_LOWER = new Uint16Array(65536);
/** Folded code unit of each code unit, case kept (to verify case-sensitive aliases). */
export const FOLD_CASED = new Uint16Array(65536);

const SPACES = [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000];
const DASHES = [0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d];
const APOSTROPHES = [0x60, 0xb4, 0x2bc, 0x2018, 0x2019, 0x201b, 0x2032, 0xff07];
const INVISIBLE = [0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff];
/** Letters whose base letter Unicode does not decompose to. */
const STROKED: Record<string, string> = { ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ł: 'l', Ł: 'L', ı: 'i', ħ: 'h', Ħ: 'H' };

function isCombiningMark(c: number): boolean {
  return c >= 0x300 && c <= 0x36f;
}

/** The base letter of a Latin/Greek/Cyrillic letter (diacritics removed), or the letter itself. */
function baseLetter(ch: string): string {
  const stroked = STROKED[ch];
  if (stroked) return stroked;
  const nfd = ch.normalize('NFD');
  if (nfd.length < 2) return ch;
  for (let k = 1; k < nfd.length; k++) if (!isCombiningMark(nfd.charCodeAt(k))) return ch;
  return nfd.charAt(0);
}

function initTables(): void {
  for (let c = 0; c < 65536; c++) {
    FOLD_LOWER[c] = c;
    FOLD_CASED[c] = c;
  }
  for (let c = 0x41; c <= 0x5a; c++) FOLD_LOWER[c] = c + 32;
  const alphabetic: [number, number][] = [
    [0xc0, 0x250],
    [0x370, 0x530],
    [0x1e00, 0x1f00],
  ];
  for (const [from, to] of alphabetic) {
    for (let c = from; c < to; c++) {
      const base = baseLetter(String.fromCharCode(c));
      const lower = base.toLowerCase();
      FOLD_CASED[c] = base.charCodeAt(0);
      FOLD_LOWER[c] = lower.length === 1 ? lower.charCodeAt(0) : base.charCodeAt(0);
    }
  }
  // Full-width ASCII (common in Japanese text): ＮＡＳＡ → nasa.
  for (let c = 0xff01; c <= 0xff5e; c++) {
    FOLD_CASED[c] = c - 0xfee0;
    FOLD_LOWER[c] = FOLD_LOWER[c - 0xfee0]!;
  }
  const set = (codes: number[], to: number) => {
    for (const c of codes) {
      FOLD_LOWER[c] = to;
      FOLD_CASED[c] = to;
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
  /** Folded code units; valid up to `length`. */
  folded = new Uint16Array(256);
  length = 0;
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

function isAsciiAlnum(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

/**
 * Folds `text` into `buffer` and returns the folded length. Runs of spaces collapse to
 * one space (leading ones are dropped); a dot after a one-letter word or after another
 * such dotted letter (`U.S.`, `J.`) is dropped, so `U.S.` folds to `us`.
 */
export function foldInto(text: string, buffer: FoldBuffer): number {
  const length = text.length;
  buffer.ensure(length + 1);
  buffer.shifts = 0;
  const folded = buffer.folded;
  const table = FOLD_LOWER;
  let n = 0;
  // Folded position right after the last letter whose dot was dropped.
  let droppedDotAt = -1;
  for (let i = 0; i < length; i++) {
    const c = table[text.charCodeAt(i)]!;
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
  buffer.length = n;
  return n;
}

/** A folded string: lower-cased units, case-kept units, without leading/trailing space. */
export interface FoldedString {
  lower: Uint16Array;
  cased: Uint16Array;
}

const scratch = new FoldBuffer();

/** Folds a short string (an alias or a rule word) the same way as page text. */
export function foldString(text: string): FoldedString {
  let n = foldInto(text, scratch);
  if (n > 0 && scratch.folded[n - 1] === SPACE) n--;
  const lower = scratch.folded.slice(0, n);
  const cased = new Uint16Array(n);
  for (let k = 0; k < n; k++) cased[k] = FOLD_CASED[text.charCodeAt(scratch.origin(k))]!;
  return { lower, cased };
}
