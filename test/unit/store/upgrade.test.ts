// Schema versions: upgrading from v1 keeps user data and the seeded dataset; a blocked
// upgrade reports an error that says what to do instead of hanging.
import { openDB } from 'idb';
import type { Settings } from '../../../src/shared/settings';
import { describe, expect, it } from 'vitest';
import { openBriefingDb } from '../../../src/shared/db/open';
import { DB_VERSION, upgradeSchema, type BriefingDB } from '../../../src/shared/db/schema';
import { seedDataset } from '../../../src/shared/db/seed';
import { BriefingStore } from '../../../src/background/store';
import { bundle, makeDataset } from '../../fixtures/dataset';
import { uniqueDbName } from './db-name';

describe('schema upgrade', () => {
  it('v1 has no notes or packs store; v2 adds them and the pins index', async () => {
    const name = uniqueDbName('stores');
    const v1 = await openBriefingDb({ name, version: 1 });
    expect([...v1.objectStoreNames].sort()).toEqual(['entities', 'meta', 'pins', 'quotes', 'relations', 'settings', 'sources']);
    expect([...v1.transaction('pins').store.indexNames]).toEqual([]);
    v1.close();
    const v2 = await openBriefingDb({ name });
    expect(v2.version).toBe(DB_VERSION);
    expect(v2.objectStoreNames.contains('notes')).toBe(true);
    expect(v2.objectStoreNames.contains('packs')).toBe(true);
    expect([...v2.transaction('pins').store.indexNames]).toEqual(['by-pinnedAt']);
    v2.close();
  });

  it('keeps pins, settings and the seeded dataset when upgrading from v1', async () => {
    const name = uniqueDbName('upgrade');
    const seed = bundle(makeDataset());
    const v1 = await openBriefingDb({ name, version: 1 });
    await seedDataset(v1, seed);
    await v1.put('pins', { id: 'joe-biden', pinnedAt: '2024-05-01T00:00:00.000Z' });
    await v1.put('pins', { id: 'fumio-kishida', pinnedAt: '2024-05-03T00:00:00.000Z' });
    await v1.put('settings', { enabled: true, disabledSites: ['example.com'], colour: '#336699', mode: 'underline', types: ['actor', 'event'], hoverDelay: 250, maxHighlights: 500 } as Settings, 'settings');
    v1.close();

    const store = new BriefingStore({ dbName: name, loadSeed: async () => seed });
    const state = await store.ready();
    expect(state.db.version).toBe(2);
    expect(state.seeded).toBe('current');
    expect((await store.listPins()).map((p) => p.id)).toEqual(['fumio-kishida', 'joe-biden']);
    const { settings, siteEnabled } = await store.getSettings('www.example.com');
    expect(settings.colour).toBe('#336699');
    // Stored before cards could open expanded: the new setting reads as its default.
    expect(settings.cardExpanded).toBe(false);
    expect(siteEnabled).toBe(false);
    expect(await store.setNote('fumio-kishida', 'New in v2')).toMatchObject({ id: 'fumio-kishida', text: 'New in v2' });
    await store.close();
  });
});

describe('opening the database', () => {
  it('rejects with a clear error when an older connection blocks the upgrade, times out while queued behind it, and recovers once it closes', async () => {
    const name = uniqueDbName('blocked');
    const old = await openDB<BriefingDB>(name, 1, { upgrade: (db, o, n, tx) => upgradeSchema(db, o, n ?? 1, tx) });
    await expect(openBriefingDb({ name })).rejects.toThrow(
      /cannot be upgraded to version 2: another extension page still has version 1 open\. Close the extension's popup and options tabs/,
    );

    // A second open waits in the queue behind the blocked one (no new blocked event): the timeout reports it.
    const store = new BriefingStore({ dbName: name, loadSeed: async () => bundle(makeDataset()), openTimeoutMs: 200 });
    await expect(store.ready()).rejects.toThrow(/Opening the briefing database timed out after 0\.2 s\. Close other extension pages, reload the extension/);
    old.close();
    expect((await store.ready()).seeded).toBe('seeded');
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
