// @vitest-environment happy-dom
// Which tab the popup talks to: the one named by `?tab=<id>` (popup.html opened as a tab
// of its own) or else the active tab; always its top frame only; and the launch
// parameters read from the URL. Also the performance marks the popup benchmark reads.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).fakeBrowser }));

import { loadPage } from '../../../src/popup/active-tab';
import { App } from '../../../src/popup/app';
import { readLaunchParams } from '../../../src/popup/launch-params';
import { PAGE_FILLED_MARK, RESULTS_MARK } from '../../../src/popup/perf-marks';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';
import { browserState, fakeBrowser, onBackground, onTab, resetBrowser } from './fake-browser';
import { KISHIDA, hit, summariesOf } from '../../fixtures/dataset';
import { settle, text } from './settle';
import { cleanup, fireEvent, render, screen, type RenderResult } from '@testing-library/preact';

let view: RenderResult | null = null;

beforeEach(() => {
  resetBrowser();
  fakeBrowser.tabs.query.mockClear();
  fakeBrowser.tabs.sendMessage.mockClear();
  performance.clearMarks();
  onTab({
    pageEntities: () => ({ host: 'news.example.com', enabled: true, entities: [{ id: KISHIDA.id, count: 2 }] }),
    showMention: () => true,
  });
  onBackground({
    getSummaries: ({ ids }) => summariesOf(ids),
    getSettings: () => ({ settings: { ...DEFAULT_SETTINGS }, siteEnabled: true }),
    search: ({ query }) =>
      query.includes('kis')
        ? [hit({ id: KISHIDA.id, type: 'actor', name: KISHIDA.name, matched: { field: 'name', text: 'Fumio Kishida', ranges: [[6, 6 + query.length]] } })]
        : [],
  });
});

afterEach(() => {
  cleanup();
  view = null;
});

async function open(tabId: number | null) {
  view = render(<App lang="en" initialEntity={null} tabId={tabId} />);
  await settle();
  return view.container;
}

const tabCalls = (name: string) =>
  (fakeBrowser.tabs.sendMessage.mock.calls as unknown[][])
    .filter(([, message]) => (message as { name: string }).name === name)
    .map(([tabId, , options]) => ({ tabId, options }));

describe('popup: the tab it acts on', () => {
  it('asks the tab named by ?tab=<id>, not the active tab, and only its top frame', async () => {
    browserState.tabId = 42;
    const root = await open(42);
    expect(fakeBrowser.tabs.query).not.toHaveBeenCalled();
    expect(tabCalls('pageEntities')).toEqual([{ tabId: 42, options: { frameId: 0 } }]);
    expect(text(root.querySelector('.entry-name'))).toBe('Fumio Kishida');
  });

  it('without a tab id, asks the active tab of its window, top frame only', async () => {
    browserState.tabId = 3;
    await open(null);
    expect(fakeBrowser.tabs.query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(tabCalls('pageEntities')).toEqual([{ tabId: 3, options: { frameId: 0 } }]);
  });

  it('"Show" goes to the same tab\'s top frame', async () => {
    browserState.tabId = 42;
    const root = await open(42);
    fireEvent.click(root.querySelector('.entry-actions button')!);
    await settle();
    expect(tabCalls('showMention')).toEqual([{ tabId: 42, options: { frameId: 0 } }]);
  });
});

describe('popup: the page load started by the entry', () => {
  it('shows the load begun before mounting without asking the tab again, and asks anew when a switch is flipped', async () => {
    browserState.tabId = 42;
    onBackground({ setSiteEnabled: () => ({ ...DEFAULT_SETTINGS, disabledSites: ['news.example.com'] }) });
    const pageLoad = loadPage('en', 42);
    view = render(<App lang="en" initialEntity={null} tabId={42} pageLoad={pageLoad} />);
    await settle();
    const root = view.container;
    expect(text(root.querySelector('.entry-name'))).toBe('Fumio Kishida');
    expect(tabCalls('pageEntities')).toHaveLength(1);
    fireEvent.change(root.querySelector<HTMLInputElement>('.toggle input')!, { target: { checked: false } });
    await settle();
    expect(tabCalls('pageEntities')).toEqual([
      { tabId: 42, options: { frameId: 0 } },
      { tabId: 42, options: { frameId: 0 } },
    ]);
  });
});

describe('popup: launch parameters', () => {
  it('reads the entity and a numeric tab id', () => {
    expect(readLaunchParams('?entity=fumio-kishida&tab=17')).toEqual({ entity: 'fumio-kishida', tabId: 17 });
    expect(readLaunchParams('?tab=0')).toEqual({ entity: null, tabId: 0 });
  });

  it('ignores a missing, empty or non-numeric tab id and an empty entity', () => {
    expect(readLaunchParams('')).toEqual({ entity: null, tabId: null });
    expect(readLaunchParams('?entity=&tab=')).toEqual({ entity: null, tabId: null });
    for (const bad of ['-1', '1.5', 'abc', '1e3', ' 2']) expect(readLaunchParams(`?tab=${encodeURIComponent(bad)}`).tabId).toBeNull();
  });
});

describe('popup: benchmark marks', () => {
  it('marks when "On this page" has its filled list, once per fill', async () => {
    const root = await open(null);
    expect(root.querySelectorAll('.entry')).toHaveLength(1);
    expect(performance.getEntriesByName(PAGE_FILLED_MARK)).toHaveLength(1);
  });

  it('does not mark an empty page as filled', async () => {
    onTab({ pageEntities: () => ({ host: 'news.example.com', enabled: true, entities: [] }) });
    await open(null);
    expect(performance.getEntriesByName(PAGE_FILLED_MARK)).toHaveLength(0);
  });

  it('marks rendered search results with the query they answer, keeping only the latest', async () => {
    const root = await open(null);
    const box = screen.getByRole<HTMLInputElement>('combobox');
    fireEvent.input(box, { target: { value: 'kis' } });
    await settle();
    fireEvent.input(box, { target: { value: 'kish' } });
    await settle();
    expect(root.querySelectorAll('#search-results .hit')).toHaveLength(1);
    const marks = performance.getEntriesByName(RESULTS_MARK) as PerformanceMark[];
    expect(marks.map((m) => m.detail as unknown)).toEqual([{ query: 'kish' }]);
  });
});
