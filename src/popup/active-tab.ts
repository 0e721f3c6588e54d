/**
 * Loads what the popup and the side panel know about a tab (the active one, or the one named by
 * `?tab=<id>`): the entities the content script of its top frame found, their one-line summaries,
 * and the tab's host; tells apart the ways this can fail.
 */
import browser from 'webextension-polyfill';
import type { Lang } from '../shared/model';
import { MessageError, sendToBackground, sendToTab } from '../shared/messaging';
import { errorText } from '../shared/ui/error-text';
import { groupPageEntities, inPageOrder, type PageEntry, type PageGroup } from './page-entities';

export type PageState =
  | { status: 'loading' }
  /** No tab, or a page where content scripts cannot run (browser pages, extension stores, not yet reloaded). */
  | { status: 'unavailable' }
  /** The content script answered with an error. */
  | { status: 'page-error'; message: string }
  /** The briefing store (background) failed. */
  | { status: 'store-error'; message: string }
  | { status: 'ready'; tabId: number; host: string; enabled: boolean; groups: PageGroup[]; total: number; inPageOrder: PageEntry[] };

export type LoadedPage = Exclude<PageState, { status: 'loading' }>;


export async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** The top frame answers for the page; the content scripts of its iframes are not asked (their replies would race). */
export const TOP_FRAME = 0;

/** `tabId`: the tab the popup was opened for, or null for the active tab of the popup's window. */
export async function loadPage(lang: Lang, tabId: number | null): Promise<LoadedPage> {
  const target = tabId ?? (await activeTabId().catch(() => undefined));
  if (target === undefined) return { status: 'unavailable' };
  let page;
  try {
    page = await sendToTab(target, 'pageEntities', {}, TOP_FRAME);
  } catch (error) {
    // A rejected sendMessage means nothing listens in the tab; an error reply means the content script failed.
    return error instanceof MessageError ? { status: 'page-error', message: errorText(error) } : { status: 'unavailable' };
  }
  const ids = page.entities.map((e) => e.id);
  // Whether highlighting is on comes from the saved settings: right after a switch is
  // flipped the tab may not have heard of it yet. Its own view is the fallback.
  const enabled = sendToBackground('getSettings', { site: page.host }).then(
    (reply) => reply.siteEnabled,
    () => page.enabled,
  );
  let summaries;
  try {
    summaries = ids.length > 0 ? await sendToBackground('getSummaries', { ids }) : [];
  } catch (error) {
    return { status: 'store-error', message: errorText(error) };
  }
  const groups = groupPageEntities(page.entities, summaries, lang);
  const total = groups.reduce((n, g) => n + g.entries.length, 0);
  return { status: 'ready', tabId: target, host: page.host, enabled: await enabled, groups, total, inPageOrder: inPageOrder(page.entities, summaries) };
}
