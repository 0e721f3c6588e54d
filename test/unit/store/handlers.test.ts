// The background's message handlers behind the real router and validators: replies,
// malformed params rejected with readable errors, settings changes announced, and
// store failures reported as error replies.
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../../src/background/handlers';
import { BriefingStore } from '../../../src/background/store';
import { upgradeSchema, type BriefingDB } from '../../../src/shared/db/schema';
import { openDB } from 'idb';
import { validators } from '../../../src/background/validate-params';
import type { MatcherBundle } from '../../../src/shared/matcher-index';
import type { BackgroundMessages, Reply } from '../../../src/shared/messages';
import { CHANNEL, createRouter } from '../../../src/shared/messaging';
import type { Settings } from '../../../src/shared/settings';
import { bundle, makeDataset } from '../../fixtures/dataset';
import { uniqueDbName } from './db-name';

// messaging.ts imports the polyfill, which refuses to load outside an extension; the
// router under test never calls it.
vi.mock('webextension-polyfill', () => ({ default: {} }));

const matcher: MatcherBundle = {
  version: '1.0.0',
  entities: [{ id: 'fumio-kishida', type: 'actor', name: 'Fumio Kishida' }],
  tables: 'QkxNMQ==',
  rules: [],
};

function setup(store: BriefingStore) {
  let matcherLoads = 0;
  const changes: Settings[] = [];
  const opened: string[] = [];
  const handlers = createHandlers(store, {
    extensionVersion: '0.1.0',
    loadMatcher: async () => (matcherLoads++, matcher),
    onSettingsChanged: (settings) => changes.push(settings),
    openDetails: async (id, fromTab) => {
      opened.push(fromTab === undefined ? id : `${id}@${fromTab}`);
    },
  });
  const route = createRouter(handlers, validators);
  const send = (name: string, params?: unknown, sender: object = {}) => route({ channel: CHANNEL, name, params }, sender) as Promise<Reply<unknown>>;
  return { send, changes, opened, matcherLoads: () => matcherLoads };
}

const store = new BriefingStore({ dbName: uniqueDbName('handlers'), loadSeed: async () => bundle(makeDataset()) });
const { send, changes, opened, matcherLoads } = setup(store);
afterAll(() => store.close());

describe('handlers', () => {
  it('answers ping with the extension and dataset versions', async () => {
    expect(await send('ping', {})).toEqual({ result: { extension: '0.1.0', dataset: '1.0.0' } });
  });

  it('loads the matcher index once and keeps it in memory', async () => {
    expect(await send('getMatcher', {})).toEqual({ result: matcher });
    expect(await send('getMatcher', {})).toEqual({ result: matcher });
    expect(matcherLoads()).toBe(1);
  });

  it('returns cards, search hits and stats', async () => {
    const card = (await send('getCard', { id: 'fumio-kishida' })) as { result: BackgroundMessages['getCard']['result'] };
    expect(card.result?.entity.name.ja).toBe('岸田文雄');
    expect(await send('getCard', { id: 'nobody' })).toEqual({ result: null });
    const hits = (await send('search', { query: 'kishda', types: ['actor'], limit: 3 })) as { result: BackgroundMessages['search']['result'] };
    expect(hits.result[0]!.id).toBe('fumio-kishida');
    expect(hits.result.every((h) => h.type === 'actor')).toBe(true);
    const stats = (await send('getStats')) as { result: BackgroundMessages['getStats']['result'] };
    expect(stats.result.counts.actor).toBe(5);
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
    expect(await send('setPin', { id: 'joe-biden', pinned: true })).toMatchObject({ result: [{ id: 'joe-biden' }] });
    expect(await send('setNote', { id: 'joe-biden', text: 'Host' })).toMatchObject({ result: { id: 'joe-biden', text: 'Host' } });
    expect(await send('getNote', { id: 'joe-biden' })).toMatchObject({ result: { text: 'Host' } });
    expect(await send('listPins', {})).toMatchObject({ result: [{ id: 'joe-biden' }] });
    expect(await send('exportUserData', {})).toMatchObject({ result: { format: 'briefing-lens-user-data', notes: [{ id: 'joe-biden' }] } });
  });

  it('turns store errors into error replies', async () => {
    expect(await send('setPin', { id: 'nobody', pinned: true })).toEqual({ error: 'No entity with id "nobody".' });
    const reply = await send('importUserData', { data: { format: 'other' } });
    expect(reply).toEqual({ error: 'This is not a Briefing Lens export file: "format" is "other", expected "briefing-lens-user-data".' });
  });

  it('replies with the open error when the database is blocked', async () => {
    const name = uniqueDbName('handlers-blocked');
    // An old connection that does not give way (no versionchange handler).
    const old = await openDB<BriefingDB>(name, 1, { upgrade: (db, o, n, tx) => upgradeSchema(db, o, n ?? 1, tx) });
    const blocked = setup(new BriefingStore({ dbName: name, loadSeed: async () => bundle(makeDataset()) }));
    const reply = (await blocked.send('getCard', { id: 'fumio-kishida' })) as { error: string };
    expect(reply.error).toMatch(/cannot be upgraded to version 2: another extension page still has version 1 open/);
    old.close();
  });
});

describe('validators', () => {
  const bad: [string, unknown, string][] = [
    ['ping', [], 'params must be an object, got an array.'],
    ['ping', { extra: 1 }, 'unexpected field "extra".'],
    ['getCard', {}, '"id" must be a non-empty string, got missing.'],
    ['getCard', { id: '' }, '"id" must be a non-empty string, got "".'],
    ['getCard', { id: 'x'.repeat(201) }, '"id" is longer than 200 characters.'],
    ['getSummaries', { ids: 'joe-biden' }, '"ids" must be a list of ids, got "joe-biden".'],
    ['getSummaries', { ids: ['joe-biden', 7] }, '"ids[1]" must be a non-empty string, got number 7.'],
    ['getSummaries', { ids: Array(501).fill('a') }, '"ids" has 501 ids; at most 500 are allowed.'],
    ['search', { query: 5 }, '"query" must be a string, got number 5.'],
    ['search', { query: 'x'.repeat(201) }, '"query" is longer than 200 characters.'],
    ['search', { query: 'kishida', types: ['person'] }, '"types" must be a list of "actor", "agreement", "event", "quote", got an array.'],
    ['search', { query: 'kishida', limit: 0 }, '"limit" must be a whole number from 1 to 200, got number 0.'],
    ['search', { query: 'kishida', limit: 2.5 }, '"limit" must be a whole number from 1 to 200, got number 2.5.'],
    ['getSettings', { site: 3 }, '"site" must be a hostname, got number 3.'],
    ['setSettings', { settings: 'dark' }, 'settings must be an object, got "dark".'],
    ['setSettings', { settings: { colour: 'blue', sparkle: true } }, 'settings.colour must be a hex colour like "#f0b429", got "blue". settings.sparkle is not a known setting.'],
    ['setSettings', { settings: { hoverDelay: -5 } }, 'settings.hoverDelay must be a number of milliseconds from 0 to 2000, got number -5.'],
    ['setSettings', { settings: { types: ['quote'] } }, 'settings.types must be a list of "actor", "agreement", "event", got an array.'],
    ['setSiteEnabled', { site: '', enabled: false }, '"site" must be a hostname such as "example.com", got "".'],
    ['setSiteEnabled', { site: 'nhk.or.jp', enabled: 'no' }, '"enabled" must be true or false, got "no".'],
    ['setPin', { id: 'joe-biden' }, '"pinned" must be true or false, got missing.'],
    ['setNote', { id: 'joe-biden', text: null }, '"text" must be a string, got null.'],
    ['setNote', { id: 'joe-biden', text: 'x'.repeat(20_001) }, '"text" is longer than 20000 characters.'],
    ['importUserData', {}, '"data" (the parsed export file) is missing.'],
  ];

  it.each(bad)('%s rejects %j', async (name, params, message) => {
    expect(await send(name, params)).toEqual({ error: `Bad parameters for "${name}": ${message}` });
  });

  it('accepts well-formed params (and missing params for parameterless messages)', () => {
    expect(validators.ping(undefined)).toEqual({});
    expect(validators.search({ query: '岸田', types: ['quote'], limit: 5 })).toEqual({ query: '岸田', types: ['quote'], limit: 5 });
    expect(validators.setSettings({ settings: { enabled: false, disabledSites: ['asahi.com'] } })).toEqual({
      settings: { enabled: false, disabledSites: ['asahi.com'] },
    });
  });

  it('has a validator for every handler', () => {
    const handlers = createHandlers(store, { extensionVersion: '0', loadMatcher: async () => matcher, onSettingsChanged: () => {}, openDetails: async () => {} });
    expect(Object.keys(validators).sort()).toEqual(Object.keys(handlers).sort());
  });

  it('rejects unknown messages', async () => {
    expect(await send('dropTables', {})).toEqual({ error: 'Unknown message "dropTables".' });
  });

  it('openDetails asks to show the entity (for the sending tab) and rejects a missing id', async () => {
    expect(await send('openDetails', { id: 'fumio-kishida' })).toEqual({ result: true });
    expect(await send('openDetails', { id: 'joe-biden' }, { tab: { id: 7 } })).toEqual({ result: true });
    expect(opened).toEqual(['fumio-kishida', 'joe-biden@7']);
    expect(await send('openDetails', {})).toEqual({ error: expect.stringMatching(/"id" must be a non-empty string/) as string });
  });
});
