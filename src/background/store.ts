/**
 * The local briefing store: the single source of truth for cards, search and the
 * reader's data. Opens IndexedDB, seeds the bundled dataset when it is missing or
 * outdated, builds the in-memory search index from IndexedDB, and answers every
 * read and write the background handlers need. `ready()` is one in-flight promise, so
 * concurrent wake-ups open and seed once; a failure is reported (not cached) so the
 * next request tries again. Records that do not have their expected shape
 * (src/shared/db/records.ts) are skipped, never returned; damaged bundled records are
 * restored from the packaged seed when the store next gets ready.
 */
import { summaryOf, type CardData, type EntitySummary, type SearchHit, type StoreStats, type TimelineEntry } from '../shared/card';
import { openBriefingDb } from '../shared/db/open';
import { isEntityRecord, isNoteRecord, isPinRecord, isQuoteRecord, isSourceRecord } from '../shared/db/records';
import type { BriefingDb, DatasetRecord } from '../shared/db/schema';
import { readDatasetRecord, seedDataset, type SeedBundle, type SeedStatus } from '../shared/db/seed';
import { ENTITY_TYPES, type RecordType } from '../shared/model';
import { CodedError } from '../shared/errors';
import { normaliseSettings } from '../shared/schemas/settings';
import { isSiteEnabled, normaliseSite, type Settings } from '../shared/settings';
import type { ImportReport, Note, Pin, UserDataExport } from '../shared/user-data';
import { buildCard } from './cards';
import { SearchIndex, type SearchOptions } from './search/search-index';
import { buildTimeline } from './timeline';
import { buildExport, parseUserDataFile } from './user-data-file';

export interface StoreOptions {
  /** Reads the bundled seed (data/seed.json in the extension). */
  loadSeed: () => Promise<SeedBundle>;
  dbName?: string;
  openTimeoutMs?: number;
  now?: () => Date;
}

export interface ReadyState {
  db: BriefingDb;
  dataset: DatasetRecord;
  search: SearchIndex;
  /** What seeding did when this state was prepared. */
  seeded: SeedStatus;
}

export class BriefingStore {
  private readying: Promise<ReadyState> | null = null;
  private readonly now: () => Date;

  constructor(private readonly options: StoreOptions) {
    this.now = options.now ?? (() => new Date());
  }

  /** Opens, seeds if needed and indexes once; later calls share the same promise. */
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
      let bundle: SeedBundle;
      try {
        bundle = await this.options.loadSeed();
      } catch (error) {
        throw new Error(`The bundled dataset could not be read (${error instanceof Error ? error.message : String(error)}). Reinstall or reload the extension.`);
      }
      const seeded = await seedDataset(db, bundle, this.now);
      let indexed = await buildSearchIndex(db);
      if (indexed.damaged > 0) {
        console.warn(`Briefing Lens: ${indexed.damaged} stored briefing record(s) were damaged; restoring the bundled dataset.`);
        await seedDataset(db, bundle, this.now, true);
        indexed = await buildSearchIndex(db);
      }
      const dataset = await readDatasetRecord(db);
      if (!dataset) throw new Error('The briefing database has no dataset after seeding. Reload the extension.');
      return { db, dataset, search: indexed.search, seeded };
    } catch (error) {
      db.close();
      throw error;
    }
  }

  /** Closes the connection (the next call reopens it). */
  async close(): Promise<void> {
    const current = this.readying;
    this.readying = null;
    if (current) (await current.catch(() => null))?.db.close();
  }

  async datasetVersion(): Promise<string> {
    return (await this.ready()).dataset.version;
  }

  async getCard(id: string): Promise<CardData | null> {
    const { db, dataset } = await this.ready();
    return buildCard(db, id, dataset);
  }

  /** One-line summaries for `ids` in one read; unknown and damaged ids are left out. */
  async getSummaries(ids: readonly string[]): Promise<EntitySummary[]> {
    const { db } = await this.ready();
    const entities = db.transaction('entities').store;
    const records = await Promise.all([...new Set(ids)].map((id) => entities.get(id)));
    return records.filter(isEntityRecord).map(summaryOf);
  }

  async getTimeline(ids: readonly string[]): Promise<TimelineEntry[]> {
    return buildTimeline((await this.ready()).db, ids);
  }

  async search(query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
    return (await this.ready()).search.search(query, options);
  }

  async getStats(): Promise<StoreStats> {
    const { db, dataset } = await this.ready();
    const tx = db.transaction(['entities', 'quotes', 'sources', 'relations'], 'readonly');
    const byType = tx.objectStore('entities').index('by-type');
    const [typeCounts, quote, relation, sources] = await Promise.all([
      Promise.all(ENTITY_TYPES.map((type) => byType.count(type))),
      tx.objectStore('quotes').count(),
      tx.objectStore('relations').count(),
      tx.objectStore('sources').getAll().then((all) => all.filter(isSourceRecord)),
    ]);
    await tx.done;
    const counts = { quote, source: sources.length, relation } as Record<RecordType | 'source' | 'relation', number>;
    ENTITY_TYPES.forEach((type, i) => (counts[type] = typeCounts[i]!));
    return { dataset: { ...dataset }, counts, sources };
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

  /** Pins, newest first; damaged pin records are left out (and left in place). */
  async listPins(): Promise<Pin[]> {
    const { db } = await this.ready();
    return (await db.getAllFromIndex('pins', 'by-pinnedAt')).filter(isPinRecord).reverse();
  }

  private async requireEntity(db: BriefingDb, id: string): Promise<void> {
    if ((await db.count('entities', id)) === 0) throw new CodedError('unknown-entity', `No entity with id "${id}".`);
  }

  async setPin(id: string, pinned: boolean): Promise<Pin[]> {
    const { db } = await this.ready();
    if (pinned) {
      await this.requireEntity(db, id);
      const tx = db.transaction('pins', 'readwrite');
      if (!isPinRecord(await tx.store.get(id))) await tx.store.put({ id, pinnedAt: this.now().toISOString() });
      await tx.done;
    } else {
      await db.delete('pins', id);
    }
    return this.listPins();
  }

  /** The note on an entity; null when there is none or its record is damaged (saving a new note replaces it). */
  async getNote(id: string): Promise<Note | null> {
    const { db } = await this.ready();
    const note = await db.get('notes', id);
    return isNoteRecord(note) ? note : null;
  }

  /** Saves a note; an empty (or blank) text deletes it. */
  async setNote(id: string, text: string): Promise<Note | null> {
    const { db } = await this.ready();
    if (text.trim() === '') {
      await db.delete('notes', id);
      return null;
    }
    await this.requireEntity(db, id);
    const note: Note = { id, text, updatedAt: this.now().toISOString() };
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
   * note replaces the stored one only when it is newer. One transaction.
   */
  async importUserData(raw: unknown): Promise<ImportReport> {
    const parsed = parseUserDataFile(raw);
    const { db } = await this.ready();
    const tx = db.transaction(['settings', 'pins', 'notes'], 'readwrite');
    const settingsStore = tx.objectStore('settings');
    const pinStore = tx.objectStore('pins');
    const noteStore = tx.objectStore('notes');
    const report: ImportReport = { pins: 0, notes: 0, settings: false };
    if (parsed.settings) {
      const current = normaliseSettings(await settingsStore.get('settings'));
      await settingsStore.put(normaliseSettings({ ...current, ...parsed.settings }), 'settings');
      report.settings = true;
    }
    for (const pin of parsed.pins) {
      if (isPinRecord(await pinStore.get(pin.id))) continue;
      await pinStore.put(pin);
      report.pins++;
    }
    for (const note of parsed.notes) {
      const existing = await noteStore.get(note.id);
      if (isNoteRecord(existing) && existing.updatedAt >= note.updatedAt) continue;
      await noteStore.put(note);
      report.notes++;
    }
    await tx.done;
    return report;
  }
}

/** Reads every entity and quote from IndexedDB and indexes the sound ones for search; `damaged` counts the others. */
export async function buildSearchIndex(db: BriefingDb): Promise<{ search: SearchIndex; damaged: number }> {
  const tx = db.transaction(['entities', 'quotes'], 'readonly');
  const [entities, quotes] = await Promise.all([tx.objectStore('entities').getAll(), tx.objectStore('quotes').getAll()]);
  await tx.done;
  const goodEntities = entities.filter(isEntityRecord);
  const goodQuotes = quotes.filter(isQuoteRecord);
  const damaged = entities.length - goodEntities.length + quotes.length - goodQuotes.length;
  return { search: SearchIndex.build(goodEntities, goodQuotes), damaged };
}
