// Installing the bundled packs: atomic, idempotent, replaced on a new build while user data
// stays, installed once under concurrent wake-ups; a reader's higher imported version stays.
import { afterEach, describe, expect, it } from 'vitest';
import { BriefingStore } from '../../../src/background/store';
import type { Settings } from '../../../src/shared/settings';
import { installPack } from '../../../src/background/packs/install';
import { openBriefingDb } from '../../../src/shared/db/open';
import type { BriefingDb } from '../../../src/shared/db/schema';
import { bundled, entityCount, makeDataset, makeUpdatedDataset, packOf, r } from '../../fixtures/dataset';
import { uniqueDbName } from './db-name';

const open: BriefingDb[] = [];
const stores: BriefingStore[] = [];
async function freshDb(): Promise<BriefingDb> {
  const db = await openBriefingDb({ name: uniqueDbName('install') });
  open.push(db);
  return db;
}
function storeOf(options: ConstructorParameters<typeof BriefingStore>[0]): BriefingStore {
  const store = new BriefingStore(options);
  stores.push(store);
  return store;
}
afterEach(async () => {
  for (const db of open.splice(0)) db.close();
  for (const store of stores.splice(0)) await store.close();
});

async function counts(db: BriefingDb) {
  return { entities: await db.count('entities'), quotes: await db.count('quotes'), sources: await db.count('sources'), relations: await db.count('relations') };
}

const at = (iso: string) => new Date(iso);

/** A pack whose second quote cannot be stored (a value IndexedDB cannot clone), so the write fails mid-way. */
function brokenPack(version: string) {
  const dataset = makeUpdatedDataset();
  dataset.meta.version = version;
  (dataset.quotes[1] as unknown as { note: unknown }).note = () => 'not cloneable';
  return packOf(dataset);
}

describe('installPack', () => {
  it('stores every record under its ref and records the pack', async () => {
    const db = await freshDb();
    const file = packOf(makeDataset());
    const result = await installPack(db, file, { origin: 'bundled', bundled: true, now: at('2024-05-01T00:00:00Z') });
    expect(await counts(db)).toEqual({ entities: entityCount(makeDataset()), quotes: 5, sources: 7, relations: 9 });
    expect(result.pack).toMatchObject({ id: file.pack.id, origin: 'bundled', bundled: true, enabled: true, order: 0, installedAt: '2024-05-01T00:00:00.000Z' });
    expect(result.pack.counts).toEqual({ actor: 5, agreement: 2, event: 2, quote: 5, source: 7, relation: 9 });
    const kishida = await db.get('entities', r('fumio-kishida'));
    expect(kishida?.name.ja).toBe('岸田文雄');
    expect(kishida?.sources.every((id) => id.startsWith(`${file.pack.id}:`))).toBe(true);
    expect(await db.get('packFiles', file.pack.id)).toEqual(file);
  });

  it('is atomic on a first install: a failure mid-way leaves no partial data', async () => {
    const db = await freshDb();
    await expect(installPack(db, brokenPack('1.1.0'), { origin: 'bundled', bundled: true, now: new Date() })).rejects.toThrow();
    expect(await counts(db)).toEqual({ entities: 0, quotes: 0, sources: 0, relations: 0 });
    expect(await db.count('packs')).toBe(0);
  });

  it('is atomic on an update: a failed update keeps the previous pack whole', async () => {
    const db = await freshDb();
    await installPack(db, packOf(makeDataset()), { origin: 'bundled', bundled: true, now: new Date() });
    const before = await counts(db);
    await expect(installPack(db, brokenPack('1.1.0'), { origin: 'bundled', bundled: true, now: new Date() })).rejects.toThrow();
    expect(await counts(db)).toEqual(before);
    expect((await db.get('packs', packOf(makeDataset()).pack.id))?.header.version).toBe('1.0.0');
    expect(await db.get('entities', r('nippon-steel'))).toBeDefined();
    expect(await db.get('entities', r('rahm-emanuel'))).toBeUndefined();
  });

  it('replaces a pack on a new version, keeps user records, and drops (and counts) pins and notes on entities that are gone', async () => {
    const db = await freshDb();
    await installPack(db, packOf(makeDataset()), { origin: 'bundled', bundled: true, now: new Date() });
    await db.put('pins', { id: r('nippon-steel'), pinnedAt: '2024-05-02T00:00:00.000Z' });
    await db.put('pins', { id: r('joe-biden'), pinnedAt: '2024-05-02T00:00:00.000Z' });
    await db.put('notes', { id: r('fumio-kishida'), text: 'Check the Congress speech.', updatedAt: '2024-05-02T00:00:00.000Z' });
    await db.put('notes', { id: r('nippon-steel'), text: 'Deal blocked?', updatedAt: '2024-05-02T00:00:00.000Z' });
    await db.put('settings', { enabled: false, disabledSites: ['example.com'], colour: '#112233', mode: 'background', types: ['actor'], hoverDelay: 100, maxHighlights: 50 } as Settings, 'settings');

    const update = packOf(makeUpdatedDataset());
    const result = await installPack(db, update, { origin: 'bundled', bundled: true, now: new Date() });
    expect(result).toMatchObject({ replaced: '1.0.0', droppedPins: 1, droppedNotes: 1 });
    expect(await db.count('entities')).toBe(entityCount(makeUpdatedDataset()));
    expect(await db.get('entities', r('nippon-steel'))).toBeUndefined();
    expect((await db.get('entities', r('joe-biden')))?.summary.en).toBe('President of the United States (2021–2025).');
    expect(await db.count('relations')).toBe(update.relations.length);
    expect(await db.getAll('pins')).toEqual([{ id: r('joe-biden'), pinnedAt: '2024-05-02T00:00:00.000Z' }]);
    expect((await db.get('notes', r('fumio-kishida')))?.text).toBe('Check the Congress speech.');
    expect((await db.get('settings', 'settings'))?.colour).toBe('#112233');
  });
});

describe('BriefingStore: bundled packs', () => {
  it('installs once when two wake-ups of one store ask at the same time', async () => {
    let loads = 0;
    const source = bundled(packOf(makeDataset()));
    const store = storeOf({ dbName: uniqueDbName('ready'), ...source, loadBundledPack: (entry) => (loads++, source.loadBundledPack(entry)) });
    const [a, b] = await Promise.all([store.ready(), store.ready()]);
    expect(a).toBe(b);
    expect(loads).toBe(1);
  });

  it('installs once when two background instances open the same database at once', async () => {
    const name = uniqueDbName('concurrent');
    const source = bundled(packOf(makeDataset()));
    const [first, second] = [storeOf({ dbName: name, ...source }), storeOf({ dbName: name, ...source })];
    const states = await Promise.all([first.ready(), second.ready()]);
    expect(await states[0].db.count('entities')).toBe(entityCount(makeDataset()));
    expect(await states[0].db.count('relations')).toBe(makeDataset().relations.length);
    expect(await states[0].db.count('packs')).toBe(1);
  });

  it('does nothing on a restart with the same build, and reinstalls a changed build keeping enabled state and order', async () => {
    const name = uniqueDbName('rebuild');
    const store = storeOf({ dbName: name, ...bundled(packOf(makeDataset())), now: () => at('2024-05-01T00:00:00Z') });
    await store.setPackEnabled(packOf(makeDataset()).pack.id, false);
    await store.close();
    const again = storeOf({ dbName: name, ...bundled(packOf(makeDataset())), now: () => at('2024-06-01T00:00:00Z') });
    expect((await again.listPacks())[0]).toMatchObject({ enabled: false, installedAt: '2024-05-01T00:00:00.000Z' });
    await again.close();
    const changed = makeDataset();
    changed.actors[0]!.summary.en = 'Revised summary.';
    const rebuilt = storeOf({ dbName: name, ...bundled(packOf(changed)), now: () => at('2024-07-01T00:00:00Z') });
    expect((await rebuilt.listPacks())[0]).toMatchObject({ enabled: false, installedAt: '2024-07-01T00:00:00.000Z' });
    expect((await (await rebuilt.ready()).db.get('entities', r('fumio-kishida')))?.summary.en).toBe('Revised summary.');
  });

  it('keeps a version the reader imported over a bundled pack until the extension ships a higher one', async () => {
    const name = uniqueDbName('reader-version');
    const v1 = packOf(makeDataset());
    const store = storeOf({ dbName: name, ...bundled(v1) });
    const v2 = packOf(makeUpdatedDataset(), { version: '2.0.0' });
    expect(await store.importPack(JSON.stringify(v2))).toMatchObject({ status: 'updated', previousVersion: '1.0.0' });
    await store.close();
    const sameBuild = storeOf({ dbName: name, ...bundled(v1) });
    expect((await sameBuild.listPacks())[0]).toMatchObject({ version: '2.0.0', origin: 'imported', bundled: true });
    await sameBuild.close();
    const higher = storeOf({ dbName: name, ...bundled(packOf(makeDataset(), { version: '2.1.0' })) });
    expect((await higher.listPacks())[0]).toMatchObject({ version: '2.1.0', origin: 'bundled' });
  });

  it('reports unreadable bundled packs clearly and retries on the next request', async () => {
    let fail = true;
    const source = bundled(packOf(makeDataset()));
    const store = storeOf({
      dbName: uniqueDbName('unreadable'),
      ...source,
      loadBundledIndex: async () => {
        if (fail) throw new Error('HTTP 404');
        return source.loadBundledIndex();
      },
    });
    await expect(store.ready()).rejects.toThrow('The bundled briefing packs could not be read (HTTP 404). Reinstall or reload the extension.');
    fail = false;
    expect((await store.listPacks()).map((pack) => pack.id)).toEqual([packOf(makeDataset()).pack.id]);
  });
});
