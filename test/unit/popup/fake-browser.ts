/**
 * A test double for `webextension-polyfill`: runtime.sendMessage answers per message name
 * from handlers a test installs (replying `{ result }` or `{ error }` like the real router),
 * runtime.onMessage hears what a test broadcasts with `toPages`, tabs.query/sendMessage answer from tab handlers, and i18n.getMessage returns the string
 * from assets/_locales/<locale>/messages.json (English unless a test sets `locale`) with
 * its placeholders filled in.
 * Use with `vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).fakeBrowser }))`.
 */
import { vi } from 'vitest';
import en from '../../../assets/_locales/en/messages.json';
import ja from '../../../assets/_locales/ja/messages.json';
import ko from '../../../assets/_locales/ko/messages.json';
import type { BackgroundMessages, PanelMessages, TabMessages } from '../../../src/shared/messages';
import { errorInfo } from '../../../src/shared/errors';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const LOCALES = { en, ko, ja } as unknown as Record<'en' | 'ko' | 'ja', Record<string, Entry>>;

/** What `browser.i18n.getMessage` does with a messages.json entry, in English. */
export function englishMessage(key: string, substitutions?: string | string[]): string {
  return localisedMessage('en', key, substitutions);
}

/** What `browser.i18n.getMessage` does with a messages.json entry of `locale`. */
function localisedMessage(locale: keyof typeof LOCALES, key: string, substitutions?: string | string[]): string {
  const entry = LOCALES[locale][key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const fill = (content: string) => content.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? fill(placeholder.content) : whole;
  });
}

type BgHandlers = { [N in keyof BackgroundMessages]?: (params: BackgroundMessages[N]['params']) => unknown };
type TabHandlers = { [N in keyof TabMessages]?: (params: TabMessages[N]['params']) => unknown };

export interface Sent {
  name: string;
  params: unknown;
}

const state = {
  background: {} as BgHandlers,
  tab: {} as TabHandlers,
  /** Active tab id; null: no active tab. */
  tabId: 1 as number | null,
  /** When true, tabs.sendMessage rejects like a page where no content script runs. */
  noContentScript: false,
  uiLanguage: 'en-US',
  /** The locale i18n.getMessage answers from (the browser's UI language for the extension). */
  locale: 'en' as keyof typeof LOCALES,
  sentToBackground: [] as Sent[],
  sentToTab: [] as Sent[],
};

async function reply(handler: ((params: unknown) => unknown) | undefined, name: string, params: unknown) {
  if (!handler) return { error: { code: 'unknown-message', message: `Unknown message "${name}".` } };
  try {
    return { result: await handler(params) };
  } catch (error) {
    return { error: errorInfo(error) };
  }
}

/** Listeners of runtime.onMessage (what the background broadcasts to extension pages). */
const pageListeners = new Set<(message: unknown) => unknown>();

export const fakeBrowser = {
  runtime: {
    onMessage: {
      addListener: vi.fn((listener: (message: unknown) => unknown) => void pageListeners.add(listener)),
      removeListener: vi.fn((listener: (message: unknown) => unknown) => void pageListeners.delete(listener)),
    },
    sendMessage: vi.fn(async (message: { name: string; params: unknown }) => {
      state.sentToBackground.push({ name: message.name, params: message.params });
      const handler = state.background[message.name as keyof BackgroundMessages] as ((p: unknown) => unknown) | undefined;
      return reply(handler, message.name, message.params);
    }),
    getURL: vi.fn((path: string) => `chrome-extension://abcdefghijklmnop${path}`),
    openOptionsPage: vi.fn(async () => {}),
  },
  tabs: {
    query: vi.fn(async () => (state.tabId === null ? [] : [{ id: state.tabId, active: true }])),
    sendMessage: vi.fn(async (tabId: number, message: { name: string; params: unknown }) => {
      if (state.noContentScript || tabId !== state.tabId)
        throw new Error('Could not establish connection. Receiving end does not exist.');
      state.sentToTab.push({ name: message.name, params: message.params });
      const handler = state.tab[message.name as keyof TabMessages] as ((p: unknown) => unknown) | undefined;
      return reply(handler, message.name, message.params);
    }),
  },
  i18n: {
    getMessage: vi.fn((key: string, substitutions?: string | string[]) => localisedMessage(state.locale, key, substitutions)),
    getUILanguage: vi.fn(() => state.uiLanguage),
  },
  commands: {
    getAll: vi.fn(async () => [] as { name?: string; description?: string; shortcut?: string }[]),
  },
  windows: {
    getCurrent: vi.fn(async () => ({ id: 7 })),
  },
  sidePanel: {
    open: vi.fn(async (_options: { windowId: number }) => {}),
  },
};

/** Resets the double: no handlers, one active tab with a content script, English UI. */
export function resetBrowser(): void {
  pageListeners.clear();
  state.background = {};
  state.tab = {};
  state.tabId = 1;
  state.noContentScript = false;
  state.uiLanguage = 'en-US';
  state.locale = 'en';
  state.sentToBackground = [];
  state.sentToTab = [];
  fakeBrowser.commands.getAll.mockReset().mockResolvedValue([]);
  fakeBrowser.sidePanel.open.mockReset().mockResolvedValue(undefined);
  fakeBrowser.runtime.getURL.mockImplementation((path: string) => `chrome-extension://abcdefghijklmnop${path}`);
}

export function onBackground(handlers: BgHandlers): void {
  Object.assign(state.background, handlers);
}

export function onTab(handlers: TabHandlers): void {
  Object.assign(state.tab, handlers);
}

export const browserState = state;

/** Messages of one name sent to the background, in order. */
export function sent(name: keyof BackgroundMessages): unknown[] {
  return state.sentToBackground.filter((m) => m.name === name).map((m) => m.params);
}

/** The background telling the extension's pages something (`notifyPages`): every runtime.onMessage listener hears it. */
export function toPages<N extends keyof PanelMessages>(name: N, params: PanelMessages[N]['params']): void {
  for (const listener of [...pageListeners]) listener({ channel: 'briefing-lens', name, params });
}

/** How many runtime.onMessage listeners a page has registered (left-over listeners are leaks). */
export function pageListenerCount(): number {
  return pageListeners.size;
}
