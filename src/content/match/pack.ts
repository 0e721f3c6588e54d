/**
 * The matcher's runtime tables in a compact binary form, made once at build time so a
 * content script loads a ready matcher instead of compiling the index on every page.
 * `packPrepared` writes every typed array of the automaton and of the per-pattern and
 * per-alias data into one little-endian buffer, and the few alias rules (folded words)
 * into a short JSON list; `unpackPrepared` takes views on that buffer: no copy, no
 * computation, so loading costs next to nothing even before the engine has optimised
 * any code. A table whose values all fit in 16 bits (most of them, for the bundled
 * dataset) is stored and used as Int16: the bundle, decoded from base64 on every page,
 * is half the size.
 */
import type { PackedRule } from '../../shared/matcher-index';
import type { Automaton, Ints } from './automaton';
import type { AliasRules, Prepared } from './prepare';

/** 'BLM3': format mark, read back byte-swapped on a big-endian machine. */
const MAGIC = 0x424c4d33;
const HEADER_INTS = 9;

export interface PackedTables {
  bytes: Uint8Array;
  rules: PackedRule[];
}

/** Integer tables in buffer order. */
function intArrays(p: Prepared): Ints[] {
  const a = p.automaton;
  return [a.used, a.dense, a.firstChild, a.childCount, a.fail, a.output, a.firstHit, a.nextHit, p.patternLength, p.aliasStart, p.patternAliases, p.patternContext, p.aliasEntity];
}

/** Uint8 arrays in buffer order (after the Int32 arrays and the Uint16 edge units). */
function uint8Arrays(p: Prepared): Uint8Array[] {
  return [p.automaton.asciiColumn, p.patternStartRule, p.patternEndRule, p.aliasFlags];
}

function fitsInt16(xs: Ints): boolean {
  for (const x of xs) if (x < -0x8000 || x > 0x7fff) return false;
  return true;
}

/** Bytes a table of `length` values takes in the buffer (4-aligned). */
function storedBytes(length: number, narrow: boolean): number {
  return narrow ? align4(2 * length) : 4 * length;
}

export function packPrepared(prepared: Prepared): PackedTables {
  const { automaton: a } = prepared;
  const ints = intArrays(prepared);
  const narrow = ints.map(fitsInt16);
  const bytesOf = uint8Arrays(prepared);
  const intBytes = 4 * HEADER_INTS + ints.reduce((n, xs, k) => n + storedBytes(xs.length, narrow[k]!), 0);
  const unitBytes = align4(2 * a.states);
  const out = new Uint8Array(intBytes + unitBytes + bytesOf.reduce((n, xs) => n + xs.length, 0));
  new Int32Array(out.buffer, 0, HEADER_INTS).set([
    MAGIC,
    a.states,
    a.width,
    a.denseStates,
    prepared.patternLength.length,
    prepared.aliasEntity.length,
    prepared.patternAliases.length,
    prepared.maxContextLength,
    narrow.reduce((bits, n, k) => (n ? bits | (1 << k) : bits), 0),
  ]);
  let at = 4 * HEADER_INTS;
  ints.forEach((xs, k) => {
    if (narrow[k]) new Int16Array(out.buffer, at, xs.length).set(xs);
    else new Int32Array(out.buffer, at, xs.length).set(xs);
    at += storedBytes(xs.length, narrow[k]!);
  });
  new Uint16Array(out.buffer, at, a.states).set(a.unit);
  at += unitBytes;
  for (const xs of bytesOf) {
    out.set(xs, at);
    at += xs.length;
  }
  const rules: PackedRule[] = [];
  prepared.aliasRules.forEach((r, alias) => {
    if (r) rules.push([alias, r.cased, r.rejectBefore, r.rejectAfter, r.requireNear, r.rejectNear]);
  });
  return { bytes: out, rules };
}

export function unpackPrepared({ bytes, rules }: PackedTables): Prepared {
  // Typed-array views need 4-byte alignment; a decoder's buffer normally has it.
  const data = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const { buffer, byteOffset } = data;
  if (data.byteLength < 4 * HEADER_INTS) throw new Error('matcher tables are truncated');
  const [magic, states, width, denseStates, patterns, aliases, patternAliasCount, maxContextLength, narrow] = new Int32Array(buffer, byteOffset, HEADER_INTS) as unknown as number[];
  if (magic !== MAGIC) throw new Error('matcher tables have an unknown format (rebuild the extension)');
  let at = byteOffset + 4 * HEADER_INTS;
  const end = byteOffset + data.byteLength;
  const room = (size: number) => {
    if (at + size > end) throw new Error('matcher tables are truncated');
  };
  let next = 0;
  /** A view on the next integer table, Int16 or Int32 as it was stored. */
  const ints = (length: number): Ints => {
    const isNarrow = ((narrow! >> next++) & 1) === 1;
    const size = storedBytes(length, isNarrow);
    room(size);
    const view = isNarrow ? new Int16Array(buffer, at, length) : new Int32Array(buffer, at, length);
    at += size;
    return view;
  };
  const uint8 = (length: number) => {
    room(length);
    const view = new Uint8Array(buffer, at, length);
    at += length;
    return view;
  };
  const used = ints(2048);
  const dense = ints(denseStates! * width!);
  const firstChild = ints(states!);
  const childCount = ints(states!);
  const fail = ints(states!);
  const output = ints(states!);
  const firstHit = ints(states!);
  const nextHit = ints(states!);
  const patternLength = ints(patterns!);
  const aliasStart = ints(patterns! + 1);
  const patternAliases = ints(patternAliasCount!);
  const patternContext = ints(patterns!);
  const aliasEntity = ints(aliases!);
  room(2 * states!);
  const unit = new Uint16Array(buffer, at, states);
  at = byteOffset + align4(at - byteOffset + 2 * states!);
  const asciiColumn = uint8(128);
  const patternStartRule = uint8(patterns!);
  const patternEndRule = uint8(patterns!);
  const aliasFlags = uint8(aliases!);
  const automaton: Automaton = {
    states: states!,
    used,
    asciiColumn,
    width: width!,
    denseStates: denseStates!,
    dense,
    unit,
    firstChild,
    childCount,
    fail,
    output,
    firstHit,
    nextHit,
  };

  const aliasRules: (AliasRules | null)[] = new Array<AliasRules | null>(aliases!).fill(null);
  for (const [alias, cased, rejectBefore, rejectAfter, requireNear, rejectNear] of rules) {
    aliasRules[alias] = { cased, rejectBefore, rejectAfter, requireNear, rejectNear };
  }
  return {
    automaton,
    patternLength,
    patternStartRule,
    patternEndRule,
    aliasStart,
    patternAliases,
    patternContext,
    aliasEntity,
    aliasFlags,
    aliasRules,
    maxContextLength: maxContextLength!,
  };
}

function align4(n: number): number {
  return (n + 3) & ~3;
}
