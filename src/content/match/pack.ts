/**
 * The matcher's runtime tables in a compact binary form, made once at build time so a
 * content script loads a ready matcher instead of compiling the index on every page.
 * `packPrepared` writes every typed array of the automaton and of the per-pattern and
 * per-alias data into one little-endian buffer, and the few alias rules (folded words)
 * into a short JSON list; `unpackPrepared` takes views on that buffer: no copy, no
 * computation, so loading costs next to nothing even before the engine has optimised
 * any code.
 */
import type { PackedRule } from '../../shared/matcher-index';
import type { Automaton } from './automaton';
import type { AliasRules, Prepared } from './prepare';

/** 'BLM2': format mark, read back byte-swapped on a big-endian machine. */
const MAGIC = 0x424c4d32;
const HEADER_INTS = 8;

export interface PackedTables {
  bytes: Uint8Array;
  rules: PackedRule[];
}

/** Int32 arrays in buffer order. */
function int32Arrays(p: Prepared): Int32Array[] {
  const a = p.automaton;
  return [a.used, a.dense, a.firstChild, a.childCount, a.fail, a.output, a.firstHit, a.nextHit, p.patternLength, p.aliasStart, p.patternAliases, p.patternContext, p.aliasEntity];
}

/** Uint8 arrays in buffer order (after the Int32 arrays and the Uint16 edge units). */
function uint8Arrays(p: Prepared): Uint8Array[] {
  return [p.automaton.asciiColumn, p.patternStartRule, p.patternEndRule, p.aliasFlags];
}

export function packPrepared(prepared: Prepared): PackedTables {
  const { automaton: a } = prepared;
  const ints = int32Arrays(prepared);
  const bytesOf = uint8Arrays(prepared);
  const intBytes = 4 * (HEADER_INTS + ints.reduce((n, xs) => n + xs.length, 0));
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
  ]);
  let at = 4 * HEADER_INTS;
  for (const xs of ints) {
    new Int32Array(out.buffer, at, xs.length).set(xs);
    at += 4 * xs.length;
  }
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
  const [magic, states, width, denseStates, patterns, aliases, patternAliasCount, maxContextLength] = new Int32Array(buffer, byteOffset, HEADER_INTS) as unknown as number[];
  if (magic !== MAGIC) throw new Error('matcher tables have an unknown format (rebuild the extension)');
  let at = byteOffset + 4 * HEADER_INTS;
  const end = byteOffset + data.byteLength;
  const room = (size: number) => {
    if (at + size > end) throw new Error('matcher tables are truncated');
  };
  const int32 = (length: number) => {
    room(4 * length);
    const view = new Int32Array(buffer, at, length);
    at += 4 * length;
    return view;
  };
  const uint8 = (length: number) => {
    room(length);
    const view = new Uint8Array(buffer, at, length);
    at += length;
    return view;
  };
  const used = int32(2048);
  const dense = int32(denseStates! * width!);
  const firstChild = int32(states!);
  const childCount = int32(states!);
  const fail = int32(states!);
  const output = int32(states!);
  const firstHit = int32(states!);
  const nextHit = int32(states!);
  const patternLength = int32(patterns!);
  const aliasStart = int32(patterns! + 1);
  const patternAliases = int32(patternAliasCount!);
  const patternContext = int32(patterns!);
  const aliasEntity = int32(aliases!);
  room(2 * states!);
  const unit = new Uint16Array(buffer, at, states!);
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
