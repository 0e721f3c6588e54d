// The background's side-panel wiring: the context-menu items it registers (contexts and
// titles), what a click on "Brief me on “…”" does (the selection waits for that window's
// panel, the panel opens, open panels are told), the open-panel shortcut, and the folding
// of a selection into a query.
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;
const listeners = { menu: [] as Listener[], command: [] as Listener[] };
const fake = {
  contextMenus: {
    removeAll: vi.fn(async () => {}),
    create: vi.fn(),
    onClicked: { addListener: (l: Listener) => listeners.menu.push(l) },
  },
  commands: { onCommand: { addListener: (l: Listener) => listeners.command.push(l) } },
  runtime: { sendMessage: vi.fn(async () => undefined) },
  i18n: { getMessage: (key: string, subs?: string[]) => ({ menuOpenSidePanel: 'Open the Briefing Lens side panel', menuBriefMe: `Brief me on “${subs?.[0]}”` })[key] ?? '' },
  sidePanel: { open: vi.fn(async (_options: { windowId: number }) => {}) },
};
vi.mock('webextension-polyfill', () => ({ default: fake }));

const { briefQuery, createMenus, watchPanelRequests, MAX_BRIEF_CHARS } = await import('../../../src/background/side-panel');

beforeEach(() => {
  vi.clearAllMocks();
  listeners.menu.length = 0;
  listeners.command.length = 0;
});

describe('side panel: context menu', () => {
  it('registers "Open the side panel" on pages and "Brief me on “%s”" on selections, once', async () => {
    createMenus();
    await vi.waitFor(() => expect(fake.contextMenus.create).toHaveBeenCalledTimes(2));
    expect(fake.contextMenus.removeAll).toHaveBeenCalledBefore(fake.contextMenus.create);
    expect(fake.contextMenus.create.mock.calls).toEqual([
      [{ id: 'open-side-panel', title: 'Open the Briefing Lens side panel', contexts: ['page'] }],
      [{ id: 'brief-me', title: 'Brief me on “%s”', contexts: ['selection'] }],
    ]);
  });

  it('a Brief me click opens that window’s panel, keeps the selection for it and tells open panels', () => {
    const { takeBriefRequest } = watchPanelRequests();
    listeners.menu[0]!({ menuItemId: 'brief-me', selectionText: '  岸田\n首相 ' }, { id: 3, windowId: 9 });
    expect(fake.sidePanel.open).toHaveBeenCalledWith({ windowId: 9 });
    expect(fake.runtime.sendMessage).toHaveBeenCalledWith({ channel: 'briefing-lens', name: 'briefRequested', params: {} });
    expect(takeBriefRequest(4)).toBeNull();
    expect(takeBriefRequest(9)).toEqual({ query: '岸田 首相' });
    expect(takeBriefRequest(9)).toBeNull();
  });

  it('keeps the entity a card asked a window\'s panel to show until that panel takes it, and tells open panels', () => {
    const { requestEntity, takeEntityRequest, takeBriefRequest } = watchPanelRequests();
    requestEntity(9, 'fumio-kishida');
    expect(fake.runtime.sendMessage).toHaveBeenCalledWith({ channel: 'briefing-lens', name: 'entityRequested', params: {} });
    expect(takeEntityRequest(4)).toBeNull();
    expect(takeBriefRequest(9)).toBeNull();
    expect(takeEntityRequest(9)).toEqual({ id: 'fumio-kishida' });
    expect(takeEntityRequest(9)).toBeNull();
  });

  it('ignores an empty selection; "Open the side panel" and the shortcut only open the panel', () => {
    const { takeBriefRequest } = watchPanelRequests();
    listeners.menu[0]!({ menuItemId: 'brief-me', selectionText: ' \n ' }, { id: 3, windowId: 9 });
    expect(fake.sidePanel.open).not.toHaveBeenCalled();
    listeners.menu[0]!({ menuItemId: 'open-side-panel' }, { id: 3, windowId: 9 });
    listeners.command[0]!('open-side-panel', { id: 3, windowId: 5 });
    listeners.command[0]!('next-highlight', { id: 3, windowId: 5 });
    expect(fake.sidePanel.open.mock.calls).toEqual([[{ windowId: 9 }], [{ windowId: 5 }]]);
    expect(takeBriefRequest(9)).toBeNull();
  });

  it('folds white space and cuts a long selection to what the search takes', () => {
    expect(briefQuery(' Fumio\n\tKishida  ')).toBe('Fumio Kishida');
    expect(briefQuery('x'.repeat(500))).toHaveLength(MAX_BRIEF_CHARS);
  });
});
