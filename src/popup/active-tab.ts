/**
 * Loads what the popup knows about the active tab: the entities its content script
 * found, their cards, and the tab's host; tells apart the ways this can fail.
 */
import browser from 'webextension-polyfill';
import type { Lang } from '../shared/model';
import { MessageError, sendToBackground, sendToTab } from '../shared/messaging';
import { groupPageEntities, type PageGroup } from './page-entities';

export type PageState =
  | { status: 'loading' }
  /** No tab, or a page where content scripts cannot run (browser pages, extension stores, not yet reloaded). */
  | { status: 'unavailable' }
  /** The content script answered with an error. */
  | { status: 'page-error'; message: string }
  /** The briefing store (background) failed. */
  | { status: 'store-error'; message: string }
  | { status: 'ready'; tabId: number; host: string; enabled: boolean; groups: PageGroup[]; total: number };

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export async function loadPage(lang: Lang): Promise<Exclude<PageState, { status: 'loading' }>> {
  const tabId = await activeTabId().catch(() => undefined);
  if (tabId === undefined) return { status: 'unavailable' };
  let page;
  try {
    page = await sendToTab(tabId, 'pageEntities', {});
  } catch (error) {
    // A rejected sendMessage means nothing listens in the tab; an error reply means the content script failed.
    return error instanceof MessageError ? { status: 'page-error', message: error.message } : { status: 'unavailable' };
  }
  const ids = page.entities.map((e) => e.id);
  let cards;
  try {
    cards = ids.length > 0 ? await sendToBackground('getCards', { ids }) : [];
  } catch (error) {
    return { status: 'store-error', message: describe(error) };
  }
  const groups = groupPageEntities(page.entities, cards, lang);
  const total = groups.reduce((n, g) => n + g.entries.length, 0);
  return { status: 'ready', tabId, host: page.host, enabled: page.enabled, groups, total };
}
