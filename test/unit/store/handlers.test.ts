// The background's message handlers behind the real router and validators: replies,
// malformed params rejected with coded errors naming path and expected shape, settings changes announced, and
// store failures reported as error replies.
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../../src/background/handlers';
import { BriefingStore } from '../../../src/background/store';
import { upgradeSchema, type BriefingDB } from '../../../src/shared/db/schema';
import { openDB } from 'idb';
import { validators } from '../../../src/background/validate-params';
import type { ErrorInfo, Issue } from '../../../src/shared/errors';
import type { BackgroundMessages, Reply } from '../../../src/shared/messages';
import { CHANNEL, createRouter } from '../../../src/shared/messaging';
import type { Settings } from '../../../src/shared/settings';
import { bundled, FIXTURE_PACK, makeDataset, packOf, r } from '../../fixtures/dataset';
import { PACK_CHUNK_CHARS } from '../../../src/shared/packs';
import { uniqueDbName } from './db-name';

// messaging.ts imports the polyfill, which refuses to load outside an extension; the
// router under test never calls it.
vi.mock('webextension-polyfill', () => ({ default: {} }));

function setup(store: BriefingStore) {
  const changes: Settings[] = [];
  const opened: string[] = [];
  const progress: string[] = [];
  let packChanges = 0;
  const handlers = createHandlers(store, {
    extensionVersion: '0.1.0',
    onSettingsChanged: (settings) => changes.push(settings),
    onPacksChanged: () => packChanges++,
    onImportProgress: (_token, phase, done, total) => progress.push(`${phase} ${done}/${total}`),
    openDetails: async (id, fromTab) => {
      opened.push(fromTab === undefined ? id : `${id}@${fromTab}`);
    },
  });
  const route = createRouter(handlers, validators);
  const send = (name: string, params?: unknown, sender: object = {}) => route({ channel: CHANNEL, name, params }, sender) as Promise<Reply<unknown>>;
  return { send, changes, opened, progress, packChanges: () => packChanges };
}

const store = new BriefingStore({ dbName: uniqueDbName('handlers'), ...bundled(packOf(makeDataset())) });
const { send, changes, opened, progress, packChanges } = setup(store);
afterAll(() => store.close());

describe('handlers', () => {
  it('answers ping with the extension version and the enabled packs', async () => {
    expect(await send('ping', {})).toEqual({ result: { extension: '0.1.0', packs: `${FIXTURE_PACK}@1.0.0` } });
  });

  it('compiles the matcher from the enabled packs once and caches it in the database', async () => {
    const first = (await send('getMatcher', {})) as { result: BackgroundMessages['getMatcher']['result'] };
    expect(first.result.entities.map((e) => e.id)).toContain(r('fumio-kishida'));
    expect(first.result.tables.length).toBeGreaterThan(100);
    const { db } = await store.ready();
    expect((await db.get('cache', 'matcher'))?.bundle).toEqual(first.result);
    expect(await send('getMatcher', {})).toEqual(first);
  });

  it('returns cards, search hits and the packs', async () => {
    const card = (await send('getCard', { id: r('fumio-kishida') })) as { result: BackgroundMessages['getCard']['result'] };
    expect(card.result?.entity.name.ja).toBe('岸田文雄');
    expect(await send('getCard', { id: 'nobody' })).toEqual({ result: null });
    const hits = (await send('search', { query: 'kishda', types: ['actor'], limit: 3 })) as { result: BackgroundMessages['search']['result'] };
    expect(hits.result[0]!.id).toBe(r('fumio-kishida'));
    expect(hits.result.every((h) => h.type === 'actor')).toBe(true);
    const packs = (await send('listPacks')) as { result: BackgroundMessages['listPacks']['result'] };
    expect(packs.result.map((pack) => [pack.id, pack.counts.actor])).toEqual([[FIXTURE_PACK, 5]]);
  });

  it('imports a pack sent in pieces, reports progress, and tells tabs; switching and removing it tell them too', async () => {
    const other = packOf(makeDataset(), { id: 'second-pack', title: { en: 'Second pack' } });
    const text = JSON.stringify(other, null, 2).padEnd(PACK_CHUNK_CHARS + 10, ' ');
    const before = packChanges();
    const { result: begun } = (await send('importPackBegin', { bytes: text.length })) as { result: { token: string } };
    expect(await send('importPackPiece', { token: begun.token, index: 0, text: text.slice(0, PACK_CHUNK_CHARS) })).toEqual({ result: true });
    expect(await send('importPackPiece', { token: begun.token, index: 1, text: text.slice(PACK_CHUNK_CHARS) })).toEqual({ result: true });
    const done = (await send('importPackFinish', { token: begun.token })) as { result: BackgroundMessages['importPackFinish']['result'] };
    expect(done.result).toMatchObject({ status: 'installed', pack: { id: 'second-pack', enabled: true }, droppedPins: 0, droppedNotes: 0 });
    expect(progress[0]).toBe('checking 0/1');
    expect(progress).toContain('indexing 0/1');
    expect(progress.some((line) => line.startsWith('writing'))).toBe(true);
    expect(await send('importPackFinish', { token: begun.token })).toMatchObject({ error: { code: 'import-expired' } });
    expect(packChanges()).toBe(before + 1);

    expect(await send('setPackEnabled', { pack: 'second-pack', enabled: false })).toMatchObject({ result: [{ id: FIXTURE_PACK }, { id: 'second-pack', enabled: false }] });
    expect(await send('movePack', { pack: 'second-pack', direction: -1 })).toMatchObject({ result: [{ id: 'second-pack' }, { id: FIXTURE_PACK }] });
    const exported = (await send('exportPack', { pack: 'second-pack', index: 0 })) as { result: { text: string; pieces: number } };
    expect(exported.result.pieces).toBe(1);
    expect(JSON.parse(exported.result.text)).toEqual(other);
    expect(await send('removePack', { pack: FIXTURE_PACK })).toMatchObject({ error: { code: 'pack-bundled' } });
    expect(await send('removePack', { pack: 'second-pack' })).toMatchObject({ result: [{ id: FIXTURE_PACK }] });
    expect(packChanges()).toBe(before + 4);
    expect(await send('importPackBegin', { bytes: 60 * 1024 * 1024 })).toMatchObject({ error: { code: 'pack-too-large', params: ['60', '50'] } });
  });

  it('announces settings changes after setSettings, setSiteEnabled and an import with settings', async () => {
    const before = changes.length;
    await send('setSettings', { settings: { mode: 'background' } });
    await send('setSiteEnabled', { site: 'nhk.or.jp', enabled: false });
    await send('importUserData', { data: { format: 'briefing-lens-user-data', formatVersion: 1, settings: { hoverDelay: 500 } } });
    expect(changes.slice(before).map((s) => [s.mode, s.disabledSites, s.hoverDelay])).toEqual([
      ['background', [], 300],
      ['background', ['nhk.or.jp'], 300],
      ['background', ['nhk.or.jp'], 500],
    ]);
    expect(await send('getSettings', { site: 'www.nhk.or.jp' })).toMatchObject({ result: { siteEnabled: false } });
  });

  it('pins, notes and export through messages', async () => {
    expect(await send('setPin', { id: r('joe-biden'), pinned: true })).toMatchObject({ result: [{ id: r('joe-biden') }] });
    expect(await send('setNote', { id: r('joe-biden'), text: 'Host' })).toMatchObject({ result: { id: r('joe-biden'), text: 'Host' } });
    expect(await send('getNote', { id: r('joe-biden') })).toMatchObject({ result: { text: 'Host' } });
    expect(await send('listPins', {})).toMatchObject({ result: [{ id: r('joe-biden') }] });
    expect(await send('exportUserData', {})).toMatchObject({ result: { format: 'briefing-lens-user-data', notes: [{ id: r('joe-biden') }] } });
  });

  it('turns store errors into error replies', async () => {
    expect(await send('setPin', { id: 'nobody', pinned: true })).toEqual({ error: { code: 'unknown-entity', message: 'No entity with id "nobody".' } });
    const reply = (await send('importUserData', { data: { format: 'other' } })) as { error: ErrorInfo };
    expect(reply.error.code).toBe('not-an-export-file');
  });

  it('replies with the open error when the database is blocked', async () => {
    const name = uniqueDbName('handlers-blocked');
    // An old connection that does not give way (no versionchange handler).
    const old = await openDB<BriefingDB>(name, 1, { upgrade: (db, o, n, tx) => upgradeSchema(db, o, n ?? 1, tx) });
    const blocked = setup(new BriefingStore({ dbName: name, ...bundled(packOf(makeDataset())) }));
    const reply = (await blocked.send('getCard', { id: 'fumio-kishida' })) as { error: ErrorInfo };
    expect(reply.error.code).toBe('failed');
    expect(reply.error.message).toMatch(/cannot be upgraded to version 3: another extension page still has version 1 open/);
    old.close();
  });
});

describe('validators', () => {
  /** [message, params, the issue it gets: code, path and expected shape]. */
  const bad: [string, unknown, Issue][] = [
    ['ping', [], { code: 'invalid-type', path: '', expected: 'object', received: 'Array' }],
    ['ping', { extra: 1 }, { code: 'unknown-field', path: 'extra', expected: 'absent' }],
    ['getCard', {}, { code: 'missing', path: 'id', expected: 'text' }],
    ['getCard', { id: '' }, { code: 'invalid-value', path: 'id', expected: 'id', received: '""' }],
    ['getCard', { id: 'x'.repeat(201) }, { code: 'too-long', path: 'id', expected: 'text ≤ 200', received: '201' }],
    ['getSummaries', { ids: 'joe-biden' }, { code: 'invalid-type', path: 'ids', expected: 'list', received: '"joe-biden"' }],
    ['getSummaries', { ids: ['joe-biden', 7] }, { code: 'invalid-type', path: 'ids[1]', expected: 'text', received: '7' }],
    ['getSummaries', { ids: Array(501).fill('a') }, { code: 'too-many', path: 'ids', expected: 'list ≤ 500', received: '501' }],
    ['search', { query: 5 }, { code: 'invalid-type', path: 'query', expected: 'text', received: '5' }],
    ['search', { query: 'x'.repeat(201) }, { code: 'too-long', path: 'query', expected: 'text ≤ 200', received: '201' }],
    ['search', { query: 'kishida', types: ['person'] }, { code: 'invalid-value', path: 'types[0]', expected: 'one-of "actor" | "agreement" | "event" | "quote"', received: '"person"' }],
    ['search', { query: 'kishida', limit: 0 }, { code: 'out-of-range', path: 'limit', expected: 'integer 1–200', received: '0' }],
    ['search', { query: 'kishida', limit: 2.5 }, { code: 'invalid-value', path: 'limit', expected: 'integer 1–200', received: '2.5' }],
    ['getSettings', { site: 3 }, { code: 'invalid-type', path: 'site', expected: 'text', received: '3' }],
    ['setSettings', { settings: 'dark' }, { code: 'invalid-type', path: 'settings', expected: 'object', received: '"dark"' }],
    ['setSettings', { settings: { hoverDelay: -5 } }, { code: 'out-of-range', path: 'settings.hoverDelay', expected: 'number 0–2000', received: '-5' }],
    ['setSettings', { settings: { types: ['quote'] } }, { code: 'invalid-value', path: 'settings.types[0]', expected: 'one-of "actor" | "agreement" | "event"', received: '"quote"' }],
    ['setSiteEnabled', { site: '', enabled: false }, { code: 'invalid-value', path: 'site', expected: 'hostname example.com', received: '""' }],
    ['setSiteEnabled', { site: 'nhk.or.jp', enabled: 'no' }, { code: 'invalid-type', path: 'enabled', expected: 'boolean', received: '"no"' }],
    ['setPin', { id: 'joe-biden' }, { code: 'missing', path: 'pinned', expected: 'boolean' }],
    ['setNote', { id: 'joe-biden', text: null }, { code: 'invalid-type', path: 'text', expected: 'text', received: 'null' }],
    ['setNote', { id: 'joe-biden', text: 'x'.repeat(20_001) }, { code: 'too-long', path: 'text', expected: 'text ≤ 20000', received: '20001' }],
    ['setPackEnabled', { pack: 'Second Pack', enabled: true }, { code: 'invalid-value', path: 'pack', expected: 'record-id a-z0-9-', received: '"Second Pack"' }],
    ['movePack', { pack: 'second-pack', direction: 2 }, { code: 'invalid-value', path: 'direction', expected: 'one-of -1 | 1', received: '2' }],
    ['importPackPiece', { token: 't', index: 0, text: 'x'.repeat(PACK_CHUNK_CHARS + 1) }, { code: 'too-long', path: 'text', expected: `text ≤ ${PACK_CHUNK_CHARS}`, received: String(PACK_CHUNK_CHARS + 1) }],
  ];

  it.each(bad)('%s rejects %j with a bad-params error naming the path and the expected shape', async (name, params, issue) => {
    const reply = (await send(name, params)) as { error: ErrorInfo };
    expect(reply.error).toEqual({ code: 'bad-params', message: expect.stringMatching(new RegExp(`^Bad parameters for "${name}": `)) as string, issues: [issue] });
  });

  it('lists every issue of a request, and says it in its English message', async () => {
    const reply = (await send('setSettings', { settings: { colour: 'blue', sparkle: true } })) as { error: ErrorInfo };
    expect(reply.error.issues).toEqual([
      { code: 'invalid-value', path: 'settings.colour', expected: 'hex-colour #rrggbb', received: '"blue"' },
      { code: 'unknown-field', path: 'settings.sparkle', expected: 'absent' },
    ]);
    expect(reply.error.message).toBe(
      'Bad parameters for "setSettings": settings.colour: expected hex-colour #rrggbb, got "blue"; settings.sparkle: is not a known field',
    );
    expect(((await send('setPin', null)) as { error: ErrorInfo }).error.message).toBe('Bad parameters for "setPin": params: expected object, got null');
  });

  it('requires the import file, and leaves checking it to the store', async () => {
    expect(await send('importUserData', {})).toMatchObject({ error: { code: 'bad-params', issues: [{ code: 'missing', path: 'data', expected: 'object' }] } });
    expect(await send('importUserData', { data: 'a file' })).toMatchObject({ error: { code: 'not-an-export-file' } });
  });

  it('accepts well-formed params (and missing params for parameterless messages)', () => {
    expect(validators.ping(undefined)).toEqual({});
    expect(validators.search({ query: '岸田', types: ['quote'], limit: 5 })).toEqual({ query: '岸田', types: ['quote'], limit: 5 });
    expect(validators.setSettings({ settings: { enabled: false, disabledSites: ['asahi.com'] } })).toEqual({
      settings: { enabled: false, disabledSites: ['asahi.com'] },
    });
  });

  it('has a validator for every handler', () => {
    const handlers = createHandlers(store, { extensionVersion: '0', onSettingsChanged: () => {}, onPacksChanged: () => {}, onImportProgress: () => {}, openDetails: async () => {} });
    expect(Object.keys(validators).sort()).toEqual(Object.keys(handlers).sort());
  });

  it('rejects unknown messages', async () => {
    expect(await send('dropTables', {})).toEqual({ error: { code: 'unknown-message', message: 'Unknown message "dropTables".' } });
  });

  it('openDetails asks to show the entity (for the sending tab) and rejects a missing id', async () => {
    expect(await send('openDetails', { id: 'fumio-kishida' })).toEqual({ result: true });
    expect(await send('openDetails', { id: 'joe-biden' }, { tab: { id: 7 } })).toEqual({ result: true });
    expect(opened).toEqual(['fumio-kishida', 'joe-biden@7']);
    expect(await send('openDetails', {})).toMatchObject({ error: { code: 'bad-params', issues: [{ code: 'missing', path: 'id' }] } });
  });

  it('openSidePanel opens the panel of the sending tab\'s window within the listener call, before any await', async () => {
    const calls: string[] = [];
    const handlers = createHandlers(store, {
      extensionVersion: '0',
      onSettingsChanged: () => {},
      onPacksChanged: () => {},
      onImportProgress: () => {},
      openDetails: async () => {},
      openSidePanel: async (id, fromTab, windowId) => {
        calls.push(`${id}@${fromTab}/${windowId}`);
      },
    });
    const route = createRouter(handlers, validators);
    const reply = route({ channel: CHANNEL, name: 'openSidePanel', params: { id: 'fumio-kishida' } }, { tab: { id: 7, windowId: 3 } });
    // Still inside the reader's click: the browser allows opening the panel only there.
    expect(calls).toEqual(['fumio-kishida@7/3']);
    expect(await reply).toEqual({ result: true });
  });

  it('takeEntityRequest hands the panel of a window the entity a card asked it to show, or null without a side panel', async () => {
    const handlers = createHandlers(store, {
      extensionVersion: '0',
      onSettingsChanged: () => {},
      onPacksChanged: () => {},
      onImportProgress: () => {},
      openDetails: async () => {},
      takeEntityRequest: (windowId) => (windowId === 3 ? { id: 'fumio-kishida' } : null),
    });
    const route = createRouter(handlers, validators);
    const take = (windowId: unknown) => route({ channel: CHANNEL, name: 'takeEntityRequest', params: { windowId } }, {});
    expect(await take(3)).toEqual({ result: { id: 'fumio-kishida' } });
    expect(await take(4)).toEqual({ result: null });
    expect(await send('takeEntityRequest', { windowId: 3 })).toEqual({ result: null });
    expect(await take('3')).toMatchObject({ error: { code: 'bad-params' } });
  });

  it('openSidePanel shows the detail view in a tab where the background has no side panel to open', async () => {
    opened.length = 0;
    expect(await send('openSidePanel', { id: 'joe-biden' }, { tab: { id: 9, windowId: 1 } })).toEqual({ result: true });
    expect(opened).toEqual(['joe-biden@9']);
  });
});
