// The second bundled pack, "After the visit": it validates on its own, its facts stay after the visit, and the
// entities it shares with the first pack carry the same Wikidata item in both so their cards merge.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatProblem, validateDataset } from '../../../src/shared/dataset/validate';
import type { Dataset, Entity } from '../../../src/shared/model';
import { loadDataset, loadSeeds } from '../../../scripts/lib/load-dataset';
import { FIRST_PACK_DIR, PACKS_DIR } from '../../../scripts/lib/paths';

let pack: Dataset;
let first: Dataset;
const entitiesOf = (d: Dataset): Entity[] => [...d.actors, ...d.agreements, ...d.events];

beforeAll(async () => {
  pack = await loadDataset(join(PACKS_DIR, 'japan-us-after-the-visit'));
  first = await loadDataset(FIRST_PACK_DIR);
});

describe('pack "After the visit"', () => {
  it('passes validation', () => {
    expect(validateDataset(pack, loadSeeds()).map(formatProblem)).toEqual([]);
  });

  it('carries the pack header fields in meta.json', () => {
    expect(pack.meta).toMatchObject({ id: 'japan-us-after-the-visit', version: '1.0.0', languages: ['en', 'ko', 'ja'], license: 'CC-BY-4.0', authors: ['Briefing Lens'] });
    expect(pack.meta.asOf).toBe('2025-02-07');
    expect(Object.keys(pack.meta.title as object).sort()).toEqual(['en', 'ja', 'ko']);
  });

  it('dates every fact after the first pack (14 April 2024) and no later than its own date', () => {
    const dated = entitiesOf(pack).flatMap((e) => e.facts.filter((f) => f.date !== undefined && f.date < '2024-04-14').map((f) => `${e.id}: ${f.date}`));
    expect(dated).toEqual([]);
    const late = entitiesOf(pack).flatMap((e) => e.facts.filter((f) => f.date !== undefined && f.date > pack.meta.asOf).map((f) => `${e.id}: ${f.date}`));
    expect(late).toEqual([]);
  });

  it('gives the entities both packs describe the same Wikidata item in both', () => {
    const firstById = new Map(entitiesOf(first).map((e) => [e.id, e]));
    const shared = entitiesOf(pack).filter((e) => e.wikidata !== undefined);
    expect(shared.map((e) => e.id).sort()).toEqual(['donald-trump', 'japan', 'joe-biden', 'kamala-harris', 'philippines', 'united-states']);
    for (const entity of shared) expect(firstById.get(entity.id)?.wikidata, entity.id).toBe(entity.wikidata);
  });

  it('links bare surnames and generic terms only with context', () => {
    const guarded = (id: string, text: string) => {
      const alias = entitiesOf(pack).find((e) => e.id === id)?.aliases.find((a) => a.text === text);
      return alias !== undefined && (alias.needsAnchor === true || (alias.requireNear?.length ?? 0) > 0);
    };
    expect(guarded('sanae-takaichi', 'Takaichi')).toBe(true);
    expect(guarded('sanae-takaichi', '高市')).toBe(true);
    expect(guarded('democratic-party-us', '민주당')).toBe(true);
    expect(guarded('japan-philippines-raa', 'Reciprocal Access Agreement')).toBe(true);
    expect(guarded('trump-inauguration-2025-01-20', 'inauguration')).toBe(true);
    expect(guarded('ishiba-trump-summit-2025-02-07', '日米首脳会談')).toBe(true);
  });
});
