/**
 * The IndexedDB schema of the local briefing store: its object stores and indexes
 * (typed for `idb` with `DBSchema`) and the versioned upgrade ladder that builds
 * them. Bundled stores (entities, quotes, sources, relations, meta) are replaced on
 * every dataset update; user stores (settings, pins, notes, packs) are never cleared.
 *
 * Versions:
 * - v1: entities (by-type), quotes (by-speaker, by-about), sources, relations
 *       (by-from, by-to), meta, settings, pins.
 * - v2: notes and packs stores; pins gain a by-pinnedAt index (newest-first lists).
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Dataset, Entity, EntityType, Quote, Relation, Source } from '../model';
import type { Settings } from '../settings';
import type { Note, Pin } from '../user-data';

export const DB_NAME = 'briefing-lens';
export const DB_VERSION = 2;

/** What the meta store records about the seeded dataset. */
export interface DatasetRecord {
  version: string;
  title: string;
  asOf: string;
  checksum: string;
  /** ISO timestamp of the seeding. */
  seededAt: string;
}

/** A dataset pack the reader imported on top of the bundled dataset; kept across dataset updates. */
export interface ImportedPack {
  id: string;
  title: string;
  version: string;
  importedAt: string;
  dataset: Dataset;
}

export interface BriefingDB extends DBSchema {
  entities: { key: string; value: Entity; indexes: { 'by-type': EntityType } };
  quotes: { key: string; value: Quote; indexes: { 'by-speaker': string; 'by-about': string } };
  sources: { key: string; value: Source };
  relations: { key: number; value: Relation; indexes: { 'by-from': string; 'by-to': string } };
  meta: { key: 'dataset'; value: DatasetRecord };
  settings: { key: 'settings'; value: Settings };
  pins: { key: string; value: Pin; indexes: { 'by-pinnedAt': string } };
  notes: { key: string; value: Note };
  packs: { key: string; value: ImportedPack };
}

export type BriefingDb = IDBPDatabase<BriefingDB>;
export type StoreName = StoreNames<BriefingDB>;

/** Stores filled from the bundled dataset: cleared and refilled on a dataset update. */
export const BUNDLED_STORES = ['entities', 'quotes', 'sources', 'relations', 'meta'] as const satisfies readonly StoreName[];
/** Stores holding the reader's own data: never cleared by seeding. */
export const USER_STORES = ['settings', 'pins', 'notes', 'packs'] as const satisfies readonly StoreName[];

type UpgradeTx = IDBPTransaction<BriefingDB, StoreName[], 'versionchange'>;

/** Runs every schema step between `oldVersion` and `newVersion`, in order. */
export function upgradeSchema(db: BriefingDb, oldVersion: number, newVersion: number, tx: UpgradeTx): void {
  if (oldVersion < 1 && newVersion >= 1) {
    const entities = db.createObjectStore('entities', { keyPath: 'id' });
    entities.createIndex('by-type', 'type');
    const quotes = db.createObjectStore('quotes', { keyPath: 'id' });
    quotes.createIndex('by-speaker', 'speaker');
    quotes.createIndex('by-about', 'about', { multiEntry: true });
    db.createObjectStore('sources', { keyPath: 'id' });
    const relations = db.createObjectStore('relations', { autoIncrement: true });
    relations.createIndex('by-from', 'from');
    relations.createIndex('by-to', 'to');
    db.createObjectStore('meta');
    db.createObjectStore('settings');
    db.createObjectStore('pins', { keyPath: 'id' });
  }
  if (oldVersion < 2 && newVersion >= 2) {
    db.createObjectStore('notes', { keyPath: 'id' });
    db.createObjectStore('packs', { keyPath: 'id' });
    tx.objectStore('pins').createIndex('by-pinnedAt', 'pinnedAt');
  }
}
