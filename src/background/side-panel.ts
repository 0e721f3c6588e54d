/**
 * Opening the side panel (Chrome's `sidePanel`, Firefox's `sidebarAction`) from the
 * context menu and the keyboard, and the requests it carries: "Brief me on “…”" (the
 * background keeps the selected text until the panel of that window takes it,
 * `takeBriefRequest`, and tells open panels that one is waiting, `briefRequested`), and a
 * card's "Open in side panel" (the entity waits the same way: `requestEntity`,
 * `takeEntityRequest`, `entityRequested`).
 *
 * Both browsers open their panel only in direct response to a user action, so it is opened
 * synchronously from the menu and command listeners, before any await.
 */
import browser, { type Menus, type Tabs } from 'webextension-polyfill';
import { notifyPages } from '../shared/messaging';
import { openSidePanel } from '../shared/open-side-panel';

export const MENU_OPEN_PANEL = 'open-side-panel';
export const MENU_BRIEF_ME = 'brief-me';
/** Chrome's command; Firefox opens its sidebar through the reserved `_execute_sidebar_action`. */
export const COMMAND_OPEN_PANEL = 'open-side-panel';
/** Longest selection taken as a query (the store's search takes at most 200 characters). */
export const MAX_BRIEF_CHARS = 200;

/** The selection, with white space folded and cut to what the search takes. */
export function briefQuery(selection: string): string {
  return selection.replace(/\s+/g, ' ').trim().slice(0, MAX_BRIEF_CHARS);
}

export function createMenus(): void {
  browser.contextMenus.removeAll().then(
    () => {
      browser.contextMenus.create({ id: MENU_OPEN_PANEL, title: browser.i18n.getMessage('menuOpenSidePanel'), contexts: ['page'] });
      // %s is the selected text; the browser shortens a long selection in the menu.
      browser.contextMenus.create({ id: MENU_BRIEF_ME, title: browser.i18n.getMessage('menuBriefMe', ['%s']), contexts: ['selection'] });
    },
    (error: unknown) => console.warn('Briefing Lens: could not create the context menu', error),
  );
}

export interface PanelRequests {
  takeBriefRequest: (windowId: number) => { query: string } | null;
  /** A card asked the panel of window `windowId` (already opened) to show entity `id`. */
  requestEntity: (windowId: number, id: string) => void;
  takeEntityRequest: (windowId: number) => { id: string } | null;
}

export function watchPanelRequests(): PanelRequests {
  /** Per window: the latest selection waiting for that window's panel. */
  const pending = new Map<number, string>();
  /** Per window: the latest entity a card asked that window's panel to show. */
  const entities = new Map<number, string>();

  // No panel open: nothing receives it, and the panel takes the request when it opens.
  const announce = (name: 'briefRequested' | 'entityRequested' = 'briefRequested') => notifyPages(name, {});
  const open = (windowId: number | undefined) =>
    openSidePanel(windowId).catch((error: unknown) => console.warn('Briefing Lens: could not open the side panel', error));

  browser.contextMenus.onClicked.addListener((info: Menus.OnClickData, tab?: Tabs.Tab) => {
    if (info.menuItemId === MENU_OPEN_PANEL) {
      void open(tab?.windowId);
    } else if (info.menuItemId === MENU_BRIEF_ME) {
      const query = briefQuery(info.selectionText ?? '');
      if (query === '' || tab?.windowId === undefined) return;
      pending.set(tab.windowId, query);
      void open(tab.windowId);
      announce();
    }
  });

  browser.commands.onCommand.addListener((command: string, tab?: Tabs.Tab) => {
    if (command === COMMAND_OPEN_PANEL) void open(tab?.windowId);
  });

  return {
    takeBriefRequest: (windowId) => {
      const query = pending.get(windowId);
      pending.delete(windowId);
      return query === undefined ? null : { query };
    },
    requestEntity: (windowId, id) => {
      entities.set(windowId, id);
      announce('entityRequested');
    },
    takeEntityRequest: (windowId) => {
      const id = entities.get(windowId);
      entities.delete(windowId);
      return id === undefined ? null : { id };
    },
  };
}
