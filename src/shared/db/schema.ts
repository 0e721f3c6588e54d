/**
 * The IndexedDB schema of the local briefing store: its object stores and indexes
 * (typed for `idb` with `DBSchema`) and the versioned upgrade ladder that builds
 * them. Briefing stores (entities, quotes, sources, relations) hold the records of every
 * installed pack, keyed by ref `<pack>:<id>` (src/shared/pack-ref.ts); `packs` says which
 * packs are installed, enabled and in what order, `packFiles` keeps each pack file as
 * installed (for export), `cache` what is derived from them (the matcher bundle). User
 * stores (settings, pins, notes) are never cleared.
 *
 * Versions:
 * - v1: entities (by-type), quotes (by-speaker, by-about), sources, relations
 *       (by-from, by-to), meta, settings, pins.
 * - v2: notes and packs stores; pins gain a by-pinnedAt index (newest-first lists).
 * - v3: briefing packs. Records are keyed by ref; the bundled dataset's records are
 *       cleared (the bundled packs are installed again on the next start), pins and
 *       notes keyed by bare entity ids move to refs of the first bundled pack, `meta`
 *       gives way to `packs` (the unused v2 store, recreated), `packFiles` and `cache`.
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Entity, EntityType, PackFile, PackHeader, Quote, Relation, Source } from '../model';
import { toRef } from '../pack-ref';
import type { MatcherBundle } from '../matcher-index';
import type { Settings } from '../settings';
import type { Note, Pin } from '../user-data';

export const DB_NAME = 'briefing-lens';
export const DB_VERSION = 3;

/** The pack whose records were the whole store before packs (DB v1–v2): bare ids in pins, notes and old export files belong to it. */
export const LEGACY_PACK_ID = 'japan-us-state-visit-2024';

/** Where an installed pack came from: shipped with the extension, or imported by the reader. */
export type PackOrigin = 'bundled' | 'imported';

/** How many records of each kind a pack holds. */
export interface PackCounts {
  actor: number;
  agreement: number;
  event: number;
  quote: number;
  source: number;
  relation: number;
}

/** An installed briefing pack. */
export interface InstalledPack {
  id: string;
  header: PackHeader;
  origin: PackOrigin;
  /** The extension ships a pack with this id: it can be switched off, not removed. */
  bundled: boolean;
  enabled: boolean;
  /** Position in the reader's order (ties between packs go to the lower). */
  order: number;
  /** Checksum of the pack file's canonical JSON (src/shared/dataset/checksum.ts). */
  checksum: string;
  /** ISO timestamp of the install or update. */
  installedAt: string;
  counts: PackCounts;
}

/** The matcher bundle compiled from the enabled packs, and the state it was compiled from. */
export interface MatcherCache {
  key: string;
  bundle: MatcherBundle;
}

export interface BriefingDB extends DBSchema {
  entities: { key: string; value: Entity; indexes: { 'by-type': EntityType } };
  quotes: { key: string; value: Quote; indexes: { 'by-speaker': string; 'by-about': string } };
  sources: { key: string; value: Source };
  relations: { key: number; value: Relation; indexes: { 'by-from': string; 'by-to': string } };
  settings: { key: 'settings'; value: Settings };
  pins: { key: string; value: Pin; indexes: { 'by-pinnedAt': string } };
  notes: { key: string; value: Note };
  packs: { key: string; value: InstalledPack };
  packFiles: { key: string; value: PackFile };
  cache: { key: 'matcher'; value: MatcherCache };
}

export type BriefingDb = IDBPDatabase<BriefingDB>;
export type StoreName = StoreNames<BriefingDB>;

/** Stores holding the installed packs' records (written only by installing or removing a pack). */
export const PACK_STORES = ['entities', 'quotes', 'sources', 'relations', 'packs', 'packFiles', 'cache'] as const satisfies readonly StoreName[];
/** Stores holding the reader's own data: never cleared. */
export const USER_STORES = ['settings', 'pins', 'notes'] as const satisfies readonly StoreName[];

type UpgradeTx = IDBPTransaction<BriefingDB, StoreName[], 'versionchange'>;

/** v1–v2 stores the typed schema no longer names. */
type LegacyDb = IDBPDatabase<unknown>;

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
    (db as unknown as LegacyDb).createObjectStore('meta');
    db.createObjectStore('settings');
    db.createObjectStore('pins', { keyPath: 'id' });
  }
  if (oldVersion < 2 && newVersion >= 2) {
    db.createObjectStore('notes', { keyPath: 'id' });
    db.createObjectStore('packs', { keyPath: 'id' });
    tx.objectStore('pins').createIndex('by-pinnedAt', 'pinnedAt');
  }
  if (oldVersion < 3 && newVersion >= 3) upgradeToPacks(db, oldVersion, tx);
}

/** v3: records keyed by ref; pins and notes of bare ids move to the first bundled pack's refs. */
function upgradeToPacks(db: BriefingDb, oldVersion: number, tx: UpgradeTx): void {
  for (const store of ['entities', 'quotes', 'sources', 'relations'] as const) void tx.objectStore(store).clear();
  (db as unknown as LegacyDb).deleteObjectStore('meta');
  db.deleteObjectStore('packs');
  db.createObjectStore('packs', { keyPath: 'id' });
  db.createObjectStore('packFiles', { keyPath: 'pack.id' });
  db.createObjectStore('cache');
  if (oldVersion < 1) return;
  for (const store of ['pins', 'notes'] as const) {
    const records = tx.objectStore(store);
    void records.getAll().then((all) =>
      Promise.all(
        all.flatMap((record: { id?: unknown }) =>
          typeof record.id === 'string' && !record.id.includes(':')
            ? [records.delete(record.id), records.put({ ...record, id: toRef(LEGACY_PACK_ID, record.id) } as never)]
            : [],
        ),
      ),
    );
  }
}
