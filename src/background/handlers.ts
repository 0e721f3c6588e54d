/**
 * The background's message handlers: one per `BackgroundMessages` entry, each a thin
 * call into the briefing store. Validation happens before (validate-params.ts); any
 * thrown Error becomes an `{ error }` reply through the router.
 */
import type { BackgroundMessages } from '../shared/messages';
import type { PackImportPhase } from '../shared/packs';
import type { Handlers } from '../shared/messaging';
import type { Settings } from '../shared/settings';
import { PackTransfers } from './packs/uploads';
import type { BriefingStore } from './store';

export interface HandlerEnv {
  /** The extension's version (from the manifest). */
  extensionVersion: string;
  /** Told after every settings change (the background forwards it to open tabs). */
  onSettingsChanged: (settings: Settings) => void;
  /** Told after packs were imported, removed, switched or reordered (the background tells open tabs). */
  onPacksChanged: () => void;
  /** Reports an import's progress to the extension's pages. */
  onImportProgress: (token: string, phase: PackImportPhase, done: number, total: number) => void;
  /** Shows an entity's detail view (the popup page in a tab), for the page in tab `fromTab` when known. */
  openDetails: (id: string, fromTab?: number) => Promise<void>;
  /**
   * Opens the side panel of window `windowId` for the card of entity `id` in tab `fromTab`.
   * Called synchronously from the message listener, so the browser still sees the reader's click.
   */
  openSidePanel?: (id: string, fromTab?: number, windowId?: number) => Promise<void>;
  /** Hands out (once) the text a reader chose "Brief me on …" for in a window; absent where there is no such menu. */
  takeBriefRequest?: (windowId: number) => { query: string } | null;
  /** Hands out (once) the entity a card asked a window's side panel to show; absent where there is no side panel to open from a card. */
  takeEntityRequest?: (windowId: number) => { id: string } | null;
}

/** The tab a message came from (a content script), if any. */
function senderTab(sender: unknown): number | undefined {
  const id = (sender as { tab?: { id?: unknown } } | null)?.tab?.id;
  return typeof id === 'number' && id >= 0 ? id : undefined;
}

/** The window of the tab a message came from, if any. */
function senderWindow(sender: unknown): number | undefined {
  const id = (sender as { tab?: { windowId?: unknown } } | null)?.tab?.windowId;
  return typeof id === 'number' && id >= 0 ? id : undefined;
}

export function createHandlers(store: BriefingStore, env: HandlerEnv): Handlers<BackgroundMessages> {
  const transfers = new PackTransfers();
  const changed = (settings: Settings) => {
    env.onSettingsChanged(settings);
    return settings;
  };
  const packsChanged = <T,>(result: T) => {
    env.onPacksChanged();
    return result;
  };

  return {
    ping: async () => ({ extension: env.extensionVersion, packs: await store.packVersions() }),
    getMatcher: () => store.getMatcher(),
    getCard: ({ id }) => store.getCard(id),
    getSummaries: ({ ids }) => store.getSummaries(ids),
    getTimeline: ({ ids }) => store.getTimeline(ids),
    search: ({ query, types, limit, packs }) => store.search(query, { types, limit, packs }),
    listPacks: () => store.listPacks(),
    getPackSources: ({ pack }) => store.getPackSources(pack),
    setPackEnabled: async ({ pack, enabled }) => packsChanged(await store.setPackEnabled(pack, enabled)),
    movePack: async ({ pack, direction }) => packsChanged(await store.movePack(pack, direction)),
    removePack: async ({ pack }) => packsChanged(await store.removePack(pack)),
    exportPack: ({ pack, index }) => transfers.exportPiece(pack, index, async () => `${JSON.stringify(await store.exportPack(pack), null, 2)}\n`),
    importPackBegin: ({ bytes }) => ({ token: transfers.begin(bytes) }),
    importPackPiece: ({ token, index, text }) => {
      transfers.add(token, index, text);
      return true as const;
    },
    importPackFinish: async ({ token, allowDowngrade }) =>
      packsChanged(await store.importPack(transfers.take(token), { allowDowngrade, onProgress: (phase, done, total) => env.onImportProgress(token, phase, done, total) })),
    importPackCancel: ({ token }) => {
      transfers.cancel(token);
      return true as const;
    },
    getSettings: ({ site }) => store.getSettings(site),
    setSettings: async ({ settings }) => changed(await store.setSettings(settings)),
    setSiteEnabled: async ({ site, enabled }) => changed(await store.setSiteEnabled(site, enabled)),
    listPins: () => store.listPins(),
    setPin: ({ id, pinned }) => store.setPin(id, pinned),
    getNote: ({ id }) => store.getNote(id),
    setNote: ({ id, text }) => store.setNote(id, text),
    exportUserData: () => store.exportUserData(),
    openDetails: async ({ id }, sender) => {
      await env.openDetails(id, senderTab(sender));
      return true as const;
    },
    openSidePanel: async ({ id }, sender) => {
      const tab = senderTab(sender);
      if (env.openSidePanel) await env.openSidePanel(id, tab, senderWindow(sender));
      else await env.openDetails(id, tab);
      return true as const;
    },
    takeBriefRequest: ({ windowId }) => env.takeBriefRequest?.(windowId) ?? null,
    takeEntityRequest: ({ windowId }) => env.takeEntityRequest?.(windowId) ?? null,
    importUserData: async ({ data }) => {
      const report = await store.importUserData(data);
      if (report.settings) changed((await store.getSettings()).settings);
      return report;
    },
  };
}
