// The reader's data: settings (with per-site switches), pins, notes, export and
// import — a malformed import file is rejected whole with messages naming each problem.
import { afterEach, describe, expect, it } from 'vitest';
import { BriefingStore } from '../../../src/background/store';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';
import {bare, bundled, makeDataset, packOf, r } from '../../fixtures/dataset';
import { uniqueDbName } from './db-name';
import { CodedError, type ErrorCode, type Issue } from '../../../src/shared/errors';

const stores: BriefingStore[] = [];
function newStore(now = () => new Date('2024-05-01T10:00:00Z')): BriefingStore {
  const store = new BriefingStore({ dbName: uniqueDbName('user'), ...bundled(packOf(makeDataset())), now });
  stores.push(store);
  return store;
}
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
});

describe('settings', () => {
  it('starts from the defaults and stores partial updates', async () => {
    const store = newStore();
    expect(await store.getSettings()).toEqual({ settings: { ...DEFAULT_SETTINGS }, siteEnabled: true });
    const next = await store.setSettings({ colour: '#AA3300', hoverDelay: 120 });
    expect(next).toMatchObject({ colour: '#aa3300', hoverDelay: 120, mode: DEFAULT_SETTINGS.mode });
    expect((await store.getSettings()).settings).toEqual(next);
  });

  it('turns highlighting off and on per site, by hostname or URL', async () => {
    const store = newStore();
    expect((await store.setSiteEnabled('https://www.nikkei.com/article/1', false)).disabledSites).toEqual(['nikkei.com']);
    expect((await store.getSettings('nikkei.com')).siteEnabled).toBe(false);
    expect((await store.getSettings('www.nikkei.com')).siteEnabled).toBe(false);
    expect((await store.getSettings('nytimes.com')).siteEnabled).toBe(true);
    await store.setSiteEnabled('nikkei.com', false);
    expect((await store.getSettings()).settings.disabledSites).toEqual(['nikkei.com']);
    expect((await store.setSiteEnabled('NIKKEI.com', true)).disabledSites).toEqual([]);
  });
});

describe('pins and notes', () => {
  it('pins known entities newest first, keeps the first pin date, and unpins', async () => {
    let clock = Date.parse('2024-05-01T10:00:00Z');
    const store = newStore(() => new Date((clock += 60_000)));
    const [first] = await store.setPin(r('joe-biden'), true);
    await store.setPin(r('fumio-kishida'), true);
    const pins = await store.setPin(r('joe-biden'), true);
    expect(pins.map((p) => bare(p.id))).toEqual(['fumio-kishida', 'joe-biden']);
    expect(pins[1]!.pinnedAt).toBe(first!.pinnedAt);
    expect(pins[0]!.pinnedAt > first!.pinnedAt).toBe(true);
    expect((await store.setPin(r('fumio-kishida'), false)).map((p) => bare(p.id))).toEqual(['joe-biden']);
    await expect(store.setPin(r('no-such-entity'), true)).rejects.toThrow(`No entity with id "${r('no-such-entity')}".`);
  });

  it('saves, reads and deletes notes (a blank note deletes)', async () => {
    const store = newStore();
    expect(await store.getNote(r('fumio-kishida'))).toBeNull();
    expect(await store.setNote(r('fumio-kishida'), 'Watch the Congress speech.')).toEqual({
      id: r('fumio-kishida'),
      text: 'Watch the Congress speech.',
      updatedAt: '2024-05-01T10:00:00.000Z',
    });
    expect((await store.getNote(r('fumio-kishida')))?.text).toBe('Watch the Congress speech.');
    expect(await store.setNote(r('fumio-kishida'), '   ')).toBeNull();
    expect(await store.getNote(r('fumio-kishida'))).toBeNull();
  });
});

describe('export and import', () => {
  async function storeWithData(): Promise<BriefingStore> {
    const store = newStore();
    await store.setSettings({ colour: '#123456', disabledSites: ['asahi.com'] });
    await store.setPin(r('joe-biden'), true);
    await store.setNote(r('fumio-kishida'), 'Original note');
    return store;
  }

  it('round-trips settings, pins and notes into a fresh store', async () => {
    const file = await (await storeWithData()).exportUserData();
    expect(file).toMatchObject({ format: 'briefing-lens-user-data', formatVersion: 1, exportedAt: '2024-05-01T10:00:00.000Z' });
    const target = newStore();
    const report = await target.importUserData(JSON.parse(JSON.stringify(file)));
    expect(report).toEqual({ pins: 1, notes: 1, settings: true });
    const copy = await target.exportUserData();
    expect({ ...copy, exportedAt: '' }).toEqual({ ...file, exportedAt: '' });
  });

  it('merges a file from before packs (bare ids name the first pack’s entities): existing pins stay, and only newer notes replace stored ones', async () => {
    const store = await storeWithData();
    const report = await store.importUserData({
      format: 'briefing-lens-user-data',
      formatVersion: 1,
      exportedAt: '2024-06-01T00:00:00.000Z',
      pins: [
        { id: 'joe-biden', pinnedAt: '2024-06-01T00:00:00.000Z' },
        { id: 'ferdinand-marcos-jr', pinnedAt: '2024-06-01T00:00:00.000Z' },
      ],
      notes: [
        { id: 'fumio-kishida', text: 'Older note', updatedAt: '2024-01-01T00:00:00.000Z' },
        { id: 'joe-biden', text: 'New note', updatedAt: '2024-06-01T00:00:00.000Z' },
      ],
    });
    expect(report).toEqual({ pins: 1, notes: 1, settings: false });
    expect((await store.listPins()).find((p) => p.id === r('joe-biden'))!.pinnedAt).toBe('2024-05-01T10:00:00.000Z');
    expect((await store.getNote(r('fumio-kishida')))!.text).toBe('Original note');
    expect((await store.getNote(r('joe-biden')))!.text).toBe('New note');
    expect((await store.getSettings()).settings.colour).toBe('#123456');
  });

  const valid = { format: 'briefing-lens-user-data', formatVersion: 1, exportedAt: '2024-06-01T00:00:00.000Z' };
  /** [label, file, the error's code, its issues (path and code)]. */
  const malformed: [string, unknown, ErrorCode, Pick<Issue, 'code' | 'path'>[]][] = [
    ['a list instead of an object', [1, 2], 'not-an-export-file', []],
    ['a string', 'hello', 'not-an-export-file', []],
    ['another format', { ...valid, format: 'something-else' }, 'not-an-export-file', []],
    ['a future format version', { ...valid, formatVersion: 2 }, 'unsupported-export-version', []],
    ['pins not a list', { ...valid, pins: { id: 'joe-biden' } }, 'invalid-export-file', [{ code: 'invalid-type', path: 'pins' }]],
    ['a pin without a date', { ...valid, pins: [{ id: 'joe-biden' }] }, 'invalid-export-file', [{ code: 'missing', path: 'pins[0].pinnedAt' }]],
    ['a pin without an id', { ...valid, pins: [{ pinnedAt: '2024-06-01T00:00:00Z' }] }, 'invalid-export-file', [{ code: 'missing', path: 'pins[0].id' }]],
    [
      'duplicate pins',
      { ...valid, pins: [{ id: 'joe-biden', pinnedAt: '2024-06-01T00:00:00Z' }, { id: 'joe-biden', pinnedAt: '2024-06-02T00:00:00Z' }] },
      'invalid-export-file',
      [{ code: 'duplicate', path: 'pins[1].id' }],
    ],
    ['a note whose text is a number', { ...valid, notes: [{ id: 'joe-biden', text: 5, updatedAt: '2024-06-01T00:00:00Z' }] }, 'invalid-export-file', [{ code: 'invalid-type', path: 'notes[0].text' }]],
    ['a bad colour', { ...valid, settings: { colour: 'red' } }, 'invalid-export-file', [{ code: 'invalid-value', path: 'settings.colour' }]],
    ['settings as a list', { ...valid, settings: [] }, 'invalid-export-file', [{ code: 'invalid-type', path: 'settings' }]],
    ['a bad export date', { ...valid, exportedAt: 'yesterday' }, 'invalid-export-file', [{ code: 'invalid-value', path: 'exportedAt' }]],
  ];

  it.each(malformed)('rejects %s with a coded error naming each problem and changes nothing', async (_label, file, code, issues) => {
    const store = await storeWithData();
    const before = await store.exportUserData();
    const error = (await store.importUserData(file).catch((e: unknown) => e)) as CodedError;
    expect(error).toBeInstanceOf(CodedError);
    expect(error.code).toBe(code);
    expect((error.issues ?? []).map(({ code, path }) => ({ code, path }))).toEqual(issues);
    expect(await store.exportUserData()).toEqual(before);
  });

  it('ignores fields a newer version may add to the file or its settings', async () => {
    const store = await storeWithData();
    const report = await store.importUserData({ ...valid, theme: 'dark', settings: { hoverDelay: 450, sparkle: true } });
    expect(report.settings).toBe(true);
    expect((await store.getSettings()).settings.hoverDelay).toBe(450);
  });

  it('lists every problem of a file at once, and writes none of its valid parts', async () => {
    const store = await storeWithData();
    const before = await store.exportUserData();
    const file = {
      ...valid,
      settings: { colour: '#000000', mode: 'sparkles' },
      pins: [{ id: 'ferdinand-marcos-jr', pinnedAt: '2024-06-01T00:00:00Z' }, { id: 'joe-biden', pinnedAt: 'soon' }],
      notes: [{ id: 'joe-biden', text: 'fine', updatedAt: 12 }],
    };
    await expect(store.importUserData(file)).rejects.toThrow(
      'The export file was not imported (nothing was changed): 3 problems: settings.mode: expected one-of "underline" | "background", got "sparkles"; pins[1].pinnedAt: expected date-time YYYY-MM-DDTHH:MM:SSZ, got "soon"; notes[0].updatedAt: expected text, got 12.',
    );
    expect(await store.exportUserData()).toEqual(before);
  });
});
