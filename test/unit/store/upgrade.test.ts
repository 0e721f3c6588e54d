// Schema versions: upgrading keeps user data (pins and notes move to refs) and installs the bundled packs; a blocked
// upgrade reports an error that says what to do instead of hanging.
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { openBriefingDb } from '../../../src/shared/db/open';
import { DB_VERSION, upgradeSchema, type BriefingDB } from '../../../src/shared/db/schema';
import type { IDBPDatabase } from 'idb';
import { BriefingStore } from '../../../src/background/store';
import { bundled, entityCount, makeDataset, packOf, r } from '../../fixtures/dataset';
import { uniqueDbName } from './db-name';

describe('schema upgrade', () => {
  it('v1 has no notes or packs store; v2 adds them and the pins index; v3 replaces meta with packs, pack files and the cache', async () => {
    const name = uniqueDbName('stores');
    const v1 = await openBriefingDb({ name, version: 1 });
    expect([...v1.objectStoreNames].sort()).toEqual(['entities', 'meta', 'pins', 'quotes', 'relations', 'settings', 'sources']);
    expect([...v1.transaction('pins').store.indexNames]).toEqual([]);
    v1.close();
    const v2 = await openBriefingDb({ name, version: 2 });
    expect([...v2.objectStoreNames].sort()).toEqual(['entities', 'meta', 'notes', 'packs', 'pins', 'quotes', 'relations', 'settings', 'sources']);
    expect([...v2.transaction('pins').store.indexNames]).toEqual(['by-pinnedAt']);
    v2.close();
    const v3 = await openBriefingDb({ name });
    expect(v3.version).toBe(DB_VERSION);
    expect([...v3.objectStoreNames].sort()).toEqual(['cache', 'entities', 'notes', 'packFiles', 'packs', 'pins', 'quotes', 'relations', 'settings', 'sources']);
    v3.close();
  });

  it('upgrading a v2 store keeps settings, moves pins and notes of bare ids to the first pack, and installs the bundled pack in place of the old records', async () => {
    const name = uniqueDbName('upgrade');
    const dataset = makeDataset();
    const v2 = (await openBriefingDb({ name, version: 2 })) as unknown as IDBPDatabase;
    await v2.put('entities', dataset.actors[1]);
    await v2.put('meta', { version: '1.0.0', title: 'old', asOf: '2024-04-30', checksum: 'x', seededAt: '2024-05-01T00:00:00.000Z' }, 'dataset');
    await v2.put('pins', { id: 'joe-biden', pinnedAt: '2024-05-01T00:00:00.000Z' });
    await v2.put('pins', { id: 'fumio-kishida', pinnedAt: '2024-05-03T00:00:00.000Z' });
    await v2.put('notes', { id: 'fumio-kishida', text: 'From v2', updatedAt: '2024-05-03T00:00:00.000Z' });
    await v2.put('settings', { enabled: true, disabledSites: ['example.com'], colour: '#336699', mode: 'underline', types: ['actor', 'event'], hoverDelay: 250, maxHighlights: 500 }, 'settings');
    v2.close();

    const store = new BriefingStore({ dbName: name, ...bundled(packOf(dataset)) });
    const state = await store.ready();
    expect(state.db.version).toBe(3);
    expect(await state.db.get('entities', 'joe-biden')).toBeUndefined();
    expect(await state.db.count('entities')).toBe(entityCount(dataset));
    expect((await store.listPins()).map((p) => p.id)).toEqual([r('fumio-kishida'), r('joe-biden')]);
    expect(await store.getNote(r('fumio-kishida'))).toMatchObject({ text: 'From v2' });
    expect((await store.getCard(r('fumio-kishida')))?.entity.name.en).toBe('Fumio Kishida');
    const { settings, siteEnabled } = await store.getSettings('www.example.com');
    expect(settings.colour).toBe('#336699');
    // Stored before cards could open expanded: the new setting reads as its default.
    expect(settings.cardExpanded).toBe(false);
    expect(siteEnabled).toBe(false);
    await store.close();
  });
});

describe('opening the database', () => {
  it('rejects with a clear error when an older connection blocks the upgrade, times out while queued behind it, and recovers once it closes', async () => {
    const name = uniqueDbName('blocked');
    const old = await openDB<BriefingDB>(name, 1, { upgrade: (db, o, n, tx) => upgradeSchema(db, o, n ?? 1, tx) });
    await expect(openBriefingDb({ name })).rejects.toThrow(
      /cannot be upgraded to version 3: another extension page still has version 1 open\. Close the extension's popup and options tabs/,
    );

    // A second open waits in the queue behind the blocked one (no new blocked event): the timeout reports it.
    const store = new BriefingStore({ dbName: name, ...bundled(packOf(makeDataset())), openTimeoutMs: 200 });
    await expect(store.ready()).rejects.toThrow(/Opening the briefing database timed out after 0\.2 s\. Close other extension pages, reload the extension/);
    old.close();
    expect((await store.listPacks()).map((pack) => pack.id)).toEqual([packOf(makeDataset()).pack.id]);
    await store.close();
  });

  it('gives way to a newer version: an open connection closes on versionchange instead of blocking it', async () => {
    const name = uniqueDbName('blocking');
    let closed = 0;
    const ours = await openBriefingDb({ name, onClose: () => closed++ });
    const newer = await openDB(name, DB_VERSION + 1);
    expect(newer.version).toBe(DB_VERSION + 1);
    expect(closed).toBe(1);
    newer.close();
    expect(() => ours.transaction('entities')).toThrow();
  });
});
