// The synthetic benchmark dataset: `factor` copies with distinct ids and names, and
// every reference pointing at a record of the same copy.
import { describe, expect, it } from 'vitest';
import { makeSyntheticDataset, syntheticTag } from '../../../scripts/lib/synthetic-dataset';
import { BENCH_QUERIES } from '../../../scripts/bench/queries';
import { entityCount, makeDataset } from '../../fixtures/dataset';

describe('makeSyntheticDataset', () => {
  const original = makeDataset();
  const big = makeSyntheticDataset(original, 100);
  const entities = [...big.actors, ...big.agreements, ...big.events];

  it('multiplies every kind of record and keeps copy 0 as the original', () => {
    expect(entities).toHaveLength(entityCount(original) * 100);
    expect(big.quotes).toHaveLength(original.quotes.length * 100);
    expect(big.relations).toHaveLength(original.relations.length * 100);
    expect(big.sources).toHaveLength(original.sources.length * 100);
    expect(big.actors[0]).toEqual(original.actors[0]);
    expect(big.meta.version).toBe('1.0.0+x100');
  });

  it('gives every record a distinct id and every entity a distinct English name', () => {
    expect(new Set(entities.map((e) => e.id)).size).toBe(entities.length);
    expect(new Set(big.quotes.map((q) => q.id)).size).toBe(big.quotes.length);
    expect(new Set(big.sources.map((s) => s.id)).size).toBe(big.sources.length);
    expect(new Set(entities.map((e) => e.name.en)).size).toBe(entities.length);
    expect(new Set(Array.from({ length: 5000 }, (_, k) => syntheticTag(k + 1))).size).toBe(5000);
  });

  it('points every reference at an existing record', () => {
    const ids = new Set(entities.map((e) => e.id));
    const sources = new Set(big.sources.map((s) => s.id));
    for (const r of big.relations) expect(ids.has(r.from) && ids.has(r.to)).toBe(true);
    for (const q of big.quotes) {
      expect(ids.has(q.speaker)).toBe(true);
      expect(sources.has(q.source)).toBe(true);
      for (const about of q.about ?? []) expect(ids.has(about)).toBe(true);
    }
    for (const e of entities) for (const s of e.sources) expect(sources.has(s)).toBe(true);
  });

  it('leaves the input untouched and rejects a bad factor', () => {
    expect(original).toEqual(makeDataset());
    expect(() => makeSyntheticDataset(original, 0)).toThrow('factor must be a whole number ≥ 1, got 0');
  });
});

describe('BENCH_QUERIES', () => {
  it('is a fixed list of 50 distinct non-empty queries', () => {
    expect(BENCH_QUERIES).toHaveLength(50);
    expect(new Set(BENCH_QUERIES).size).toBe(50);
    expect(BENCH_QUERIES.every((q) => q.trim() !== '')).toBe(true);
  });
});
