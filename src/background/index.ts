/**
 * The background entry (service worker in Chrome, event page in Firefox). Owns the
 * briefing store: seeds it on install/update and lazily on the first request, answers
 * every message from the extension's own pages and content scripts, and tells open
 * tabs when settings change. The message listener is registered synchronously at top
 * level so a message that wakes the worker is not lost.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import type { PackFile } from '../shared/model';
import type { Reply, TabName } from '../shared/messages';
import { createRouter, notifyPages, sendToTab } from '../shared/messaging';
import { openSidePanel } from '../shared/open-side-panel';
import type { Settings } from '../shared/settings';
import { createHandlers } from './handlers';
import { createMenus, watchPanelRequests } from './side-panel';
import { BriefingStore, type BundledEntry } from './store';
import { validators } from './validate-params';

async function loadPackaged<T>(path: string, check: (value: unknown) => value is T): Promise<T> {
  const response = await fetch(browser.runtime.getURL(path));
  if (!response.ok) throw new Error(`${path} could not be read (HTTP ${response.status})`);
  const value: unknown = await response.json();
  if (!check(value)) throw new Error(`${path} does not have the expected shape`);
  return value;
}

function isBundledIndex(value: unknown): value is { packs: BundledEntry[] } {
  const packs = (value as { packs?: unknown } | null)?.packs;
  return Array.isArray(packs) && packs.every((entry: Partial<BundledEntry> | null) => typeof entry?.id === 'string' && typeof entry.file === 'string' && typeof entry.version === 'string' && typeof entry.checksum === 'string');
}

/** A bundled pack file names the pack the index lists (the build checked everything else). */
const isPackOf = (entry: BundledEntry) => (value: unknown): value is PackFile => {
  const header = (value as { pack?: { id?: unknown; version?: unknown } } | null)?.pack;
  return header?.id === entry.id && header.version === entry.version;
};

/** Tells every frame of every tab. Tabs without our content script (browser pages, web stores) have no receiver: their failures are ignored. */
async function notifyTabs<N extends 'settingsChanged' | 'packsChanged'>(name: N & TabName, params: N extends 'settingsChanged' ? { settings: Settings } : Record<string, never>): Promise<void> {
  const tabIds = (await browser.tabs.query({})).flatMap((tab) => (tab.id === undefined ? [] : [tab.id]));
  await Promise.allSettled(tabIds.map((tabId) => sendToTab(tabId, name, params as never)));
}

const panel = watchPanelRequests();

const store = new BriefingStore({
  loadBundledIndex: async () => (await loadPackaged('packs/bundled.json', isBundledIndex)).packs,
  loadBundledPack: (entry) => loadPackaged(entry.file, isPackOf(entry)),
});

const openDetails = async (id: string, fromTab?: number) => {
  // With the card's tab named, the detail view's "On this page" lists that page, not itself.
  const tab = fromTab === undefined ? '' : `&tab=${fromTab}`;
  await browser.tabs.create({ url: browser.runtime.getURL(`popup.html?entity=${encodeURIComponent(id)}${tab}`) });
};

const handlers = createHandlers(store, {
  extensionVersion: browser.runtime.getManifest().version,
  openDetails,
  // Opened before any await, within the reader's click in the page, then told which entity to show;
  // a browser that refuses shows the briefing in a tab.
  openSidePanel: (id, fromTab, windowId) =>
    openSidePanel(windowId).then(
      () => {
        if (windowId !== undefined) panel.requestEntity(windowId, id);
      },
      () => openDetails(id, fromTab),
    ),
  takeEntityRequest: panel.takeEntityRequest,
  takeBriefRequest: panel.takeBriefRequest,
  onSettingsChanged: (settings) => {
    notifyTabs('settingsChanged', { settings }).catch((error) => console.warn('Briefing Lens: could not notify tabs of new settings', error));
  },
  onPacksChanged: () => {
    notifyTabs('packsChanged', {}).catch((error) => console.warn('Briefing Lens: could not notify tabs of changed packs', error));
    notifyPages('packsChanged', {});
  },
  onImportProgress: (token, phase, done, total) => notifyPages('packImportProgress', { token, phase, done, total }),
});

const route = createRouter(handlers, validators);

/** Only the extension's own pages and content scripts message the background, so anything else they send is a bug worth a clear reply. */
const NOT_A_REQUEST: Reply<never> = {
  error: { code: 'not-a-request', message: 'Not a Briefing Lens request: expected an object { channel: "briefing-lens", name, params }.' },
};

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  sender.id === browser.runtime.id ? (route(message, sender) ?? Promise.resolve(NOT_A_REQUEST)) : undefined,
);

browser.runtime.onInstalled.addListener(() => {
  createMenus();
  store.ready().catch((error) => console.error('Briefing Lens: seeding the briefing store failed', error));
});

/** The keyboard shortcuts that walk the page's highlights act on the active tab's top frame. */
browser.commands.onCommand.addListener((command: string) => {
  const direction = command === 'next-highlight' ? 1 : command === 'previous-highlight' ? -1 : 0;
  if (direction === 0) return;
  browser.tabs
    .query({ active: true, currentWindow: true })
    .then(([tab]) => (tab?.id === undefined ? false : sendToTab(tab.id, 'walkHighlight', { direction }, 0)))
    .catch(() => {
      // The active tab has no content script (a browser page, the web store): nothing to walk.
    });
});
