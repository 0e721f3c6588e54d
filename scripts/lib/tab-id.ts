/**
 * Finds the tab id of a fixture page in Chromium, so the popup can be opened for it
 * (`popup.html?tab=<id>`). The extension has no `tabs` permission, so its service
 * worker cannot read tab URLs; it asks each tab's top-frame content script for its host.
 * Used by the popup benchmark and the Chromium popup suite.
 */
import type { ChromiumSession } from './launch';

/** The slice of the extension API the service-worker snippet uses. */
declare const chrome: {
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<{ result?: { host: string } } | undefined>;
  };
};

/** The id of the one tab whose page is on `host`; throws when there is none or more than one. */
export async function tabIdByHost(session: ChromiumSession, host: string): Promise<number> {
  const ids = await session.worker.evaluate(async (wanted) => {
    const found: number[] = [];
    for (const tab of await chrome.tabs.query({})) {
      if (tab.id === undefined) continue;
      const reply = await chrome.tabs
        .sendMessage(tab.id, { channel: 'briefing-lens', name: 'pageEntities', params: {} }, { frameId: 0 })
        .catch(() => undefined);
      if (reply?.result?.host === wanted) found.push(tab.id);
    }
    return found;
  }, host);
  if (ids.length !== 1) throw new Error(`expected one tab on ${host}, found ${JSON.stringify(ids)}`);
  return ids[0]!;
}
