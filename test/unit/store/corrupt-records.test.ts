// Damaged IndexedDB records (wrong shape written into a store): the background API skips
// them or answers a clear error, never crashes a reply, never loses the reader's good
// data, and never deletes the damaged record itself; damaged bundled records are
// installed again from the pack's stored file when the store next gets ready; a malformed settings
// record reads back as defaults field by field and stays stored as it was until the
// reader changes a setting.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadDataset } from '../../../scripts/lib/load-dataset';
import { createHandlers } from '../../../src/background/handlers';
import { BriefingStore } from '../../../src/background/store';
import { validators } from '../../../src/background/validate-params';
import { isEntityRecord, isNoteRecord, isPinRecord, isQuoteRecord, isRelationRecord, isSourceRecord } from '../../../src/shared/db/records';
import type { BriefingDb } from '../../../src/shared/db/schema';
import type { Reply } from '../../../src/shared/messages';
import { CHANNEL, createRouter } from '../../../src/shared/messaging';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';
import { bare, bundled, makeDataset, packOf, r } from '../../fixtures/dataset';
import { namespacePack } from '../../../src/background/packs/namespace';
import { uniqueDbName } from './db-name';

// messaging.ts imports the polyfill, which refuses to load outside an extension; the router never calls it.
vi.mock('webextension-polyfill', () => ({ default: {} }));

const stores: BriefingStore[] = [];
function openStore(dbName: string): BriefingStore {
  const store = new BriefingStore({ dbName, ...bundled(packOf(makeDataset())), now: () => new Date('2024-05-01T10:00:00Z') });
  stores.push(store);
  return store;
}
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
});

/** A store with the reader's data in it, and its raw database to damage. */
async function storeWithUserData(): Promise<{ store: BriefingStore; db: BriefingDb; dbName: string }> {
  const dbName = uniqueDbName('corrupt');
  const store = openStore(dbName);
  await store.setSettings({ colour: '#123456', disabledSites: ['asahi.com'] });
  await store.setPin(r('fumio-kishida'), true);
  await store.setNote(r('fumio-kishida'), 'Good note');
  return { store, db: (await store.ready()).db, dbName };
}

function router(store: BriefingStore) {
  const handlers = createHandlers(store, { extensionVersion: '0.1.0', onSettingsChanged: () => {}, onPacksChanged: () => {}, onImportProgress: () => {}, openDetails: async () => {} });
  const route = createRouter(handlers, validators);
  return (name: string, params: unknown) => route({ channel: CHANNEL, name, params }, {}) as Promise<Reply<unknown>>;
}

describe('record shape checks', () => {
  it('accept every record of the real dataset and of the store fixture, as the store keeps them (ids as refs)', async () => {
    // A plain boolean check, so TypeScript does not narrow the rejected records to never.
    const rejected = <T>(list: T[], check: (value: unknown) => boolean): T[] => list.filter((value) => !check(value));
    for (const data of [namespacePack(packOf(await loadDataset())), namespacePack(packOf(makeDataset()))]) {
      expect(rejected(data.entities, isEntityRecord)).toEqual([]);
      expect(rejected(data.quotes, isQuoteRecord)).toEqual([]);
      expect(rejected(data.sources, isSourceRecord)).toEqual([]);
      expect(rejected(data.relations, isRelationRecord)).toEqual([]);
    }
  });

  it('reject records missing a field or with a field of the wrong type', () => {
    const biden = namespacePack(packOf(makeDataset())).entities.find((a) => a.id === r('joe-biden'))!;
    expect(isEntityRecord(biden)).toBe(true);
    expect(isEntityRecord({ ...biden, id: 'joe-biden' })).toBe(false);
    expect(isEntityRecord({ ...biden, name: 'Joe Biden' })).toBe(false);
    expect(isEntityRecord({ ...biden, aliases: [{ text: 5, lang: 'en' }] })).toBe(false);
    expect(isEntityRecord({ ...biden, type: 'person' })).toBe(false);
    expect(isEntityRecord({ ...biden, facts: undefined })).toBe(false);
    expect(isEntityRecord(null)).toBe(false);
    expect(isPinRecord({ id: 'joe-biden', pinnedAt: 42 })).toBe(false);
    expect(isPinRecord({ id: 'joe-biden', pinnedAt: '2024-05-01T10:00:00.000Z' })).toBe(true);
    expect(isNoteRecord({ id: 'joe-biden', text: ['x'], updatedAt: '2024-05-01T10:00:00.000Z' })).toBe(false);
  });
});

describe('damaged bundled records', () => {
  it('getCard answers a clear error for a damaged entity; related cards leave it out; search still works', async () => {
    const { store, db } = await storeWithUserData();
    await db.put('entities', { id: r('joe-biden'), type: 'actor', name: 'Joe Biden' } as never);
    await expect(store.getCard(r('joe-biden'))).rejects.toThrow(
      /The stored briefing for "japan-us-state-visit-2024:joe-biden" is damaged \(.*name: expected object, got "Joe Biden";.*\), so its card cannot be shown\..*pins, notes and settings are not affected/,
    );
    const send = router(store);
    expect(await send('getCard', { id: r('joe-biden') })).toMatchObject({
      error: {
        code: 'damaged-record',
        message: expect.stringMatching(/"japan-us-state-visit-2024:joe-biden" is damaged/) as string,
        issues: expect.arrayContaining([{ code: 'invalid-type', path: 'name', expected: 'object', received: '"Joe Biden"' }]) as unknown,
      },
    });
    const kishida = (await store.getCard(r('fumio-kishida')))!;
    expect(kishida.relations.map((relation) => relation.other.id)).not.toContain(r('joe-biden'));
    expect(kishida.relations.length).toBeGreaterThan(0);
    expect((await store.search('kishida')).map((h) => h.id)).toContain(r('fumio-kishida'));
    expect(await send('ping', {})).toEqual({ result: { extension: '0.1.0', packs: 'japan-us-state-visit-2024@1.0.0' } });
    expect(await db.get('entities', r('joe-biden'))).toEqual({ id: r('joe-biden'), type: 'actor', name: 'Joe Biden' });
  });

  it('a card leaves out damaged quotes, sources and relations around a sound entity', async () => {
    const { store, db } = await storeWithUserData();
    const before = (await store.getCard(r('fumio-kishida')))!;
    await db.put('quotes', { id: r('quote-kishida-global-partners'), type: 'quote', speaker: r('fumio-kishida'), about: ['x'], text: 7 } as never);
    await db.put('sources', { id: r('seed-003'), title: null } as never);
    await db.add('relations', { from: r('fumio-kishida'), to: r('joe-biden'), sources: r('seed-003') } as never);
    const card = (await store.getCard(r('fumio-kishida')))!;
    expect(card.quotes.map((q) => q.id)).toEqual(before.quotes.map((q) => q.id).filter((id) => id !== r('quote-kishida-global-partners')));
    expect(card.sources.map((s) => s.id)).toEqual(before.sources.map((s) => s.id).filter((id) => id !== r('seed-003')));
    expect(card.relations).toHaveLength(before.relations.length);
    expect((await store.getPackSources(packOf(makeDataset()).pack.id)).map((s) => s.id)).not.toContain(r('seed-003'));
  });

  it('installs a pack with damaged records again from its stored file on the next start, keeping every user record', async () => {
    const { store, db, dbName } = await storeWithUserData();
    await db.put('entities', { id: r('joe-biden'), type: 'actor', name: 'Joe Biden' } as never);
    await db.put('quotes', { id: r('quote-biden-alliance'), text: null } as never);
    const userData = await store.exportUserData();
    await store.close();

    const restarted = openStore(dbName);
    expect((await restarted.getCard(r('joe-biden')))?.entity.name.en).toBe('Joe Biden');
    expect((await restarted.search('biden', { types: ['actor'] })).map((h) => h.id)).toEqual([r('joe-biden')]);
    expect((await restarted.search('alliance', { types: ['quote'] })).map((h) => h.id)).toContain(r('quote-biden-alliance'));
    expect(await restarted.exportUserData()).toEqual(userData);
  });
});

describe('damaged user records', () => {
  it('listPins and export skip damaged pins, keep the good one, and re-pinning repairs a damaged pin', async () => {
    const { store, db } = await storeWithUserData();
    await db.put('pins', { id: r('joe-biden') } as never);
    await db.put('pins', { id: r('ferdinand-marcos-jr'), pinnedAt: 20240501 } as never);
    expect(await store.listPins()).toEqual([{ id: r('fumio-kishida'), pinnedAt: '2024-05-01T10:00:00.000Z' }]);
    const file = await store.exportUserData();
    expect(file.pins).toEqual([{ id: r('fumio-kishida'), pinnedAt: '2024-05-01T10:00:00.000Z' }]);
    // The export of a store with damaged records is itself a valid file.
    const fresh = openStore(uniqueDbName('corrupt-target'));
    expect(await fresh.importUserData(JSON.parse(JSON.stringify(file)))).toEqual({ pins: 1, notes: 1, settings: true });
    // Damaged records stay where they are until replaced.
    expect(await db.get('pins', r('ferdinand-marcos-jr'))).toEqual({ id: r('ferdinand-marcos-jr'), pinnedAt: 20240501 });
    expect((await store.setPin(r('joe-biden'), true)).map((p) => bare(p.id)).sort()).toEqual(['fumio-kishida', 'joe-biden']);
  });

  it('a damaged note reads as no note, is left out of the export, and a new note or an import replaces it', async () => {
    const { store, db } = await storeWithUserData();
    await db.put('notes', { id: r('joe-biden'), text: { html: '<b>x</b>' }, updatedAt: 'yesterday' } as never);
    expect(await store.getNote(r('joe-biden'))).toBeNull();
    expect(await store.getNote(r('fumio-kishida'))).toMatchObject({ text: 'Good note' });
    expect((await store.exportUserData()).notes.map((n) => n.id)).toEqual([r('fumio-kishida')]);
    const report = await store.importUserData({
      format: 'briefing-lens-user-data',
      formatVersion: 1,
      notes: [{ id: 'joe-biden', text: 'Imported', updatedAt: '2020-01-01T00:00:00.000Z' }],
    });
    expect(report.notes).toBe(1);
    expect(await store.getNote(r('joe-biden'))).toMatchObject({ text: 'Imported' });
  });

  it('a settings record that is not an object reads as the defaults and is not overwritten by reading', async () => {
    const { store, db } = await storeWithUserData();
    await db.put('settings', 'dark mode please' as never, 'settings');
    expect((await store.getSettings('example.com')).settings).toEqual(DEFAULT_SETTINGS);
    expect((await store.exportUserData()).settings).toEqual(DEFAULT_SETTINGS);
    expect(await db.get('settings', 'settings')).toBe('dark mode please');
    expect(await store.listPins()).toHaveLength(1);
  });

  it('a settings record with malformed fields keeps its valid fields, defaults the rest, and stays recoverable until a change', async () => {
    const { store, db } = await storeWithUserData();
    const stored = { enabled: 'yes', colour: 'red', mode: 'background', disabledSites: ['asahi.com'], hoverDelay: 'slow', maxHighlights: 500, sparkle: true };
    await db.put('settings', stored as never, 'settings');
    const { settings, siteEnabled } = await store.getSettings('www.asahi.com');
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, mode: 'background', disabledSites: ['asahi.com'], maxHighlights: 500 });
    expect(siteEnabled).toBe(false);
    expect(await db.get('settings', 'settings')).toEqual(stored);
    expect(await router(store)('getSettings', {})).toEqual({ result: { settings, siteEnabled: true } });

    const changed = await store.setSettings({ colour: '#00ff00' });
    expect(changed).toEqual({ ...settings, colour: '#00ff00' });
    expect(await db.get('settings', 'settings')).toEqual(changed);
  });
});
