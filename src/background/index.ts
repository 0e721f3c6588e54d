/**
 * The background entry (service worker in Chrome, event page in Firefox). Owns the
 * briefing store: seeds it on install/update and lazily on the first request, answers
 * every message from the extension's own pages and content scripts, and tells open
 * tabs when settings change. The message listener is registered synchronously at top
 * level so a message that wakes the worker is not lost.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import type { SeedBundle } from '../shared/db/seed';
import type { MatcherBundle } from '../shared/matcher-index';
import type { Reply } from '../shared/messages';
import { createRouter, sendToTab } from '../shared/messaging';
import { openSidePanel } from '../shared/open-side-panel';
import type { Settings } from '../shared/settings';
import { createHandlers } from './handlers';
import { createMenus, watchPanelRequests } from './side-panel';
import { BriefingStore } from './store';
import { validators } from './validate-params';

async function loadPackaged<T>(path: string, check: (value: unknown) => value is T): Promise<T> {
  const response = await fetch(browser.runtime.getURL(path));
  if (!response.ok) throw new Error(`${path} could not be read (HTTP ${response.status})`);
  const value: unknown = await response.json();
  if (!check(value)) throw new Error(`${path} does not have the expected shape`);
  return value;
}

function isSeedBundle(value: unknown): value is SeedBundle {
  const v = value as SeedBundle | null;
  return !!v && typeof v.checksum === 'string' && !!v.dataset && typeof v.dataset.meta?.version === 'string';
}

function isMatcherBundle(value: unknown): value is MatcherBundle {
  const v = value as MatcherBundle | null;
  return !!v && typeof v.version === 'string' && Array.isArray(v.entities) && typeof v.tables === 'string' && Array.isArray(v.rules);
}

async function notifyTabs(settings: Settings): Promise<void> {
  const tabIds = (await browser.tabs.query({})).flatMap((tab) => (tab.id === undefined ? [] : [tab.id]));
  // Sent to every frame of each tab. Tabs without our content script (browser pages, web stores) have no receiver: their failures are ignored.
  await Promise.allSettled(tabIds.map((tabId) => sendToTab(tabId, 'settingsChanged', { settings })));
}

const panel = watchPanelRequests();

const store = new BriefingStore({ loadSeed: () => loadPackaged('data/seed.json', isSeedBundle) });

const openDetails = async (id: string, fromTab?: number) => {
  // With the card's tab named, the detail view's "On this page" lists that page, not itself.
  const tab = fromTab === undefined ? '' : `&tab=${fromTab}`;
  await browser.tabs.create({ url: browser.runtime.getURL(`popup.html?entity=${encodeURIComponent(id)}${tab}`) });
};

const handlers = createHandlers(store, {
  extensionVersion: browser.runtime.getManifest().version,
  loadMatcher: () => loadPackaged('data/matcher.json', isMatcherBundle),
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
    notifyTabs(settings).catch((error) => console.warn('Briefing Lens: could not notify tabs of new settings', error));
  },
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
