// @vitest-environment happy-dom
// The side panel's components: "On this page" in page order and live, the relations map's
// keyboard, the timeline's points and list, and "Brief me" filling the search.
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-panel-browser')).panelBrowser }));

import type { CardData, EntityRef, PackLabel, SearchHit, TimelineEntry } from '../../../src/shared/card';
import { PAGE_CHANGED } from '../../../src/shared/messages';
import { PanelApp } from '../../../src/sidepanel/app';
import { RelationMap } from '../../../src/sidepanel/relation-map';
import { Timeline } from '../../../src/sidepanel/timeline';
import { onBackground, onTab, resetBrowser, sent } from '../popup/fake-browser';
import { panelBrowser, portToTab } from './fake-panel-browser';

function ref(id: string, name: string, type: EntityRef['type'] = 'actor'): EntityRef {
  return { id, type, name: { en: name }, summary: { en: `${name} in one line.` } };
}
const BIDEN = ref('joe-biden', 'Joe Biden');
const KISHIDA = ref('fumio-kishida', 'Fumio Kishida');
const MARCOS = ref('ferdinand-marcos-jr', 'Ferdinand Marcos Jr.');
const SUMMIT = ref('summit', 'Japan–U.S. summit', 'event');
const ALL = [BIDEN, KISHIDA, MARCOS, SUMMIT];
const PACK: PackLabel = { id: 'japan-us-state-visit-2024', title: { en: 'Japan state visit to the US, April 2024', ko: '일본 총리 국빈 방미' }, version: '1.0.0', asOf: '2024-04-30' };

function card(entity: EntityRef, others: EntityRef[]): CardData {
  const record = { ...entity, kind: 'person', asOf: '2024-04-14', sources: [], aliases: [], description: entity.summary, facts: [] } as unknown as CardData['entity'];
  return {
    entity: record,
    pack: PACK,
    sections: [{ pack: PACK, entity: record }],
    relations: others.map((other) => ({ from: entity.id, to: other.id, type: 'met', sources: [], direction: 'out', other })),
    quotes: [],
    sources: [],
    timeline: [],
  };
}

let found: { id: string; count: number }[];

beforeEach(() => {
  resetBrowser();
  found = [
    { id: BIDEN.id, count: 1 },
    { id: KISHIDA.id, count: 5 },
  ];
  onTab({ pageEntities: () => ({ host: 'news.example.com', enabled: true, entities: found }), showMention: () => true });
  onBackground({
    getSummaries: ({ ids }) => ALL.filter((e) => ids.includes(e.id)).map((e) => ({ ...e, pack: PACK, asOf: '2024-04-14' })),
    getSettings: () => ({ settings: {}, siteEnabled: true }),
    takeBriefRequest: () => null,
    takeEntityRequest: () => null,
    search: () => [],
    listPacks: () => [],
    listPins: () => [],
    getNote: () => null,
  });
});
afterEach(() => cleanup());

const rows = () => screen.queryAllByRole('button', { expanded: false }).concat(screen.queryAllByRole('button', { expanded: true })).map((b) => b.textContent);

describe('side panel: on this page', () => {
  it('lists the entities in the order the page mentions them, not by count', async () => {
    render(<PanelApp lang="en" fixedTab={1} />);
    await waitFor(() => expect(rows()).toEqual(['Joe Biden', 'Fumio Kishida']));
    expect(screen.getByText('×5')).toBeTruthy();
  });

  it('names the pack each entity comes from, in the reader’s language', async () => {
    render(<PanelApp lang="ko" fixedTab={1} />);
    await waitFor(() => expect(rows()).toEqual(['Joe Biden', 'Fumio Kishida']));
    const packs = [...document.querySelectorAll('.page-order .entry-pack')].map((p) => p.textContent);
    expect(packs).toEqual(['Pack: 일본 총리 국빈 방미', 'Pack: 일본 총리 국빈 방미']);
  });

  it('reloads when the content script says the page changed, keeping the list while it does', async () => {
    render(<PanelApp lang="en" fixedTab={1} />);
    await waitFor(() => expect(rows()).toEqual(['Joe Biden', 'Fumio Kishida']));
    expect(panelBrowser.tabs.connect).toHaveBeenLastCalledWith(1, { name: 'briefing-lens-page-watch', frameId: 0 });
    found = [...found, { id: MARCOS.id, count: 1 }];
    await act(() => void portToTab().onMessage.emit(PAGE_CHANGED));
    expect(rows()).toEqual(['Joe Biden', 'Fumio Kishida']);
    await waitFor(() => expect(rows()).toEqual(['Joe Biden', 'Fumio Kishida', 'Ferdinand Marcos Jr.']));
  });

  it('without a fixed tab, follows the tab activated in its own window only', async () => {
    onTab({ pageEntities: () => ({ host: 'a.example', enabled: true, entities: found }) });
    render(<PanelApp lang="en" fixedTab={null} />);
    await waitFor(() => expect(rows()).toEqual(['Joe Biden', 'Fumio Kishida']));
    const asked = () => panelBrowser.tabs.sendMessage.mock.calls.length;
    const before = asked();
    await act(() => void panelBrowser.tabs.onActivated.emit({ tabId: 1, windowId: 99 }));
    expect(asked()).toBe(before);
  });
});

describe('side panel: a card\'s "Open in side panel"', () => {
  it('opens the row of the entity the card asked for once the page\'s list is there', async () => {
    onBackground({ takeEntityRequest: ({ windowId }) => (windowId === 7 ? { id: KISHIDA.id } : null) });
    render(<PanelApp lang="en" fixedTab={1} />);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Fumio Kishida', expanded: true })).toBeTruthy());
    expect(screen.getByRole('button', { name: 'Joe Biden', expanded: false })).toBeTruthy();
  });

  it('takes a request announced while it is open', async () => {
    let waiting: { id: string } | null = null;
    onBackground({ takeEntityRequest: () => ((w) => ((waiting = null), w))(waiting) });
    render(<PanelApp lang="en" fixedTab={1} />);
    await waitFor(() => expect(rows()).toEqual(['Joe Biden', 'Fumio Kishida']));
    expect(screen.queryByRole('button', { expanded: true })).toBeNull();
    waiting = { id: BIDEN.id };
    await act(() => void panelBrowser.runtime.onMessage.emit({ channel: 'briefing-lens', name: 'entityRequested', params: {} }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Joe Biden', expanded: true })).toBeTruthy());
  });
});

describe('side panel: Brief me', () => {
  it('takes the waiting request on open and searches the store for the selection', async () => {
    onBackground({
      takeBriefRequest: () => ({ query: '기시다' }),
      search: ({ query }): SearchHit[] => [{ id: KISHIDA.id, type: 'actor', name: KISHIDA.name, summary: '', pack: PACK, matched: { field: 'alias', text: query, ranges: [[0, 3]] }, score: 1 }],
    });
    render(<PanelApp lang="en" fixedTab={1} />);
    await waitFor(() => expect(screen.getByRole<HTMLInputElement>('combobox').value).toBe('기시다'));
    await waitFor(() => expect(sent('search')).toContainEqual(expect.objectContaining({ query: '기시다' })));
  });

  it('takes a request announced while it is open', async () => {
    let waiting: { query: string } | null = null;
    onBackground({ takeBriefRequest: ({ windowId }) => ((w) => ((waiting = null), w))(windowId === 7 ? waiting : null) });
    render(<PanelApp lang="en" fixedTab={1} />);
    await waitFor(() => expect(rows()).toEqual(['Joe Biden', 'Fumio Kishida']));
    waiting = { query: '岸田' };
    await act(() => void panelBrowser.runtime.onMessage.emit({ channel: 'briefing-lens', name: 'briefRequested', params: {} }));
    await waitFor(() => expect(screen.getByRole<HTMLInputElement>('combobox').value).toBe('岸田'));
  });

  it('answers none of the other pages’ requests to the background', () => {
    render(<PanelApp lang="en" fixedTab={1} />);
    const replies = panelBrowser.runtime.onMessage.emit({ channel: 'briefing-lens', name: 'getSummaries', params: { ids: [] } });
    // One listener for each kind of request (Brief me, a card's entity) and for pack changes: none answers.
    expect(replies.length).toBeGreaterThan(0);
    expect(replies.every((reply) => reply === undefined)).toBe(true);
  });
});

describe('side panel: relations map', () => {
  it('arrow keys walk the nodes, Enter selects one', async () => {
    onBackground({ getCard: () => card(KISHIDA, [BIDEN, MARCOS, SUMMIT]) });
    const onSelect = vi.fn();
    render(<RelationMap id={KISHIDA.id} lang="en" onSelect={onSelect} />);
    const nodes = await screen.findAllByRole('button', { name: /: Met$/ });
    expect(nodes).toHaveLength(3);
    expect(nodes.map((n) => n.getAttribute('tabindex'))).toEqual(['0', '-1', '-1']);
    nodes[0]!.focus();
    fireEvent.keyDown(nodes[0]!, { key: 'ArrowRight' });
    await waitFor(() => expect(document.activeElement).toBe(screen.getAllByRole('button', { name: /: Met$/ })[1]));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    await waitFor(() => expect(document.activeElement).toBe(screen.getAllByRole('button', { name: /: Met$/ })[2]));
    fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    expect(onSelect).toHaveBeenCalledWith(document.activeElement!.getAttribute('aria-label')!.startsWith('Japan') ? SUMMIT.id : expect.any(String));
  });
});

describe('side panel: timeline', () => {
  const entries: TimelineEntry[] = [
    { entity: SUMMIT, kind: 'event', date: '2024-04-10', text: { en: 'The summit.' }, sources: [] },
    { entity: KISHIDA, kind: 'fact', date: '2027-03', stated: '2024-04-10', text: { en: 'A target for 2027.' }, sources: [] },
  ];
  // The chart's keyboard and clicks are covered in Chromium (test/e2e/chromium/sidepanel.e2e.ts): happy-dom has no SVG event handler properties.
  it('draws a point per dated entry, one tab stop, and says when a forward-looking fact was stated', async () => {
    onBackground({ getTimeline: () => entries });
    render(<Timeline ids={[SUMMIT.id, KISHIDA.id]} entities={[SUMMIT, KISHIDA]} lang="en" />);
    const points = await screen.findAllByRole('button', { name: /The summit\.|A target for 2027\./ });
    expect(points).toHaveLength(2);
    expect(points.map((p) => p.getAttribute('tabindex'))).toEqual(['0', '-1']);
    fireEvent.click(screen.getByRole('button', { name: 'Show as a list' }));
    await waitFor(() => expect(screen.getByText(/Stated on/).textContent).toMatch(/Stated on .*2024/));
  });

  it('shows the same entries as a list, and filters by entity', async () => {
    onBackground({ getTimeline: () => entries });
    render(<Timeline ids={[SUMMIT.id, KISHIDA.id]} entities={[SUMMIT, KISHIDA]} lang="en" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Show as a list' }));
    expect(screen.getAllByRole('region', { name: 'Selected date' })).toHaveLength(2);
    fireEvent.change(screen.getByRole('combobox'), { target: { value: KISHIDA.id } });
    await waitFor(() => expect(screen.getAllByRole('region', { name: 'Selected date' })).toHaveLength(1));
  });
});
