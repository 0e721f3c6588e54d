// Briefing packs in the store: imports that check everything and change nothing on a
// problem, updates that keep the reader's pins and notes, downgrades only on
// confirmation, switching off and ordering, removal, export that re-imports identically,
// and entities several packs describe (same wikidata item) merged into one.
import { afterEach, describe, expect, it } from 'vitest';
import { BriefingStore } from '../../../src/background/store';
import { matcherFrom } from '../../../src/content/match/create-matcher';
import { unpackPrepared } from '../../../src/content/match/pack';
import type { MatcherBundle } from '../../../src/shared/matcher-index';
import type { Actor, PackFile } from '../../../src/shared/model';
import { CodedError } from '../../../src/shared/errors';
import { bundled, FIXTURE_PACK, makeDataset, packOf, r } from '../../fixtures/dataset';
import { uniqueDbName } from './db-name';

const stores: BriefingStore[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
});

/** The fixture pack with Kishida linked to his Wikidata item. */
function firstPack(): PackFile {
  const dataset = makeDataset();
  dataset.actors.find((a) => a.id === 'fumio-kishida')!.wikidata = 'Q1073436';
  return packOf(dataset);
}

const SECOND = 'after-the-visit';
const s2 = (id: string) => `${SECOND}:${id}`;

/** A second pack: its own Kishida record (same Wikidata item), Ishiba, a quote, and a "Tokyo Summit" alias shared with nobody. */
function secondPack(version = '1.0.0', { withIshiba = true } = {}): PackFile {
  const source = { id: 'kantei-2024-10-01', kind: 'primary' as const, title: 'Cabinet of Prime Minister Ishiba', publication: 'Prime Minister’s Office of Japan', date: '2024-10-01', language: 'en' as const, url: 'https://japan.kantei.go.jp/' };
  const person = (id: string, en: string, ko: string, ja: string, extra: Partial<Actor> = {}): Actor => ({
    id,
    type: 'actor',
    kind: 'person',
    asOf: '2025-02-07',
    sources: [source.id],
    name: { en, ko, ja },
    aliases: [{ text: en, lang: 'en' }, { text: ko, lang: 'ko' }, { text: ja, lang: 'ja' }],
    summary: { en: `${en}, after the visit.` },
    description: { en: `${en}, after the visit.` },
    facts: [{ text: { en: `${en} in October 2024.` }, date: '2024-10', sources: [source.id] }],
    ...extra,
  });
  const actors = [person('kishida', 'Fumio Kishida', '기시다 후미오', '岸田文雄', { wikidata: 'Q1073436', facts: [{ text: { en: 'Did not seek re-election as LDP leader.' }, date: '2024-08-14', sources: [source.id] }] })];
  if (withIshiba) actors.push(person('shigeru-ishiba', 'Shigeru Ishiba', '이시바 시게루', '石破茂'));
  return {
    format: 'briefing-lens-pack',
    formatVersion: 1,
    pack: { id: SECOND, version, title: { en: 'After the visit' }, description: { en: 'April 2024 to early 2025.' }, languages: ['en', 'ko', 'ja'], asOf: '2025-02-07', license: 'CC-BY-4.0', authors: ['Test'] },
    sources: [source],
    actors,
    agreements: [],
    events: [],
    quotes: withIshiba ? [{ id: 'q-ishiba', type: 'quote', asOf: '2025-02-07', sources: [source.id], text: 'A test sentence said in October.', lang: 'en', speaker: 'shigeru-ishiba', date: '2024-10-01', venue: 'Tokyo', source: source.id }] : [],
    relations: [],
  };
}

function storeWith(): BriefingStore {
  const store = new BriefingStore({ dbName: uniqueDbName('packs'), ...bundled(firstPack()), now: () => new Date('2025-03-01T00:00:00Z') });
  stores.push(store);
  return store;
}

async function imported(...extra: PackFile[]): Promise<BriefingStore> {
  const store = storeWith();
  for (const file of extra) await store.importPack(JSON.stringify(file));
  return store;
}

/** Everything an import must leave as it was when it fails. */
async function snapshot(store: BriefingStore) {
  const { db } = await store.ready();
  return {
    packs: await store.listPacks(),
    pins: await db.getAll('pins'),
    notes: await db.getAll('notes'),
    settings: await db.get('settings', 'settings'),
    entities: await db.count('entities'),
    quotes: await db.count('quotes'),
    matcher: await store.getMatcher(),
  };
}

/** Which entity of a bundle each of these texts is found as. */
function foundAs(bundle: MatcherBundle, text: string): string[] {
  const matcher = matcherFrom(bundle.entities, unpackPrepared({ bytes: Buffer.from(bundle.tables, 'base64'), rules: bundle.rules }));
  return matcher.scan(text).map((mention) => bundle.entities[mention.entity]!.id);
}

describe('importing a pack', () => {
  it('installs a new pack after the bundled one, enabled, and its entities get cards, search hits and highlights naming the pack', async () => {
    const store = storeWith();
    const report = await store.importPack(JSON.stringify(secondPack()));
    expect(report).toMatchObject({ status: 'installed', droppedPins: 0, droppedNotes: 0, pack: { id: SECOND, enabled: true, bundled: false, origin: 'imported', counts: { actor: 2, quote: 1, source: 1 } } });
    expect((await store.listPacks()).map((pack) => pack.id)).toEqual([FIXTURE_PACK, SECOND]);
    const card = (await store.getCard(s2('shigeru-ishiba')))!;
    expect(card.pack).toMatchObject({ id: SECOND, title: { en: 'After the visit' }, asOf: '2025-02-07' });
    expect(card.quotes.map((q) => q.id)).toEqual([s2('q-ishiba')]);
    expect((await store.search('ishiba')).map((hit) => [hit.id, hit.pack.id])).toContainEqual([s2('shigeru-ishiba'), SECOND]);
    expect(foundAs(await store.getMatcher(), 'Shigeru Ishiba met Joe Biden.')).toEqual([s2('shigeru-ishiba'), r('joe-biden')]);
  });

  const bad: [string, () => string, string, unknown?][] = [
    ['a file that is not JSON', () => '{ "format": ', 'pack-not-json'],
    ['another format', () => JSON.stringify({ ...secondPack(), format: 'something-else' }), 'pack-format'],
    ['a format version from the future', () => JSON.stringify({ ...secondPack(), formatVersion: 2 }), 'pack-format-version-future', ['2', '1']],
    ['a file over 50 MB', () => JSON.stringify(secondPack()).padEnd(50 * 1024 * 1024 + 1, ' '), 'pack-too-large'],
    [
      'a broken reference',
      () => {
        const file = secondPack();
        file.quotes[0]!.speaker = 'nobody';
        return JSON.stringify(file);
      },
      'pack-invalid',
    ],
    [
      'duplicate ids',
      () => {
        const file = secondPack();
        file.actors[1]!.id = 'kishida';
        return JSON.stringify(file);
      },
      'pack-invalid',
    ],
    [
      'a quote without a source',
      () => {
        const file = secondPack();
        delete (file.quotes[0] as Partial<(typeof file.quotes)[0]>).source;
        return JSON.stringify(file);
      },
      'pack-invalid',
    ],
    [
      'an alias that would match everything',
      () => {
        const file = secondPack();
        file.actors[1]!.aliases.push({ text: 'x', lang: 'en' }, { text: '   ', lang: 'en' });
        return JSON.stringify(file);
      },
      'pack-invalid',
    ],
  ];

  it.each(bad)('refuses %s with its own error code and changes nothing', async (_what, text, code, params) => {
    const store = storeWith();
    await store.setPin(r('fumio-kishida'), true);
    await store.setNote(r('joe-biden'), 'Mine');
    await store.setSettings({ colour: '#123456' });
    const before = await snapshot(store);
    const error = await store.importPack(text()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CodedError);
    expect(error).toMatchObject({ code, ...(params ? { params } : {}) });
    if (code === 'pack-invalid') expect((error as CodedError).issues!.length).toBeGreaterThan(0);
    expect(await snapshot(store)).toEqual(before);
  });
});

describe('updating a pack', () => {
  it('replaces it in place on a higher version, keeping pins and notes on entities that still exist and counting the dropped ones', async () => {
    const store = await imported(secondPack());
    await store.setPin(s2('shigeru-ishiba'), true);
    await store.setNote(s2('shigeru-ishiba'), 'Watch the election');
    await store.setPin(s2('kishida'), true);
    await store.movePack(SECOND, -1);
    await store.setPackEnabled(SECOND, true);
    const report = await store.importPack(JSON.stringify(secondPack('1.1.0', { withIshiba: false })));
    expect(report).toMatchObject({ status: 'updated', previousVersion: '1.0.0', droppedPins: 1, droppedNotes: 1, pack: { version: '1.1.0' } });
    expect((await store.listPins()).map((pin) => pin.id)).toEqual([s2('kishida')]);
    expect((await store.listPacks()).map((pack) => pack.id)).toEqual([SECOND, FIXTURE_PACK]);
    expect(await store.getCard(s2('shigeru-ishiba'))).toBeNull();
  });

  it('refuses the same version, and a lower one unless the reader confirms the downgrade', async () => {
    const store = await imported(secondPack('1.2.0'));
    await expect(store.importPack(JSON.stringify(secondPack('1.2.0')))).rejects.toMatchObject({ code: 'pack-same-version', params: ['1.2.0'] });
    await expect(store.importPack(JSON.stringify(secondPack('1.1.9')))).rejects.toMatchObject({ code: 'pack-downgrade', params: ['1.2.0', '1.1.9'] });
    expect((await store.listPacks())[1]!.version).toBe('1.2.0');
    expect(await store.importPack(JSON.stringify(secondPack('1.1.9')), { allowDowngrade: true })).toMatchObject({ status: 'downgraded', previousVersion: '1.2.0' });
  });
});

describe('switching off, ordering, removing, exporting', () => {
  it('a switched-off pack leaves cards, search, summaries, pins and the matcher, and comes back when switched on', async () => {
    const store = await imported(secondPack());
    await store.setPin(s2('shigeru-ishiba'), true);
    const on = await store.getMatcher();
    await store.setPackEnabled(SECOND, false);
    expect(await store.getCard(s2('shigeru-ishiba'))).toBeNull();
    expect(await store.search('ishiba')).toEqual([]);
    expect(await store.getSummaries([s2('shigeru-ishiba')])).toEqual([]);
    expect(await store.listPins()).toEqual([]);
    expect(foundAs(await store.getMatcher(), 'Shigeru Ishiba')).toEqual([]);
    await store.setPackEnabled(SECOND, true);
    expect(await store.getMatcher()).toEqual(on);
    expect((await store.listPins()).map((pin) => pin.id)).toEqual([s2('shigeru-ishiba')]);
  });

  it('removes an imported pack (its pins stay stored, hidden, and return with the pack), never a bundled one', async () => {
    const store = await imported(secondPack());
    await store.setPin(s2('shigeru-ishiba'), true);
    await expect(store.removePack(FIXTURE_PACK)).rejects.toMatchObject({ code: 'pack-bundled' });
    expect((await store.removePack(SECOND)).map((pack) => pack.id)).toEqual([FIXTURE_PACK]);
    expect(await store.search('ishiba')).toEqual([]);
    expect(await store.listPins()).toEqual([]);
    const { db } = await store.ready();
    expect(await db.count('entities', s2('shigeru-ishiba'))).toBe(0);
    await store.importPack(JSON.stringify(secondPack()));
    expect((await store.listPins()).map((pin) => pin.id)).toEqual([s2('shigeru-ishiba')]);
    await expect(store.removePack('no-such-pack')).rejects.toMatchObject({ code: 'unknown-pack' });
  });

  it('exports the pack file as imported, and the export re-imports identically', async () => {
    const file = secondPack();
    const store = await imported(file);
    const exported = await store.exportPack(SECOND);
    expect(exported).toEqual(file);
    const before = (await store.listPacks())[1];
    await store.removePack(SECOND);
    await store.importPack(JSON.stringify(exported));
    expect((await store.listPacks())[1]).toEqual(before);
  });
});

describe('one entity in several packs', () => {
  it('merges records with the same wikidata item: one card with a section per pack in the reader’s order, one search hit, one matcher entity', async () => {
    const store = await imported(secondPack());
    for (const ref of [r('fumio-kishida'), s2('kishida')]) {
      const card = (await store.getCard(ref))!;
      expect(card.entity.id).toBe(r('fumio-kishida'));
      expect(card.sections.map((section) => [section.pack.id, section.entity.id])).toEqual([
        [FIXTURE_PACK, r('fumio-kishida')],
        [SECOND, s2('kishida')],
      ]);
      expect(card.sources.map((source) => source.id)).toContain(s2('kantei-2024-10-01'));
    }
    const hits = (await store.search('kishida', { types: ['actor'] })).map((hit) => hit.id);
    expect(hits.filter((id) => id === r('fumio-kishida'))).toHaveLength(1);
    expect(hits).not.toContain(s2('kishida'));
    expect((await store.getSummaries([s2('kishida'), r('fumio-kishida')])).map((summary) => summary.id)).toEqual([r('fumio-kishida')]);
    const bundle = await store.getMatcher();
    expect(bundle.entities.map((entity) => entity.id)).not.toContain(s2('kishida'));
    expect(foundAs(bundle, 'Fumio Kishida spoke.')).toEqual([r('fumio-kishida')]);

    await store.movePack(SECOND, -1);
    const card = (await store.getCard(r('fumio-kishida')))!;
    expect(card.entity.id).toBe(s2('kishida'));
    expect(card.pack.id).toBe(SECOND);
    expect(card.sections.map((section) => section.pack.id)).toEqual([SECOND, FIXTURE_PACK]);
    expect(foundAs(await store.getMatcher(), 'Fumio Kishida spoke.')).toEqual([s2('kishida')]);
  });

  it('an alias two packs give different entities goes to the pack the reader ordered first', async () => {
    const other = secondPack();
    other.actors[1]!.aliases.push({ text: 'Joe Biden', lang: 'en' });
    const store = await imported(other);
    expect(foundAs(await store.getMatcher(), 'Joe Biden')).toEqual([r('joe-biden')]);
    await store.movePack(SECOND, -1);
    expect(foundAs(await store.getMatcher(), 'Joe Biden')).toEqual([s2('shigeru-ishiba')]);
  });

  it('lists hits of equal score in the reader’s pack order', async () => {
    const other = secondPack();
    other.actors[0]!.wikidata = undefined;
    const store = await imported(other);
    const ids = async () => (await store.search('Fumio Kishida', { types: ['actor'] })).map((hit) => hit.id).slice(0, 2);
    expect(await ids()).toEqual([r('fumio-kishida'), s2('kishida')]);
    await store.movePack(SECOND, -1);
    expect(await ids()).toEqual([s2('kishida'), r('fumio-kishida')]);
  });

  it('filters search by pack', async () => {
    const store = await imported(secondPack());
    expect((await store.search('ishiba', { packs: [FIXTURE_PACK] })).map((hit) => hit.id)).toEqual([]);
    expect((await store.search('ishiba', { packs: [SECOND] })).map((hit) => hit.id)).toContain(s2('shigeru-ishiba'));
    expect((await store.search('fumio kishida', { types: ['actor'], packs: [SECOND] })).map((hit) => hit.id)).toEqual([r('fumio-kishida')]);
  });
});
