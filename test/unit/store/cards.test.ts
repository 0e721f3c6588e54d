// Cards and statistics built from IndexedDB: relations both ways with the other end
// resolved, quotes newest first, timeline oldest first, every cited source.
import { afterAll, describe, expect, it } from 'vitest';
import { BriefingStore } from '../../../src/background/store';
import { bare, bundled, PACK_LABEL, makeDataset, packOf, r } from '../../fixtures/dataset';
import { uniqueDbName } from './db-name';

const dataset = makeDataset();
const store = new BriefingStore({ dbName: uniqueDbName('cards'), ...bundled(packOf(dataset)) });
afterAll(() => store.close());

describe('getCard', () => {
  it('resolves relations in both directions with the other entity', async () => {
    const card = (await store.getCard(r('joe-biden')))!;
    expect(card.entity.name.en).toBe('Joe Biden');
    const summary = card.relations.map((r) => `${r.direction} ${r.type} ${bare(r.other.id)}`).sort();
    expect(summary).toEqual([
      'in met fumio-kishida',
      'in met fumio-kishida',
      'out hosted kishida-state-visit-2024',
      'out signed japan-us-joint-statement-2024',
    ]);
    const met = card.relations.find((r) => r.type === 'met')!;
    expect(met.other).toEqual({
      id: r('fumio-kishida'),
      type: 'actor',
      name: { en: 'Fumio Kishida', ko: '기시다 후미오', ja: '岸田文雄' },
      summary: dataset.actors[0]!.summary,
    });
  });

  it('lists quotes by or about the entity newest first, without duplicates', async () => {
    const kishida = (await store.getCard(r('fumio-kishida')))!;
    expect(kishida.quotes.map((q) => bare(q.id))).toEqual([
      'quote-kishida-international-order',
      'quote-kishida-global-partners',
      'q-kishida-without-preconditions-ko',
      'q-kishida-without-preconditions-en',
    ]);
    const statement = (await store.getCard(r('japan-us-joint-statement-2024')))!;
    expect(statement.quotes.map((q) => q.date)).toEqual(['2024-04-10', '2024-04-10']);
    expect(new Set(statement.quotes.map((q) => q.id)).size).toBe(2);
  });

  it('builds a timeline of related events, oldest first', async () => {
    const kishida = (await store.getCard(r('fumio-kishida')))!;
    expect(kishida.timeline.map((e) => bare(e.id))).toEqual(['kishida-state-visit-2024', 'japan-philippines-us-summit-2024']);
  });

  it('collects every source cited by the entity, its facts, disputes, relations and quotes', async () => {
    const kishida = (await store.getCard(r('fumio-kishida')))!;
    expect(kishida.sources.map((s) => bare(s.id)).sort()).toEqual([
      'japantimes-cabinet-support-2024-02-04',
      'seed-000',
      'seed-001',
      'seed-002',
      'seed-003',
      'seed-004',
      'whitehouse-joint-statement',
    ]);
    const statement = (await store.getCard(r('japan-us-joint-statement-2024')))!;
    expect(statement.sources.map((s) => bare(s.id))).toContain('seed-002');
    expect(statement.pack).toEqual(PACK_LABEL);
    expect(statement.sections.map((section) => section.pack.id)).toEqual([PACK_LABEL.id]);
  });

  it('returns null for an unknown id', async () => {
    expect(await store.getCard(r('no-such-entity'))).toBeNull();
  });

  it('getSummaries gives name, type, role and summary only, unknown ids left out', async () => {
    const summaries = await store.getSummaries([r('joe-biden'), r('no-such-entity'), r('joe-biden')]);
    const biden = (await store.getCard(r('joe-biden')))!.entity;
    expect(summaries).toEqual([{ id: r('joe-biden'), type: biden.type, name: biden.name, summary: biden.summary, role: biden.role, pack: PACK_LABEL, asOf: biden.asOf }]);
  });
});

describe('listPacks and getPackSources', () => {
  it('counts every kind of record and lists the pack’s sources, newest first', async () => {
    const [pack] = await store.listPacks();
    expect(pack).toMatchObject({ ...PACK_LABEL, origin: 'bundled', bundled: true, enabled: true, license: 'CC-BY-4.0', languages: ['en', 'ko', 'ja'] });
    expect(pack!.counts).toEqual({ actor: 5, agreement: 2, event: 2, quote: 5, source: 7, relation: 9 });
    const sources = await store.getPackSources(PACK_LABEL.id);
    expect(sources.map((s) => bare(s.id))).toContain('whitehouse-joint-statement');
    expect(sources.map((s) => s.date)).toEqual([...sources.map((s) => s.date)].sort().reverse());
    await expect(store.getPackSources('no-such-pack')).rejects.toMatchObject({ code: 'unknown-pack' });
  });
});
