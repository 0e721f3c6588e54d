// The synthetic pack of the scale benchmarks: 100× the first pack's size (8,300 entities,
// 6,900 quotes) of invented records, a valid pack under the 50 MB cap, every name distinct
// and every reference pointing at a record of the pack; and the fixed search queries.
import { describe, expect, it } from 'vitest';
import { makeSyntheticPack } from '../../../scripts/lib/synthetic-pack';
import { BENCH_QUERIES } from '../../../scripts/bench/queries';
import { checkPackFile } from '../../../src/shared/pack/parse-pack';
import { PACK_MAX_BYTES } from '../../../src/shared/schemas/pack';

describe('makeSyntheticPack', () => {
  const pack = makeSyntheticPack();
  const entities = [...pack.actors, ...pack.agreements, ...pack.events];

  it('holds 8,300 entities and 6,900 quotes at 100×, as a valid pack file under the size cap', () => {
    expect(entities).toHaveLength(8300);
    expect(pack.quotes).toHaveLength(6900);
    expect(checkPackFile(JSON.parse(JSON.stringify(pack))).problems).toEqual([]);
    expect(Buffer.byteLength(JSON.stringify(pack))).toBeLessThan(PACK_MAX_BYTES);
  });

  it('gives every entity its own id and English, Korean and Japanese names', () => {
    expect(new Set(entities.map((e) => e.id)).size).toBe(entities.length);
    for (const lang of ['en', 'ko', 'ja'] as const) expect(new Set(entities.map((e) => e.name[lang])).size, lang).toBe(entities.length);
  });

  it('is the same for the same scale and seed, and scales', () => {
    expect(makeSyntheticPack({ scale: 2 })).toEqual(makeSyntheticPack({ scale: 2 }));
    expect(makeSyntheticPack({ scale: 2 }).actors).toHaveLength(2 * 58);
  });
});

describe('BENCH_QUERIES', () => {
  it('is a fixed list of 50 distinct non-empty queries', () => {
    expect(BENCH_QUERIES).toHaveLength(50);
    expect(new Set(BENCH_QUERIES).size).toBe(50);
    expect(BENCH_QUERIES.every((q) => q.trim() !== '')).toBe(true);
  });
});
