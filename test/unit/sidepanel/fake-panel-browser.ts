/**
 * The popup's `webextension-polyfill` double plus what the side panel uses: the window and
 * tab it lives in, tab events, runtime messages from the background, and the port a panel
 * opens to a tab's top frame (`portToTab` lets a test post on it as the content script would).
 */
import { vi } from 'vitest';
import { fakeBrowser } from '../popup/fake-browser';

type Listener<A extends unknown[]> = (...args: A) => unknown;

function event<A extends unknown[]>() {
  const listeners = new Set<Listener<A>>();
  return {
    addListener: vi.fn((l: Listener<A>) => void listeners.add(l)),
    removeListener: vi.fn((l: Listener<A>) => void listeners.delete(l)),
    emit: (...args: A) => [...listeners].map((l) => l(...args)),
    get size() {
      return listeners.size;
    },
  };
}

function port() {
  return { onMessage: event<[unknown]>(), onDisconnect: event<[]>(), disconnect: vi.fn(), postMessage: vi.fn() };
}

export const ports: ReturnType<typeof port>[] = [];

export const panelBrowser = {
  ...fakeBrowser,
  runtime: { ...fakeBrowser.runtime, onMessage: event<[unknown]>() },
  tabs: {
    ...fakeBrowser.tabs,
    getCurrent: vi.fn(async () => undefined),
    connect: vi.fn((_tabId: number, _options: { name: string; frameId: number }) => {
      const p = port();
      ports.push(p);
      return p;
    }),
    onActivated: event<[{ tabId: number; windowId: number }]>(),
    onUpdated: event<[number, { status?: string }]>(),
  },
  windows: { getCurrent: vi.fn(async () => ({ id: 7 })) },
};

/** The port the panel opened last, as the content script sees it. */
export function portToTab() {
  return ports[ports.length - 1]!;
}
