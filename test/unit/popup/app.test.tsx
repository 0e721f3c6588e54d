// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).fakeBrowser }));

import { App } from '../../../src/popup/app';
import { applyDocumentLang, uiLang } from '../../../src/popup/lang';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings';
import type { SearchHit } from '../../../src/shared/card';
import { CodedError } from '../../../src/shared/errors';
import { browserState, onBackground, onTab, resetBrowser, sent } from './fake-browser';
import { BIDEN, CARDS, JOINT_STATEMENT, KISHIDA, MARCOS, PRECONDITIONS_EN as QUOTE, STATE_VISIT, hit, summariesOf } from '../../fixtures/dataset';
import { settle, text } from './settle';
import { cleanup, fireEvent, render, screen, within, type RenderResult } from '@testing-library/preact';

const PAGE = [
  { id: BIDEN.id, count: 2 },
  { id: STATE_VISIT.id, count: 1 },
  { id: KISHIDA.id, count: 5 },
  { id: JOINT_STATEMENT.id, count: 3 },
  { id: MARCOS.id, count: 4 },
];

let settings: Settings;
let view: RenderResult | null = null;

beforeEach(() => {
  resetBrowser();
  settings = { ...DEFAULT_SETTINGS, disabledSites: [], types: [...DEFAULT_SETTINGS.types] };
  onTab({
    pageEntities: () => ({ host: 'news.example.com', enabled: settings.enabled && !settings.disabledSites.includes('news.example.com'), entities: PAGE }),
    showMention: () => true,
  });
  onBackground({
    getSummaries: ({ ids }) => summariesOf(ids),
    getCard: ({ id }) => CARDS[id] ?? null,
    getSettings: ({ site }) => ({ settings, siteEnabled: settings.enabled && !(site !== undefined && settings.disabledSites.includes(site)) }),
    setSettings: ({ settings: patch }) => (settings = { ...settings, ...patch }),
    setSiteEnabled: ({ site, enabled }) =>
      (settings = { ...settings, disabledSites: enabled ? settings.disabledSites.filter((s) => s !== site) : [...settings.disabledSites, site] }),
    search: () => [],
    listPacks: () => [],
    listPins: () => [],
    getNote: () => null,
  });
});

afterEach(() => {
  cleanup();
  view = null;
});

async function open(initialEntity: string | null = null) {
  view = render(<App lang="en" initialEntity={initialEntity} />);
  await settle();
  return view.container;
}

const q = <T extends Element = HTMLElement>(root: Element, selector: string) => root.querySelector<T & Element>(selector);

describe('popup: on this page', () => {
  it('groups entities by type and orders each group by mentions, with counts', async () => {
    const root = await open();
    const groups = [...root.querySelectorAll('.group')];
    expect(groups.map((g) => text(g.querySelector('h3')))).toEqual(['People and organisations (3)', 'Agreements (1)', 'Events (1)']);
    const actors = [...groups[0]!.querySelectorAll('.entry')];
    expect(actors.map((e) => text(e.querySelector('.entry-name')))).toEqual(['Fumio Kishida', 'Ferdinand Marcos Jr.', 'Joe Biden']);
    expect(text(actors[0]!.querySelector('.entry-role'))).toBe('Prime Minister of Japan (took office in 2021)');
    expect(text(actors[0]!.querySelector('.entry-summary'))).toContain('April 2024 state visit');
    expect(text(actors[0]!.querySelector('.count .visually-hidden'))).toBe('Mentions on this page: 5');
    expect(sent('getSummaries')).toEqual([{ ids: PAGE.map((p) => p.id) }]);
  });

  it('"Show" asks the tab to scroll to the next mention of that entity', async () => {
    const root = await open();
    const marcos = [...root.querySelectorAll('.entry')].find((e) => text(e.querySelector('.entry-name')) === 'Ferdinand Marcos Jr.')!;
    fireEvent.click(marcos.querySelector('.entry-actions button')!);
    await settle();
    expect(browserState.sentToTab.filter((m) => m.name === 'showMention').map((m) => m.params)).toEqual([{ id: MARCOS.id }]);
    expect(marcos.querySelector('.entry-error')).toBeNull();
  });

  it('says when a shown mention is no longer on the page', async () => {
    onTab({ showMention: () => false });
    const root = await open();
    fireEvent.click(root.querySelector('.entry-actions button')!);
    await settle();
    expect(text(root.querySelector('.entry-error'))).toContain('no longer on the page');
  });

  it('says there are no matches on a page without entities', async () => {
    onTab({ pageEntities: () => ({ host: 'news.example.com', enabled: true, entities: [] }) });
    const root = await open();
    expect(text(root.querySelector('.on-page .message'))).toContain('No briefing matches on this page');
    expect(sent('getSummaries')).toEqual([]);
  });

  it('says highlighting is off here when the content script reports it disabled', async () => {
    settings.disabledSites = ['news.example.com'];
    const root = await open();
    expect(text(root.querySelector('.on-page .message'))).toContain('Highlighting is off here');
  });

  it('says highlighting is off here from the saved settings even while the tab still reports it on', async () => {
    onTab({ pageEntities: () => ({ host: 'news.example.com', enabled: true, entities: PAGE }) });
    settings.disabledSites = ['news.example.com'];
    const root = await open();
    expect(text(root.querySelector('.on-page .message'))).toContain('Highlighting is off here');
    expect(sent('getSettings')).toContainEqual({ site: 'news.example.com' });
  });

  it('explains pages where content scripts cannot run (sendToTab fails) and keeps search usable', async () => {
    browserState.noContentScript = true;
    const root = await open();
    expect(text(root.querySelector('.on-page .message'))).toContain('cannot read this page');
    expect(root.querySelector('.search-box')).not.toBeNull();
    // No host is known, so only the global switch is offered.
    expect(root.querySelectorAll('.toggle')).toHaveLength(1);
  });

  it('shows the store error with what to do when getSummaries fails', async () => {
    onBackground({
      getSummaries: () => {
        throw new Error('IndexedDB could not be opened');
      },
    });
    const root = await open();
    const message = root.querySelector('.on-page .message[role="alert"]');
    expect(text(message)).toContain('The briefing store could not be opened');
    expect(text(message)).toContain('IndexedDB could not be opened');
    expect(text(message)).toContain('reload the extension');
  });
});

describe('popup: highlighting switches', () => {
  it('turning off this site sends setSiteEnabled with the tab host and reloads the page view', async () => {
    const root = await open();
    const site = [...root.querySelectorAll<HTMLInputElement>('.toggle input')][0]!;
    expect(text(site.parentElement)).toBe('Highlight on news.example.com');
    expect(site.checked).toBe(true);
    fireEvent.change(site, { target: { checked: false } });
    await settle();
    expect(sent('setSiteEnabled')).toEqual([{ site: 'news.example.com', enabled: false }]);
    expect(browserState.sentToTab.filter((m) => m.name === 'pageEntities')).toHaveLength(2);
    expect(text(root.querySelector('.on-page .message'))).toContain('Highlighting is off here');
    expect(site.checked).toBe(false);
  });

  it('the global switch sends setSettings({ enabled })', async () => {
    const root = await open();
    const all = [...root.querySelectorAll<HTMLInputElement>('.toggle input')][1]!;
    expect(text(all.parentElement)).toBe('Highlight on all sites');
    fireEvent.change(all, { target: { checked: false } });
    await settle();
    expect(sent('setSettings')).toEqual([{ settings: { enabled: false } }]);
    expect(all.checked).toBe(false);
  });

  it('says why a switch failed in the reader\'s language, from the error code', async () => {
    onBackground({
      setSettings: () => {
        throw new CodedError('unknown-entity', 'No entity with id "x".');
      },
      setSiteEnabled: () => {
        throw new CodedError('bad-params', 'site: expected hostname example.com', [{ code: 'invalid-value', path: 'site', expected: 'hostname example.com', received: '""' }]);
      },
    });
    browserState.locale = 'ko';
    const root = await open();
    const [site] = [...root.querySelectorAll<HTMLInputElement>('.toggle input')];
    fireEvent.change(site!, { target: { checked: false } });
    await settle();
    expect(text(root.querySelector('.toggles .inline-error'))).toBe(
      '설정을 바꾸지 못했습니다: site 값이 올바르지 않습니다(필요한 값: 사이트 이름, 예: example.com). 다시 시도하거나 확장 프로그램을 다시 불러오세요.',
    );
  });

  it('shows an inline error and keeps the old state when a switch fails', async () => {
    onBackground({
      setSettings: () => {
        throw new Error('storage is full');
      },
    });
    const root = await open();
    const all = [...root.querySelectorAll<HTMLInputElement>('.toggle input')][1]!;
    fireEvent.change(all, { target: { checked: false } });
    await settle();
    expect(text(root.querySelector('.toggles .inline-error'))).toContain('storage is full');
    expect(all.checked).toBe(true);
  });
});

describe('popup: search', () => {
  const hits: SearchHit[] = [
    hit({ id: KISHIDA.id, type: 'actor', name: KISHIDA.name, summary: KISHIDA.summary.en, matched: { field: 'name', text: 'Fumio Kishida', ranges: [[6, 13]] } }),
    hit({
      id: QUOTE.id,
      type: 'quote',
      cardId: KISHIDA.id,
      name: KISHIDA.name,
      summary: QUOTE.text,
      matched: { field: 'quote', text: QUOTE.text, ranges: [[QUOTE.text.indexOf('preconditions'), QUOTE.text.indexOf('preconditions') + 13]] },
    }),
    hit({ id: STATE_VISIT.id, type: 'event', name: STATE_VISIT.name, summary: STATE_VISIT.summary.en, matched: { field: 'alias', text: '岸田首相の訪米', ranges: [[0, 2]] } }),
  ];

  /** Opens the popup and types "kishida", answered with `hits`. */
  async function searchKishida() {
    onBackground({ search: () => hits });
    const root = await open();
    const box = screen.getByRole<HTMLInputElement>('combobox');
    fireEvent.input(box, { target: { value: 'kishida' } });
    await settle();
    return { root, box };
  }

  it('focuses the search box on open', async () => {
    const root = await open();
    expect(document.activeElement).toBe(root.querySelector('.search-box'));
  });

  it('shows results as you type with the matched parts in <mark>', async () => {
    onBackground({ search: () => hits });
    const root = await open();
    fireEvent.input(screen.getByRole('combobox'), { target: { value: 'kishida' } });
    await settle();
    expect(sent('search')).toEqual([{ query: 'kishida', limit: 30 }]);
    const options = [...root.querySelectorAll('[role="option"]')];
    expect(options).toHaveLength(3);
    expect([...options[0]!.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Kishida']);
    expect(text(options[0]!.querySelector('.hit-name'))).toBe('Fumio Kishida');
    expect([...options[1]!.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['preconditions']);
    expect([...options[2]!.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['岸田']);
    expect(root.querySelector('.on-page')).toBeNull();
  });

  it('drops a stale reply that arrives after a newer one', async () => {
    const pending: Record<string, (hits: SearchHit[]) => void> = {};
    onBackground({ search: ({ query }) => new Promise<SearchHit[]>((resolve) => (pending[query] = resolve)) });
    const root = await open();
    const box = screen.getByRole<HTMLInputElement>('combobox');
    fireEvent.input(box, { target: { value: 'bi' } });
    fireEvent.input(box, { target: { value: 'biden' } });
    pending['biden']!([hit({ id: BIDEN.id, type: 'actor', name: BIDEN.name, matched: { field: 'name', text: 'Joe Biden', ranges: [[4, 9]] } })]);
    await settle();
    pending['bi']!(hits);
    await settle();
    const names = [...root.querySelectorAll('[role="option"] .hit-name')].map((n) => text(n));
    expect(names).toEqual(['Joe Biden']);
  });

  it('type filters send only the chosen types', async () => {
    const root = await open();
    const filters = [...root.querySelectorAll<HTMLButtonElement>('.filter')];
    expect(filters.map((f) => text(f))).toEqual(['Actors', 'Agreements', 'Events', 'Quotes']);
    fireEvent.click(filters[3]!);
    fireEvent.click(filters[0]!);
    fireEvent.input(screen.getByRole('combobox'), { target: { value: 'japan' } });
    await settle();
    expect(sent('search').at(-1)).toEqual({ query: 'japan', types: ['actor', 'quote'], limit: 30 });
    expect(filters[0]!.getAttribute('aria-pressed')).toBe('true');
    expect(filters[1]!.getAttribute('aria-pressed')).toBe('false');
  });

  it('says what to try when nothing matches', async () => {
    const root = await open();
    fireEvent.input(screen.getByRole('combobox'), { target: { value: 'zzz' } });
    await settle();
    expect(text(root.querySelector('.search .status'))).toContain('Nothing matches “zzz”');
  });

  it('arrow keys move the active result, Enter opens it (a quote opens its speaker)', async () => {
    const { root, box } = await searchKishida();
    const selected = () => [...root.querySelectorAll('[role="option"]')].findIndex((o) => o.getAttribute('aria-selected') === 'true');
    expect(selected()).toBe(0);
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(selected()).toBe(2);
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(selected()).toBe(0);
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    expect(selected()).toBe(2);
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    expect(selected()).toBe(1);
    expect(box.getAttribute('aria-activedescendant')).toBe(root.querySelector('[aria-selected="true"]')!.id);
    fireEvent.keyDown(box, { key: 'Enter' });
    await settle();
    expect(sent('getCard')).toEqual([{ id: KISHIDA.id }]);
    expect(root.querySelector('.detail')).not.toBeNull();
    expect(q(root, '.home')!.hidden).toBe(true);
  });

  it('Esc clears the query and shows the page list again', async () => {
    const { root, box } = await searchKishida();
    const esc = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    fireEvent(box, esc);
    await settle();
    expect(esc.defaultPrevented).toBe(true);
    expect(box.value).toBe('');
    expect(root.querySelector('[role="option"]')).toBeNull();
    expect(root.querySelector('.on-page')).not.toBeNull();
  });
});

describe('popup: detail view', () => {
  it('?entity=<id> opens the detail view of that entity directly', async () => {
    const root = await open(KISHIDA.id);
    expect(sent('getCard')).toEqual([{ id: KISHIDA.id }]);
    expect(text(root.querySelector('.detail'))).toContain('Fumio Kishida');
    expect(q(root, '.home')!.hidden).toBe(true);
  });

  it('Back returns to the page list with the query kept', async () => {
    const root = await open();
    fireEvent.input(screen.getByRole('combobox'), { target: { value: 'zzz' } });
    await settle();
    fireEvent.input(screen.getByRole('combobox'), { target: { value: '' } });
    await settle();
    fireEvent.click(root.querySelector('.entry-name')!);
    await settle();
    expect(root.querySelector('.detail')).not.toBeNull();
    fireEvent.click(root.querySelector('.detail .back')!);
    await settle();
    expect(root.querySelector('.detail')).toBeNull();
    expect(q(root, '.home')!.hidden).toBe(false);
    expect(root.querySelectorAll('.entry')).toHaveLength(5);
  });

  it('Esc in the detail view goes back', async () => {
    const root = await open();
    fireEvent.click(root.querySelector('.entry-name')!);
    await settle();
    fireEvent.keyDown(root.querySelector('.detail .back')!, { key: 'Escape' });
    await settle();
    expect(root.querySelector('.detail')).toBeNull();
  });

  it('says when the entity is unknown', async () => {
    const root = await open('actor-nobody');
    expect(text(root.querySelector('.detail .message'))).toContain('This entry is not in the briefing');
  });

  it('pins and unpins with setPin', async () => {
    let pins: { id: string; pinnedAt: string }[] = [];
    onBackground({
      listPins: () => pins,
      setPin: ({ id, pinned }) => (pins = pinned ? [{ id, pinnedAt: '2024-05-01T00:00:00Z' }] : pins.filter((p) => p.id !== id)),
    });
    const root = await open(KISHIDA.id);
    const pin = q<HTMLButtonElement>(root, '.detail button.pin')!;
    expect(text(pin)).toBe('Pin');
    fireEvent.click(pin);
    await settle();
    expect(sent('setPin')).toEqual([{ id: KISHIDA.id, pinned: true }]);
    expect(text(pin)).toBe('Unpin');
    expect(pin.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(pin);
    await settle();
    expect(sent('setPin').at(-1)).toEqual({ id: KISHIDA.id, pinned: false });
    expect(text(pin)).toBe('Pin');
  });

  it('loads the personal note and saves edits with setNote', async () => {
    onBackground({
      getNote: ({ id }) => ({ id, text: 'Ask about DICAS', updatedAt: '2024-05-01T00:00:00Z' }),
      setNote: ({ id, text }) => ({ id, text, updatedAt: '2024-05-02T00:00:00Z' }),
    });
    const root = await open(KISHIDA.id);
    const area = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Your note' });
    expect(area.value).toBe('Ask about DICAS');
    const save = screen.getByRole<HTMLButtonElement>('button', { name: 'Save note' });
    expect(save.disabled).toBe(true);
    fireEvent.input(area, { target: { value: 'Ask about DICAS and the Congress speech ' } });
    fireEvent.click(save);
    await settle();
    expect(sent('setNote')).toEqual([{ id: KISHIDA.id, text: 'Ask about DICAS and the Congress speech' }]);
    expect(text(root.querySelector('#note-status'))).toBe('Note saved.');
  });

  it('copies a citation of the entity to the clipboard', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const root = await open(KISHIDA.id);
    fireEvent.click(within(root.querySelector<HTMLElement>('.detail')!).getByRole('button', { name: 'Copy citation' }));
    await settle();
    expect(writeText).toHaveBeenCalledTimes(1);
    const citation = writeText.mock.calls[0]![0];
    expect(citation).toContain('Fumio Kishida — Prime Minister of Japan (took office in 2021)');
    expect(citation).toContain('Japan, US, and the Philippines On the Verge of Largest Military Alliance Since 1960');
  });

  it('shows the full card: facts with dates, quotes and the timeline; a relation link opens that entity', async () => {
    const root = await open(KISHIDA.id);
    const detail = root.querySelector('.detail')!;
    expect(document.activeElement?.id).toBe('detail-title');
    expect(text(detail)).toContain('Plans to raise defence spending to 2% of GDP by 2027.');
    expect(text(detail)).toContain('without preconditions');
    expect(text(detail)).toContain('Kishida’s state visit to the United States');
    fireEvent.click(within(detail as HTMLElement).getByRole('button', { name: 'Joe Biden' }));
    await settle();
    expect(sent('getCard')).toEqual([{ id: KISHIDA.id }, { id: BIDEN.id }]);
    expect(text(root.querySelector('#detail-title'))).toBe('Joe Biden');
    fireEvent.click(root.querySelector('.detail .back')!);
    await settle();
    expect(text(root.querySelector('#detail-title'))).toBe('Fumio Kishida');
  });
});

describe('popup: language', () => {
  it('follows the browser language: document lang, and Korean names with English fallback marked', async () => {
    browserState.uiLanguage = 'ko-KR';
    applyDocumentLang();
    expect(document.documentElement.lang).toBe('ko-KR');
    view = render(<App lang={uiLang()} initialEntity={null} />);
    await settle();
    const names = [...view.container.querySelectorAll('.group')[0]!.querySelectorAll('.entry-name')];
    expect(names.map((n) => [text(n), n.getAttribute('lang')])).toEqual([
      ['기시다 후미오', 'ko'],
      ['Ferdinand Marcos Jr.', 'en'],
      ['조 바이든', 'ko'],
    ]);
  });
});
