// The real dataset in data/: it validates, covers the seeds, and its aliases carry the rules the matcher relies on.
import { beforeAll, describe, expect, it } from 'vitest';
import { findAliasCollisions, formatProblem, validateDataset } from '../../../src/shared/dataset/validate';
import type { Alias, Dataset, Entity } from '../../../src/shared/model';
import { loadDataset, loadSeeds } from '../../../scripts/lib/load-dataset';

let data: Dataset;
let entities: Entity[];

beforeAll(async () => {
  data = await loadDataset();
  entities = [...data.actors, ...data.agreements, ...data.events];
});

function aliasesOf(id: string): Alias[] {
  const entity = entities.find((e) => e.id === id);
  if (entity === undefined) throw new Error(`no entity ${id}`);
  return entity.aliases;
}

function alias(id: string, text: string): Alias {
  const found = aliasesOf(id).find((a) => a.text === text);
  if (found === undefined) throw new Error(`${id} has no alias "${text}"`);
  return found;
}

/** Entities whose aliases could link a bare text on their own (no anchor, no required nearby word). */
function standaloneOwners(text: string): string[] {
  return entities
    .filter((e) => e.aliases.some((a) => a.text.toLowerCase() === text.toLowerCase() && !a.needsAnchor && !(a.requireNear?.length ?? 0)))
    .map((e) => e.id);
}

describe('real dataset', () => {
  it('passes validation (with the quote check when the seeds are present)', () => {
    const problems = validateDataset(data, loadSeeds());
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('has well over 50 entities and a quote for every seed', () => {
    expect(entities.length).toBeGreaterThan(50);
    const quoted = new Set(data.quotes.map((q) => data.sources.find((s) => s.id === q.source)?.file));
    const seedFiles = data.sources.filter((s) => s.kind === 'seed').map((s) => s.file);
    expect(seedFiles).toHaveLength(5);
    for (const file of seedFiles) expect(quoted.has(file), `no quote from ${file}`).toBe(true);
  });

  it('records disputes with at least one source per version', () => {
    const disputes = [...entities.flatMap((e) => e.disputed ?? []), ...data.quotes.flatMap((q) => q.disputed ?? [])];
    expect(disputes.length).toBeGreaterThanOrEqual(20);
    for (const dispute of disputes) for (const version of dispute.versions) expect(version.sources.length).toBeGreaterThan(0);
  });

  it('leaves no alias collision unresolved', () => {
    expect(findAliasCollisions(data).filter((c) => c.resolution === null)).toEqual([]);
  });

  it('keeps bare "Harris" from linking without an anchor, and never to Kamala Harris after "Tobias"', () => {
    expect(standaloneOwners('Harris')).toEqual([]);
    expect(alias('tobias-harris', 'Harris').rejectBefore).toContain('Kamala');
    expect(alias('kamala-harris', 'Harris').rejectBefore).toContain('Tobias');
  });

  it('keeps bare "Kim" for Kim Jong Un only after an anchor, and not for Daniel Kim or Kim Jong-chan', () => {
    expect(standaloneOwners('Kim')).toEqual([]);
    const kim = alias('kim-jong-un', 'Kim');
    expect(kim.needsAnchor).toBe(true);
    expect(kim.rejectBefore).toContain('Daniel');
    expect(kim.rejectAfter).toContain('Jong-chan');
    expect(aliasesOf('daniel-kim').every((a) => (a.requireNear?.length ?? 0) > 0)).toBe(true);
  });

  it('matches Patriot only capitalised and near missile words', () => {
    const patriot = alias('patriot-pac3', 'Patriot');
    expect(patriot.caseSensitive).toBe(true);
    expect(patriot.requireNear).toContain('missile');
    expect(entities.flatMap((e) => e.aliases).filter((a) => a.text.toLowerCase() === 'patriot' && !a.caseSensitive)).toEqual([]);
  });

  it('links Artemis only in a space context and not near the goddess', () => {
    const artemis = alias('artemis-programme', 'Artemis');
    expect(artemis.requireNear).toEqual(expect.arrayContaining(['NASA', 'lunar']));
    expect(artemis.rejectNear).toContain('goddess');
    expect(alias('artemis-programme', 'アルテミス').rejectNear).toContain('女神');
  });

  it('does not link Toyota City to the company', () => {
    expect(alias('toyota', 'Toyota').rejectAfter).toContain('City');
    expect(alias('toyota', '도요타').rejectAfter).toContain('시');
  });

  it('matches US only in upper case', () => {
    expect(alias('united-states', 'US').caseSensitive).toBe(true);
    expect(alias('united-states', 'U.S.').caseSensitive).toBe(true);
    expect(entities.flatMap((e) => e.aliases).filter((a) => a.text.toLowerCase() === 'us' && !a.caseSensitive)).toEqual([]);
  });

  it('writes Korean and Japanese aliases as pages do', () => {
    const kishida = aliasesOf('fumio-kishida').map((a) => a.text);
    expect(kishida).toEqual(expect.arrayContaining(['기시다 후미오', '기시다', '岸田文雄', '岸田']));
    expect(aliasesOf('joe-biden').map((a) => a.text)).toEqual(expect.arrayContaining(['바이든', 'バイデン']));
    expect(aliasesOf('japan-us-summit-2024-04-10').map((a) => a.text)).toEqual(expect.arrayContaining(['미일 정상회담', '日米首脳会談']));
  });

  it('gives Korean quotes an English translation and links translations to their originals', () => {
    const byId = new Map(data.quotes.map((q) => [q.id, q]));
    for (const quote of data.quotes.filter((q) => q.lang === 'ko')) {
      expect(quote.translation?.en, quote.id).toBeTruthy();
      expect(data.sources.find((s) => s.id === quote.source)?.file, quote.id).toMatch(/^001_/);
    }
    for (const quote of data.quotes.filter((q) => q.variantOf !== undefined)) {
      expect(byId.has(quote.variantOf!), quote.id).toBe(true);
    }
  });

  it('keeps the two Kims who wrote seeds apart from Kim Jong Un', () => {
    const authors = data.sources.filter((s) => s.kind === 'seed').map((s) => s.author);
    expect(authors).toEqual(expect.arrayContaining(['김종찬 (Kim Jong-chan)', 'Daniel Kim']));
    expect(entities.find((e) => e.id === 'kim-jong-chan')?.aliases.some((a) => a.text === 'Kim')).toBe(false);
  });
});
