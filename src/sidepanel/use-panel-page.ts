/**
 * The side panel's view of its tab's page: loaded with the popup's `loadPage`, then kept
 * live through a port to the tab's top frame, on which the content script says when the
 * page's mentions changed (a live blog, an infinite scroll, a single-page app). While a
 * reload is on its way the previous list stays, so the panel neither flickers nor loses
 * the reader's scroll position.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { PAGE_CHANGED, PAGE_WATCH_PORT } from '../shared/messages';
import type { Lang } from '../shared/model';
import { loadPage, TOP_FRAME, type PageState } from '../popup/active-tab';
import type { PanelTab } from './panel-tab';

/** How long to wait before connecting again when a tab's content script was not there yet, and how often. */
const RETRY_MS = 1000;
const RETRIES = 5;

export function usePanelPage(lang: Lang, tab: PanelTab): PageState {
  const [page, setPage] = useState<PageState>({ status: 'loading' });
  useEffect(() => {
    const tabId = tab.id;
    if (tabId === null) return;
    const controller = new AbortController();
    const { signal } = controller;
    let ticket = 0;
    const reload = () => {
      const mine = ++ticket;
      void loadPage(lang, tabId).then((next) => {
        if (!signal.aborted && mine === ticket) setPage(next);
      });
    };
    let retry: ReturnType<typeof setTimeout> | undefined;
    let attempts = 0;
    const connect = () => {
      attempts++;
      const port = browser.tabs.connect(tabId, { name: PAGE_WATCH_PORT, frameId: TOP_FRAME });
      port.onMessage.addListener((message: unknown) => {
        attempts = 0;
        if (message === PAGE_CHANGED) reload();
      });
      port.onDisconnect.addListener(() => {
        // The page navigated or its content script was not ready: look again shortly.
        if (!signal.aborted && attempts < RETRIES) retry = setTimeout(() => (reload(), connect()), RETRY_MS);
      });
      signal.addEventListener('abort', () => port.disconnect(), { once: true });
    };
    reload();
    connect();
    signal.addEventListener('abort', () => clearTimeout(retry), { once: true });
    return () => controller.abort();
  }, [lang, tab.id, tab.loads]);
  return page;
}
