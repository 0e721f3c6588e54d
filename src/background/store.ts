/**
 * The local briefing store: the single source of truth for cards, search and the
 * reader's data. Opens IndexedDB, installs the bundled packs when they are missing or
 * outdated, builds the in-memory pack set and search index from the enabled packs, and
 * answers every read and write the background handlers need. `ready()` is one in-flight
 * promise, so concurrent wake-ups open and install once; a failure is reported (not
 * cached) so the next request tries again. Changes to packs run one at a time and swap
 * in a new pack set and index when done. Records that do not have their expected shape
 * (src/shared/db/records.ts) are skipped, never returned; a pack with damaged records is
 * installed again from its stored file when the store next gets ready.
 */
import { summaryOf, type CardData, type EntitySummary, type SearchHit, type TimelineEntry } from '../shared/card';
import { openBriefingDb } from '../shared/db/open';
import { isEntityRecord, isNoteRecord, isPinRecord, isQuoteRecord, isSourceRecord } from '../shared/db/records';
import { LEGACY_PACK_ID, type BriefingDb, type InstalledPack } from '../shared/db/schema';
import type { Entity, PackFile, Quote, Source } from '../shared/model';
import { CodedError, type ErrorCode } from '../shared/errors';
import { packKeyRange, packOfRef, toRef } from '../shared/pack-ref';
import { compareVersions } from '../shared/pack/semver';
import type { PackImportPhase, PackImportReport, PackInfo } from '../shared/packs';
import { normaliseSettings } from '../shared/schemas/settings';
import { isSiteEnabled, normaliseSite, type Settings } from '../shared/settings';
import type { ImportReport, Note, Pin, UserDataExport } from '../shared/user-data';
import { buildCard } from './cards';
import { checkImport } from './packs/check-import';
import { installPack, removePack, updatePackEntries } from './packs/install';
import { matcherBundle } from './packs/matcher';
import { PackSet } from './packs/pack-set';
import { SearchIndex, type SearchOptions } from './search/search-index';
import { buildTimeline } from './timeline';
import { buildExport, parseUserDataFile } from './user-data-file';
import type { MatcherBundle } from '../shared/matcher-index';

/** A pack the extension ships, as the build lists it (packs/bundled.json). */
export interface BundledEntry {
  id: string;
  version: string;
  /** Path of the pack file inside the extension. */
  file: string;
  checksum: string;
}

export interface StoreOptions {
  /** Lists the bundled packs in their default order. */
  loadBundledIndex: () => Promise<BundledEntry[]>;
  /** Reads one bundled pack file (checked at build time). */
  loadBundledPack: (entry: BundledEntry) => Promise<PackFile>;
  dbName?: string;
  openTimeoutMs?: number;
  now?: () => Date;
}

export interface ReadyState {
  db: BriefingDb;
  packs: PackSet;
  search: SearchIndex;
}

export interface PackImportOptions {
  allowDowngrade?: boolean;
  onProgress?: (phase: PackImportPhase, done: number, total: number) => void;
}

export class BriefingStore {
  private readying: Promise<ReadyState> | null = null;
  private readonly now: () => Date;
  /** Pack changes, one at a time. */
  private changing: Promise<unknown> = Promise.resolve();
  /** The matcher bundle of the current packs, kept while the worker lives (every page asks for it). */
  private matcher: { key: string; bundle: Promise<MatcherBundle> } | null = null;

  constructor(private readonly options: StoreOptions) {
    this.now = options.now ?? (() => new Date());
  }

  /** Opens, installs bundled packs if needed and indexes once; later calls share the same promise. */
  ready(): Promise<ReadyState> {
    if (!this.readying) {
      const attempt = this.prepare();
      this.readying = attempt;
      attempt.catch(() => {
        if (this.readying === attempt) this.readying = null;
      });
    }
    return this.readying;
  }

  private async prepare(): Promise<ReadyState> {
    const db = await openBriefingDb({
      name: this.options.dbName,
      timeoutMs: this.options.openTimeoutMs,
      onClose: () => {
        this.readying = null;
      },
    });
    try {
      await this.installBundled(db);
      let state = await indexPacks(db);
      if (state.damaged.size > 0) {
        console.warn(`Briefing Lens: stored records of ${[...state.damaged].join(', ')} were damaged; installing those packs again.`);
        for (const pack of state.damaged) {
          const file = await db.get('packFiles', pack);
          const installed = state.packs.get(pack);
          if (file && installed) await installPack(db, file, { origin: installed.origin, bundled: installed.bundled, checksum: installed.checksum, now: this.now() });
        }
        state = await indexPacks(db);
      }
      return state;
    } catch (error) {
      db.close();
      throw error;
    }
  }

  /**
   * Installs each bundled pack that is missing, or that the extension ships in another
   * build than the one installed; a pack the reader updated by import to a higher
   * version stays until the extension ships a higher version still.
   */
  private async installBundled(db: BriefingDb): Promise<void> {
    let entries: BundledEntry[];
    try {
      entries = await this.options.loadBundledIndex();
    } catch (error) {
      throw new Error(`The bundled briefing packs could not be read (${error instanceof Error ? error.message : String(error)}). Reinstall or reload the extension.`);
    }
    const installed = new Map((await db.getAll('packs')).map((pack) => [pack.id, pack]));
    const firstInstall = installed.size === 0;
    let nextOrder = [...installed.values()].reduce((max, pack) => Math.max(max, pack.order + 1), 0);
    const shipped = new Set(entries.map((entry) => entry.id));
    for (const [position, entry] of entries.entries()) {
      const current = installed.get(entry.id);
      const outdated = current && (current.origin === 'bundled' ? current.checksum !== entry.checksum : compareVersions(entry.version, current.header.version) > 0);
      if (!current || outdated) {
        let file: PackFile;
        try {
          file = await this.options.loadBundledPack(entry);
        } catch (error) {
          throw new Error(`The bundled briefing pack ${entry.id} could not be read (${error instanceof Error ? error.message : String(error)}). Reinstall or reload the extension.`);
        }
        await installPack(db, file, {
          origin: 'bundled',
          bundled: true,
          checksum: entry.checksum,
          order: current?.order ?? (firstInstall ? position : nextOrder++),
          now: this.now(),
        });
      } else if (!current.bundled) {
        await updatePackEntries(db, [{ ...current, bundled: true }]);
      }
    }
    const unshipped = [...installed.values()].filter((pack) => pack.bundled && !shipped.has(pack.id));
    if (unshipped.length > 0) await updatePackEntries(db, unshipped.map((pack) => ({ ...pack, bundled: false })));
  }

  /** Runs a change of packs after the ones before it, then swaps in the new pack set and index. */
  private change<T>(work: (state: ReadyState) => Promise<T>, onIndexing?: () => void): Promise<T> {
    const next = this.changing.then(async () => {
      const state = await this.ready();
      const result = await work(state);
      onIndexing?.();
      const fresh = await indexPacks(state.db);
      this.readying = Promise.resolve(fresh);
      return result;
    });
    this.changing = next.catch(() => undefined);
    return next;
  }

  /** Closes the connection (the next call reopens it). */
  async close(): Promise<void> {
    const current = this.readying;
    this.readying = null;
    if (current) (await current.catch(() => null))?.db.close();
  }

  /** The enabled packs' ids and versions, in order (what `ping` reports). */
  async packVersions(): Promise<string> {
    return (await this.ready()).packs.enabled.map((pack) => `${pack.id}@${pack.header.version}`).join(', ');
  }

  async getMatcher(): Promise<MatcherBundle> {
    const { db, packs } = await this.ready();
    const key = packs.matcherKey;
    if (this.matcher?.key !== key) {
      const bundle = matcherBundle(db, packs);
      const memo = { key, bundle };
      this.matcher = memo;
      bundle.catch(() => {
        if (this.matcher === memo) this.matcher = null;
      });
    }
    return this.matcher.bundle;
  }

  async getCard(ref: string): Promise<CardData | null> {
    const { db, packs } = await this.ready();
    return buildCard(db, ref, packs);
  }

  /** One-line summaries for `refs` in one read (an entity several packs describe, from its first pack); unknown, disabled and damaged ones are left out. */
  async getSummaries(refs: readonly string[]): Promise<EntitySummary[]> {
    const { db, packs } = await this.ready();
    const entities = db.transaction('entities').store;
    const wanted = [...new Set(refs.filter((ref) => packs.isEnabled(ref)).map((ref) => packs.primary(ref)))];
    const records = await Promise.all(wanted.map((ref) => entities.get(ref)));
    return records.filter(isEntityRecord).map((entity) => summaryOf(entity, packs.labelOf(entity.id)));
  }

  async getTimeline(refs: readonly string[]): Promise<TimelineEntry[]> {
    const { db, packs } = await this.ready();
    const members = refs.filter((ref) => packs.isEnabled(ref)).flatMap((ref) => packs.group(ref));
    return buildTimeline(db, members, (ref) => packs.primary(ref));
  }

  async search(query: string, options: SearchOptions & { packs?: readonly string[] } = {}): Promise<SearchHit[]> {
    const { search, packs } = await this.ready();
    const only = options.packs && options.packs.length > 0 ? new Set(options.packs) : null;
    const hits = search.search(query, {
      ...options,
      accept: (id) => packs.isEnabled(id) && (!only || packs.group(id).some((ref) => only.has(packOfRef(ref)))),
      canonical: (id) => packs.primary(id),
      rank: (id) => packs.packRank(id),
    });
    return hits.map((hit) => ({ ...hit, ...(hit.cardId ? { cardId: packs.primary(hit.cardId) } : {}), pack: packs.labelOf(hit.id) }));
  }

  async listPacks(): Promise<PackInfo[]> {
    return (await this.ready()).packs.ordered.map(packInfo);
  }

  /** The sources a pack cites, by date. */
  async getPackSources(pack: string): Promise<Source[]> {
    const { db, packs } = await this.ready();
    if (!packs.get(pack)) throw unknownPack(pack);
    return (await db.getAll('sources', packKeyRange(pack))).filter(isSourceRecord).sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
  }

  setPackEnabled(pack: string, enabled: boolean): Promise<PackInfo[]> {
    return this.change(async ({ db, packs }) => {
      const current = packs.get(pack);
      if (!current) throw unknownPack(pack);
      if (current.enabled !== enabled) await updatePackEntries(db, [{ ...current, enabled }]);
    }).then(() => this.listPacks());
  }

  /** Moves a pack one place up (-1) or down (1) in the reader's order. */
  movePack(pack: string, direction: -1 | 1): Promise<PackInfo[]> {
    return this.change(async ({ db, packs }) => {
      const order = [...packs.ordered];
      const at = order.findIndex((entry) => entry.id === pack);
      if (at < 0) throw unknownPack(pack);
      const to = at + direction;
      if (to < 0 || to >= order.length) return;
      [order[at], order[to]] = [order[to]!, order[at]!];
      await updatePackEntries(db, order.map((entry, i) => ({ ...entry, order: i })));
    }).then(() => this.listPacks());
  }

  removePack(pack: string): Promise<PackInfo[]> {
    return this.change(async ({ db, packs }) => {
      const current = packs.get(pack);
      if (!current) throw unknownPack(pack);
      if (current.bundled) throw new CodedError('pack-bundled', `"${pack}" ships with the extension: it can be switched off, not removed.`);
      await removePack(db, pack);
    }).then(() => this.listPacks());
  }

  /** The pack file as installed (an export re-imports identically). */
  async exportPack(pack: string): Promise<PackFile> {
    const { db, packs } = await this.ready();
    const file = packs.get(pack) ? await db.get('packFiles', pack) : undefined;
    if (!file) throw unknownPack(pack);
    return file;
  }

  /**
   * Imports a pack file's text: checks all of it, then installs it, or replaces the installed
   * pack with the same id when the file's version is higher (or lower, when the reader
   * confirmed a downgrade). Nothing changes unless every check passes; the write is one transaction.
   */
  importPack(text: string, options: PackImportOptions = {}): Promise<PackImportReport> {
    const progress = options.onProgress ?? (() => undefined);
    return this.change(
      async ({ db, packs }) => {
        progress('checking', 0, 1);
        const { file, warnings } = checkImport(text);
        const current = packs.get(file.pack.id);
        const order = compareVersions(file.pack.version, current?.header.version ?? '0.0.0');
        if (current && order === 0) {
          throw new CodedError('pack-same-version', `"${file.pack.id}" ${file.pack.version} is already installed.`, undefined, [file.pack.version]);
        }
        if (current && order < 0 && !options.allowDowngrade) {
          throw new CodedError(
            'pack-downgrade',
            `"${file.pack.id}" is installed in version ${current.header.version}, higher than ${file.pack.version}; confirm to downgrade.`,
            undefined,
            [current.header.version, file.pack.version],
          );
        }
        const result = await installPack(db, file, { origin: 'imported', bundled: false, now: this.now(), onProgress: (done, total) => progress('writing', done, total) });
        const report: PackImportReport = {
          pack: packInfo(result.pack),
          status: !current ? 'installed' : order > 0 ? 'updated' : 'downgraded',
          ...(current ? { previousVersion: current.header.version } : {}),
          droppedPins: result.droppedPins,
          droppedNotes: result.droppedNotes,
          warnings,
        };
        return report;
      },
      () => progress('indexing', 0, 1),
    );
  }

  async getSettings(site?: string): Promise<{ settings: Settings; siteEnabled: boolean }> {
    const { db } = await this.ready();
    const settings = normaliseSettings(await db.get('settings', 'settings'));
    return { settings, siteEnabled: site === undefined ? settings.enabled : isSiteEnabled(settings, site) };
  }

  private async updateSettings(change: (current: Settings) => Partial<Settings>): Promise<Settings> {
    const { db } = await this.ready();
    const tx = db.transaction('settings', 'readwrite');
    const current = normaliseSettings(await tx.store.get('settings'));
    const next = normaliseSettings({ ...current, ...change(current) });
    await Promise.all([tx.store.put(next, 'settings'), tx.done]);
    return next;
  }

  setSettings(patch: Partial<Settings>): Promise<Settings> {
    return this.updateSettings(() => patch);
  }

  setSiteEnabled(site: string, enabled: boolean): Promise<Settings> {
    const key = normaliseSite(site);
    if (key === '') return Promise.reject(new CodedError('bad-params', `"${site}" is not a hostname.`, [{ code: 'invalid-value', path: 'site', expected: 'hostname example.com' }]));
    return this.updateSettings((current) => ({
      disabledSites: enabled ? current.disabledSites.filter((s) => s !== key) : [...current.disabledSites, key],
    }));
  }

  /** Pins on entities of enabled packs, newest first; damaged pin records are left out (and left in place). */
  async listPins(): Promise<Pin[]> {
    const { db, packs } = await this.ready();
    return (await db.getAllFromIndex('pins', 'by-pinnedAt')).filter((pin) => isPinRecord(pin) && packs.isEnabled(pin.id)).reverse();
  }

  private async requireEntity(db: BriefingDb, packs: PackSet, ref: string): Promise<void> {
    if (!packs.isEnabled(ref) || (await db.count('entities', ref)) === 0) throw new CodedError('unknown-entity', `No entity with id "${ref}".`);
  }

  async setPin(ref: string, pinned: boolean): Promise<Pin[]> {
    const { db, packs } = await this.ready();
    if (pinned) {
      await this.requireEntity(db, packs, ref);
      const tx = db.transaction('pins', 'readwrite');
      if (!isPinRecord(await tx.store.get(ref))) await tx.store.put({ id: ref, pinnedAt: this.now().toISOString() });
      await tx.done;
    } else {
      await db.delete('pins', ref);
    }
    return this.listPins();
  }

  /** The note on an entity; null when there is none or its record is damaged (saving a new note replaces it). */
  async getNote(ref: string): Promise<Note | null> {
    const { db } = await this.ready();
    const note = await db.get('notes', ref);
    return isNoteRecord(note) ? note : null;
  }

  /** Saves a note; an empty (or blank) text deletes it. */
  async setNote(ref: string, text: string): Promise<Note | null> {
    const { db, packs } = await this.ready();
    if (text.trim() === '') {
      await db.delete('notes', ref);
      return null;
    }
    await this.requireEntity(db, packs, ref);
    const note: Note = { id: ref, text, updatedAt: this.now().toISOString() };
    await db.put('notes', note);
    return note;
  }

  async exportUserData(): Promise<UserDataExport> {
    const { db } = await this.ready();
    const tx = db.transaction(['settings', 'pins', 'notes'], 'readonly');
    const [settings, pins, notes] = await Promise.all([
      tx.objectStore('settings').get('settings'),
      tx.objectStore('pins').getAll(),
      tx.objectStore('notes').getAll(),
    ]);
    await tx.done;
    return buildExport(normaliseSettings(settings), pins.filter(isPinRecord), notes.filter(isNoteRecord), this.now());
  }

  /**
   * Imports an export file after checking all of it: settings in the file replace the
   * current ones field by field, pins are added (existing pins keep their date), and a
   * note replaces the stored one only when it is newer. Ids without a pack (files from
   * before packs) name the first bundled pack's entities. One transaction.
   */
  async importUserData(raw: unknown): Promise<ImportReport> {
    const parsed = parseUserDataFile(raw);
    const { db } = await this.ready();
    const tx = db.transaction(['settings', 'pins', 'notes'], 'readwrite');
    const settingsStore = tx.objectStore('settings');
    const pinStore = tx.objectStore('pins');
    const noteStore = tx.objectStore('notes');
    const report: ImportReport = { pins: 0, notes: 0, settings: false };
    const ref = (id: string) => (id.includes(':') ? id : toRef(LEGACY_PACK_ID, id));
    if (parsed.settings) {
      const current = normaliseSettings(await settingsStore.get('settings'));
      await settingsStore.put(normaliseSettings({ ...current, ...parsed.settings }), 'settings');
      report.settings = true;
    }
    for (const pin of parsed.pins) {
      const id = ref(pin.id);
      if (isPinRecord(await pinStore.get(id))) continue;
      await pinStore.put({ ...pin, id });
      report.pins++;
    }
    for (const note of parsed.notes) {
      const id = ref(note.id);
      const existing = await noteStore.get(id);
      if (isNoteRecord(existing) && existing.updatedAt >= note.updatedAt) continue;
      await noteStore.put({ ...note, id });
      report.notes++;
    }
    await tx.done;
    return report;
  }
}

function unknownPack(pack: string): CodedError {
  return new CodedError('unknown-pack' satisfies ErrorCode, `No installed pack "${pack}".`);
}

function packInfo(pack: InstalledPack): PackInfo {
  const { header } = pack;
  return {
    id: pack.id,
    title: header.title,
    version: header.version,
    asOf: header.asOf,
    description: header.description,
    languages: header.languages,
    license: header.license,
    authors: header.authors,
    ...(header.homepage ? { homepage: header.homepage } : {}),
    origin: pack.origin,
    bundled: pack.bundled,
    enabled: pack.enabled,
    counts: pack.counts,
    installedAt: pack.installedAt,
  };
}

/**
 * Reads the installed packs, and every entity and quote, and indexes the sound records of
 * enabled packs for search; `damaged` names the packs with records that are not sound.
 */
export async function indexPacks(db: BriefingDb): Promise<ReadyState & { damaged: Set<string> }> {
  const tx = db.transaction(['packs', 'entities', 'quotes'], 'readonly');
  const [installed, entities, quotes] = await Promise.all([tx.objectStore('packs').getAll(), tx.objectStore('entities').getAll(), tx.objectStore('quotes').getAll()]);
  await tx.done;
  const damaged = new Set<string>();
  const sound = <T,>(records: unknown[], is: (value: unknown) => value is T): T[] =>
    records.filter((record): record is T => {
      if (is(record)) return true;
      const id = (record as { id?: unknown } | null)?.id;
      if (typeof id === 'string') damaged.add(packOfRef(id));
      return false;
    });
  const goodEntities = sound<Entity>(entities, isEntityRecord);
  const goodQuotes = sound<Quote>(quotes, isQuoteRecord);
  const packs = new PackSet(installed, goodEntities);
  const search = SearchIndex.build(
    goodEntities.filter((entity) => packs.isEnabled(entity.id)),
    goodQuotes.filter((quote) => packs.isEnabled(quote.id)),
  );
  return { db, packs, search, damaged };
}
