/**
 * The one typed message map shared by every sender and receiver.
 *
 * `BackgroundMessages` are handled by the background (which owns IndexedDB);
 * `TabMessages` are handled by the content script in a tab (sent by the popup and
 * the background). Every reply is `{ result } | { error }`, the error an `ErrorInfo`
 * (a stable code, an English message, and for malformed input the issues). The
 * background's params types come from their schemas (schemas/messages.ts).
 */
import type { CardData, EntitySummary, SearchHit, TimelineEntry } from './card';
import type { Source } from './model';
import type { PackImportPhase, PackImportReport, PackInfo } from './packs';
import type { ErrorInfo } from './errors';
import type { MatcherBundle } from './matcher-index';
import type { ParamsOf } from './schemas/messages';
import type { Settings } from './settings';
import type { ImportReport, Note, Pin, UserDataExport } from './user-data';

/** A type alias (not an interface) so it satisfies the router's `Record<string, …>` constraint. */
export type BackgroundMessages = {
  /** Liveness and versions: the extension's, and the enabled packs' (`id@version`, in order). */
  ping: { params: ParamsOf<'ping'>; result: { extension: string; packs: string } };
  /** The matcher bundle (compiled from the enabled packs) the content script matches with. */
  getMatcher: { params: ParamsOf<'getMatcher'>; result: MatcherBundle };
  /** One entity's card, or null when the id is unknown. */
  getCard: { params: ParamsOf<'getCard'>; result: CardData | null };
  /** Name, type, role and one-line summary for several ids (a light list); unknown ids are left out. */
  getSummaries: { params: ParamsOf<'getSummaries'>; result: EntitySummary[] };
  /** Every dated event and dated fact of these entities, oldest first; unknown ids are left out. */
  getTimeline: { params: ParamsOf<'getTimeline'>; result: TimelineEntry[] };
  search: { params: ParamsOf<'search'>; result: SearchHit[] };
  /** Installed packs in the reader's order. */
  listPacks: { params: ParamsOf<'listPacks'>; result: PackInfo[] };
  /** The sources a pack cites, newest first. */
  getPackSources: { params: ParamsOf<'getPackSources'>; result: Source[] };
  setPackEnabled: { params: ParamsOf<'setPackEnabled'>; result: PackInfo[] };
  movePack: { params: ParamsOf<'movePack'>; result: PackInfo[] };
  /** Removes an imported pack (bundled packs can only be switched off). */
  removePack: { params: ParamsOf<'removePack'>; result: PackInfo[] };
  /** Piece `index` of a pack's file text, and how many pieces there are. */
  exportPack: { params: ParamsOf<'exportPack'>; result: { text: string; pieces: number } };
  /** Starts importing a pack file: a token for its pieces. */
  importPackBegin: { params: ParamsOf<'importPackBegin'>; result: { token: string } };
  importPackPiece: { params: ParamsOf<'importPackPiece'>; result: true };
  /** Checks and installs the uploaded file; progress comes as `packImportProgress`. */
  importPackFinish: { params: ParamsOf<'importPackFinish'>; result: PackImportReport };
  importPackCancel: { params: ParamsOf<'importPackCancel'>; result: true };
  /** Settings, and whether highlighting is on for `site` (a hostname) when given. */
  getSettings: { params: ParamsOf<'getSettings'>; result: { settings: Settings; siteEnabled: boolean } };
  setSettings: { params: ParamsOf<'setSettings'>; result: Settings };
  setSiteEnabled: { params: ParamsOf<'setSiteEnabled'>; result: Settings };
  listPins: { params: ParamsOf<'listPins'>; result: Pin[] };
  setPin: { params: ParamsOf<'setPin'>; result: Pin[] };
  getNote: { params: ParamsOf<'getNote'>; result: Note | null };
  setNote: { params: ParamsOf<'setNote'>; result: Note | null };
  exportUserData: { params: ParamsOf<'exportUserData'>; result: UserDataExport };
  importUserData: { params: ParamsOf<'importUserData'>; result: ImportReport };
  /** "Open details" on a card: show the entity's detail view in a new tab. */
  openDetails: { params: ParamsOf<'openDetails'>; result: true };
  /**
   * "Open in side panel" on a card (Chromium): open the side panel of the card's window, within
   * the reader's click; where the browser refuses, the detail view opens in a tab instead.
   */
  openSidePanel: { params: ParamsOf<'openSidePanel'>; result: true };
  /** The side panel of window `windowId` takes the text a reader chose "Brief me on …" for there (once), or null. */
  takeBriefRequest: { params: ParamsOf<'takeBriefRequest'>; result: { query: string } | null };
  /** The side panel of window `windowId` takes the entity a card there asked it to show ("Open in side panel"; once), or null. */
  takeEntityRequest: { params: ParamsOf<'takeEntityRequest'>; result: { id: string } | null };
}

/** Sent by the background to the extension's pages (the side panel). */
export type PanelMessages = {
  /** A reader chose "Brief me on …": the panel should take the request (`takeBriefRequest`). */
  briefRequested: { params: Record<string, never>; result: true };
  /** Packs were imported, removed, switched or reordered: lists of packs should be read again. */
  packsChanged: { params: Record<string, never>; result: true };
  /** How far an import has got (for its progress bar). */
  packImportProgress: { params: { token: string; phase: PackImportPhase; done: number; total: number }; result: true };
  /** A card asked the panel to show its entity: the panel should take the request (`takeEntityRequest`). */
  entityRequested: { params: Record<string, never>; result: true };
}

export type TabMessages = {
  /** Entities found on the page, in the order they first appear, with their number of mentions. */
  pageEntities: { params: Record<string, never>; result: { host: string; enabled: boolean; entities: { id: string; count: number }[] } };
  /** Scroll to the next mention of an entity and flash it. */
  showMention: { params: { id: string }; result: boolean };
  /** Keyboard shortcut: focus the next (1) or previous (-1) highlight and open its card; false when there is none. */
  walkHighlight: { params: { direction: 1 | -1 }; result: boolean };
  /** Settings changed: re-read them and redraw or clear highlights. */
  settingsChanged: { params: { settings: Settings }; result: true };
  /** Packs were added, removed, switched or reordered: fetch the matcher again and redraw. */
  packsChanged: { params: Record<string, never>; result: true };
}

/** The port a side panel opens to a tab's top frame: the content script posts `PAGE_CHANGED` on it whenever the page's mentions change. */
export const PAGE_WATCH_PORT = 'briefing-lens-page-watch';
export const PAGE_CHANGED = 'page-changed';

export type BackgroundName = keyof BackgroundMessages;
export type TabName = keyof TabMessages;

/** A request on the wire. */
export interface Envelope<N extends string = string, P = unknown> {
  channel: 'briefing-lens';
  name: N;
  params: P;
}

export type Reply<R> = { result: R } | { error: ErrorInfo };
