// @vitest-environment happy-dom
// Which pack each entry comes from in the popup ("On this page", search results, the detail
// view), and the search's pack filter, shown only when more than one pack is switched on.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).fakeBrowser }));

import { App } from '../../../src/popup/app';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';
import type { PackLabel } from '../../../src/shared/card';
import type { PackInfo } from '../../../src/shared/packs';
import { onBackground, onTab, resetBrowser, sent, toPages } from './fake-browser';
import { BIDEN, CARDS, KISHIDA, PACK_LABEL, hit, summariesOf } from '../../fixtures/dataset';
import { bundledPack, importedPack } from '../../fixtures/packs';
import { settle, text } from './settle';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';

const OTHER: PackLabel = { id: 'korea-japan-2025', title: { en: 'Korea–Japan relations in 2025', ko: '2025년 한일 관계' }, version: '2.1.0', asOf: '2025-06-30' };
let packs: PackInfo[];

beforeEach(() => {
  resetBrowser();
  packs = [bundledPack(), importedPack()];
  onTab({
    pageEntities: () => ({ host: 'news.example.com', enabled: true, entities: [{ id: KISHIDA.id, count: 3 }, { id: BIDEN.id, count: 1 }] }),
    showMention: () => true,
  });
  onBackground({
    getSummaries: ({ ids }) => [...summariesOf(ids.filter((id) => id === KISHIDA.id)), ...summariesOf(ids.filter((id) => id === BIDEN.id), OTHER)],
    getCard: ({ id }) => CARDS[id] ?? null,
    getSettings: () => ({ settings: DEFAULT_SETTINGS, siteEnabled: true }),
    listPacks: () => packs,
    search: () => [
      hit({ id: KISHIDA.id, type: 'actor', name: KISHIDA.name, matched: { field: 'name', text: 'Fumio Kishida', ranges: [[6, 13]] } }),
      hit({ id: 'yoon-suk-yeol', type: 'actor', name: { en: 'Yoon Suk Yeol' }, pack: OTHER, matched: { field: 'summary', text: 'met Kishida', ranges: [[4, 11]] } }),
    ],
    listPins: () => [],
    getNote: () => null,
  });
});

afterEach(() => cleanup());

async function open(lang: 'en' | 'ko' = 'en', initialEntity: string | null = null) {
  const view = render(<App lang={lang} initialEntity={initialEntity} />);
  await settle();
  return view.container;
}

async function type(query: string) {
  fireEvent.input(document.querySelector('.search-box')!, { target: { value: query } });
  await settle();
}

describe('popup: which pack', () => {
  it('"On this page" names each entry’s pack, in the reader’s language', async () => {
    const root = await open('ko');
    const entries = [...root.querySelectorAll('.entry')].map((e) => [text(e.querySelector('.entry-name')), text(e.querySelector('.entry-pack'))]);
    expect(entries).toEqual([
      ['기시다 후미오', 'Pack: Japan state visit to the US, April 2024'],
      ['조 바이든', 'Pack: 2025년 한일 관계'],
    ]);
  });

  it('search results name the pack each hit comes from', async () => {
    const root = await open();
    await type('kishida');
    const hits = [...root.querySelectorAll('[role="option"]')].map((o) => text(o.querySelector('.pack-name')));
    expect(hits).toEqual(['Pack: Japan state visit to the US, April 2024', 'Pack: Korea–Japan relations in 2025']);
  });

  it('the detail view gives the record’s as-of date and its pack', async () => {
    const root = await open('en', KISHIDA.id);
    expect(CARDS[KISHIDA.id]!.pack).toEqual(PACK_LABEL);
    expect(text(root.querySelector('.detail .bl-asof'))).toBe('As of Apr 30, 2024 · Pack: Japan state visit to the US, April 2024 1.0.0');
  });
});

describe('popup: the pack filter', () => {
  it('is offered when more than one pack is on: All packs, then each pack that is on', async () => {
    packs = [...packs, importedPack({ id: 'switched-off', title: { en: 'Switched off' }, enabled: false })];
    await open();
    const select = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Pack' });
    expect([...select.options].map((o) => [o.value, o.textContent])).toEqual([
      ['', 'All packs'],
      ['japan-us-state-visit-2024', 'Japan state visit to the US, April 2024'],
      ['korea-japan-2025', 'Korea–Japan relations in 2025'],
    ]);
    expect(select.value).toBe('');
  });

  it('is not offered when only one pack is on', async () => {
    packs = [bundledPack(), importedPack({ enabled: false })];
    await open();
    expect(screen.queryByRole('combobox', { name: 'Pack' })).toBeNull();
    await type('kishida');
    expect(sent('search')).toEqual([{ query: 'kishida', limit: 30 }]);
  });

  it('follows packs switched on or off elsewhere while it is open', async () => {
    packs = [bundledPack(), importedPack({ enabled: false })];
    await open();
    expect(screen.queryByRole('combobox', { name: 'Pack' })).toBeNull();
    packs = [bundledPack(), importedPack()];
    toPages('packsChanged', {});
    await settle();
    expect(screen.getByRole('combobox', { name: 'Pack' })).toBeTruthy();
  });

  it('narrows the search to the chosen pack, and All packs widens it again', async () => {
    await open();
    await type('kishida');
    fireEvent.change(screen.getByRole('combobox', { name: 'Pack' }), { target: { value: 'korea-japan-2025' } });
    await settle();
    fireEvent.change(screen.getByRole('combobox', { name: 'Pack' }), { target: { value: '' } });
    await settle();
    expect(sent('search')).toEqual([
      { query: 'kishida', limit: 30 },
      { query: 'kishida', limit: 30, packs: ['korea-japan-2025'] },
      { query: 'kishida', limit: 30 },
    ]);
  });
});
