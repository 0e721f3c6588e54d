/**
 * Which tab the side panel briefs: the one named by `?tab=<id>` (tests, and a panel opened
 * for one tab), else the active tab of the panel's own window, followed as the reader
 * switches tabs or a tab finishes loading a new page. The panel's own tab (when it is
 * opened as a page) is never its subject.
 */
import { useEffect, useState } from 'preact/hooks';
import browser, { type Tabs } from 'webextension-polyfill';

export interface PanelTab {
  id: number | null;
  /** Bumped when the tab loaded a new page, so the panel reloads even though the id is the same. */
  loads: number;
}

export function usePanelTab(fixed: number | null): PanelTab {
  const [tab, setTab] = useState<PanelTab>({ id: fixed, loads: 0 });
  useEffect(() => {
    const controller = new AbortController();
    let windowId: number | undefined;
    let ownTab: number | undefined;
    const follow = (id: number | undefined) => {
      if (id === undefined || id === ownTab || controller.signal.aborted) return;
      setTab((current) => (current.id === id ? current : { id, loads: current.loads }));
    };
    const onActivated = (info: Tabs.OnActivatedActiveInfoType) => {
      if (fixed === null && info.windowId === windowId) follow(info.tabId);
    };
    const onUpdated = (tabId: number, change: Tabs.OnUpdatedChangeInfoType) => {
      if (change.status !== 'complete') return;
      setTab((current) => (current.id === tabId ? { id: tabId, loads: current.loads + 1 } : current));
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    if (fixed === null) {
      browser.tabs.onActivated.addListener(onActivated);
      void Promise.all([browser.windows.getCurrent(), browser.tabs.getCurrent()]).then(async ([window, own]) => {
        windowId = window.id;
        ownTab = own?.id;
        const [active] = await browser.tabs.query({ active: true, windowId });
        follow(active?.id);
      });
    }
    controller.signal.addEventListener('abort', () => {
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.tabs.onActivated.removeListener(onActivated);
    });
    return () => controller.abort();
  }, [fixed]);
  return tab;
}
