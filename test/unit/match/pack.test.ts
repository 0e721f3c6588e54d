import { describe, expect, it } from 'vitest';
import { createMatcher, matcherFrom } from '../../../src/content/match/create-matcher';
import { packPrepared, unpackPrepared } from '../../../src/content/match/pack';
import { prepare, type Prepared } from '../../../src/content/match/prepare';
import { compileMatcherIndex } from '../../../src/shared/compile-matcher-index';
import type { MatcherBundle, MatcherIndex } from '../../../src/shared/matcher-index';
import { loadDataset } from '../../../scripts/lib/load-dataset';
import { bundleOf as matcherBundle } from '../../../src/background/packs/matcher';
import { random } from '../../../scripts/lib/random';
import { scaledIndex } from '../../../scripts/bench/matcher-scale';
import { INDEX } from './fixture';

const realIndex = compileMatcherIndex(await loadDataset());

/** Text built from every alias of `index` and its rule words, in random order with filler and mixed separators. */
function textOf(index: MatcherIndex, seed: number): string {
  const next = random(seed);
  const words = index.aliases.flatMap((a) => [a.text, ...(a.rejectBefore ?? []), ...(a.rejectAfter ?? []), ...(a.requireNear ?? [])]);
  const filler = ['the', 'said', 'on', 'Tuesday', '총리는', '首相は', 'and', 'with'];
  const separators = [' ', ', ', '\n', '', '. ', ' — '];
  const parts: string[] = [];
  for (let k = 0; k < 3000; k++) {
    const pool = next() < 0.6 ? words : filler;
    parts.push(pool[Math.floor(next() * pool.length)]!, separators[Math.floor(next() * separators.length)]!);
  }
  return parts.join('');
}

/** Tables with every integer array as a plain list: a 16-bit table equals the 32-bit one it was packed from. */
function values(prepared: Prepared): unknown {
  const plain = (x: unknown): unknown =>
    ArrayBuffer.isView(x) ? Array.from(x as Int32Array) : x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).map(([k, v]) => [k, plain(v)])) : x;
  return plain(prepared);
}

/** The bundle as a content script receives it (JSON over messaging), decoded as `loadMatcher` does but with Node's decoder. */
function decoded(bundle: MatcherBundle) {
  const received = JSON.parse(JSON.stringify(bundle)) as MatcherBundle;
  return { entities: received.entities, prepared: unpackPrepared({ bytes: Buffer.from(received.tables, 'base64'), rules: received.rules }) };
}

describe('packed matcher tables', () => {
  for (const [name, index] of [
    ['the test index', INDEX],
    ['the real dataset', realIndex],
  ] as const) {
    it(`unpack(pack(tables)) rebuilds the same tables for ${name}`, () => {
      const prepared = prepare(index);
      expect(values(unpackPrepared(packPrepared(prepared)))).toEqual(values(prepared));
    });

    it(`a matcher loaded from the bundle finds exactly what a freshly compiled one finds, for ${name}`, () => {
      const compiled = createMatcher(index);
      const { entities, prepared } = decoded(matcherBundle(index));
      const loaded = matcherFrom(entities, prepared);
      for (const seed of [1, 2, 3]) {
        const text = textOf(index, seed);
        const expected = compiled.scanBlock(text, new Set());
        expect(expected.mentions.length).toBeGreaterThan(50);
        expect(loaded.scanBlock(text, new Set())).toEqual(expected);
      }
    });
  }

  it('stores 16-bit tables in half the space and keeps wider ones whole (an index 6× the real one)', () => {
    const small = prepare(realIndex);
    const large = prepare(scaledIndex(realIndex, 6));
    expect(small.automaton.states).toBeLessThan(0x8000);
    expect(large.automaton.states).toBeGreaterThan(0x8000);
    const smallBytes = packPrepared(small).bytes.length;
    const denseAndStateBytes = 4 * (small.automaton.dense.length + 6 * small.automaton.states);
    expect(smallBytes).toBeLessThan(denseAndStateBytes);
    const unpacked = unpackPrepared(packPrepared(large));
    expect(unpacked.automaton.firstChild).toBeInstanceOf(Int32Array);
    expect(values(unpacked)).toEqual(values(large));
    expect(unpackPrepared(packPrepared(small)).automaton.firstChild).toBeInstanceOf(Int16Array);
  });

  it('reads tables from a buffer at any byte offset (a decoder may hand back an unaligned view)', () => {
    const { bytes, rules } = packPrepared(prepare(INDEX));
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    expect(values(unpackPrepared({ bytes: shifted.subarray(1), rules }))).toEqual(values(prepare(INDEX)));
  });

  it('refuses truncated tables and tables of another format with a clear error', () => {
    const { bytes, rules } = packPrepared(prepare(INDEX));
    expect(() => unpackPrepared({ bytes: bytes.slice(0, bytes.length - 8), rules })).toThrow('matcher tables are truncated');
    expect(() => unpackPrepared({ bytes: bytes.slice(0, 12), rules })).toThrow('matcher tables are truncated');
    const other = bytes.slice();
    other[0] = other[0]! ^ 0xff;
    expect(() => unpackPrepared({ bytes: other, rules })).toThrow('unknown format');
  });
});
