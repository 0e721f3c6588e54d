/**
 * Installing, replacing and removing a pack's records in IndexedDB, each in one
 * transaction over the pack stores and the reader's pins and notes: any failure aborts
 * it, so the store holds the old pack or the new one, never a mix, and the reader's
 * data is as before. Replacing a pack drops the pins and notes of its entities that
 * no longer exist, and says how many.
 */
import type { IDBPTransaction } from 'idb';
import { packChecksum } from '../../shared/dataset/checksum';
import type { BriefingDB, BriefingDb, InstalledPack, PackCounts, PackOrigin, StoreName } from '../../shared/db/schema';
import type { PackFile } from '../../shared/model';
import { packKeyRange } from '../../shared/pack-ref';
import { namespacePack } from './namespace';

const STORES = ['entities', 'quotes', 'sources', 'relations', 'packs', 'packFiles', 'cache', 'pins', 'notes'] as const satisfies StoreName[];
type WriteTx = IDBPTransaction<BriefingDB, typeof STORES, 'readwrite'>;

/** Progress of a write: records written so far out of the total. */
export type WriteProgress = (done: number, total: number) => void;

export interface InstallOptions {
  origin: PackOrigin;
  bundled: boolean;
  /** Enabled state and order; default: kept from the installed pack, else enabled and last. */
  enabled?: boolean;
  order?: number;
  /** The checksum to record (a bundled pack's, from the build); default: the file's. */
  checksum?: string;
  now: Date;
  onProgress?: WriteProgress;
}

export interface InstallResult {
  pack: InstalledPack;
  /** The version this replaced, when it replaced one. */
  replaced?: string;
  droppedPins: number;
  droppedNotes: number;
}

function countsOf(file: PackFile): PackCounts {
  return { actor: file.actors.length, agreement: file.agreements.length, event: file.events.length, quote: file.quotes.length, source: file.sources.length, relation: file.relations.length };
}

/** Deletes every record of `pack` from the briefing stores (not its `packs` entry). */
async function deleteRecords(tx: WriteTx, pack: string): Promise<void> {
  const range = packKeyRange(pack);
  await Promise.all([tx.objectStore('entities').delete(range), tx.objectStore('quotes').delete(range), tx.objectStore('sources').delete(range)]);
  const relations = tx.objectStore('relations');
  const keys = await relations.index('by-from').getAllKeys(range);
  await Promise.all(keys.map((key) => relations.delete(key)));
}

/** Drops the pins and notes of `pack`'s entities that are not in `kept`; returns how many of each. */
async function dropOrphans(tx: WriteTx, pack: string, kept: Set<string>): Promise<{ pins: number; notes: number }> {
  const dropped = { pins: 0, notes: 0 };
  for (const store of ['pins', 'notes'] as const) {
    const keys = await tx.objectStore(store).getAllKeys(packKeyRange(pack));
    const gone = keys.filter((key) => !kept.has(key));
    await Promise.all(gone.map((key) => tx.objectStore(store).delete(key)));
    dropped[store] = gone.length;
  }
  return dropped;
}

async function run<T>(db: BriefingDb, work: (tx: WriteTx) => Promise<T>): Promise<T> {
  const tx = db.transaction(STORES, 'readwrite');
  try {
    const result = await work(tx);
    await tx.done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already aborted by the failed request.
    }
    await tx.done.catch(() => undefined);
    throw error;
  }
}

/** Installs `file`, replacing an installed pack with the same id. One transaction. */
export function installPack(db: BriefingDb, file: PackFile, options: InstallOptions): Promise<InstallResult> {
  const records = namespacePack(file);
  const total = records.sources.length + records.entities.length + records.quotes.length + records.relations.length;
  return run(db, async (tx) => {
    const packs = tx.objectStore('packs');
    const [previous, all] = await Promise.all([packs.get(file.pack.id), packs.getAll()]);
    if (previous) await deleteRecords(tx, file.pack.id);
    let done = 0;
    let reported = 0;
    const step = Math.max(1, Math.floor(total / 50));
    const wrote = () => {
      done++;
      if (options.onProgress && done - reported >= step) {
        reported = done;
        options.onProgress(done, total);
      }
    };
    const writes: Promise<unknown>[] = [];
    try {
      for (const source of records.sources) writes.push(tx.objectStore('sources').put(source).then(wrote));
      for (const entity of records.entities) writes.push(tx.objectStore('entities').put(entity).then(wrote));
      for (const quote of records.quotes) writes.push(tx.objectStore('quotes').put(quote).then(wrote));
      for (const relation of records.relations) writes.push(tx.objectStore('relations').add(relation).then(wrote));
    } catch (error) {
      // A record that cannot be stored throws at once; the writes queued before it fail with the abort.
      void Promise.allSettled(writes);
      throw error;
    }
    const installed: InstalledPack = {
      id: file.pack.id,
      header: file.pack,
      origin: options.origin,
      bundled: options.bundled || (previous?.bundled ?? false),
      enabled: options.enabled ?? previous?.enabled ?? true,
      order: options.order ?? previous?.order ?? all.reduce((max, pack) => Math.max(max, pack.order + 1), 0),
      checksum: options.checksum ?? packChecksum(file),
      installedAt: options.now.toISOString(),
      counts: countsOf(file),
    };
    writes.push(packs.put(installed), tx.objectStore('packFiles').put(file), tx.objectStore('cache').delete('matcher'));
    await Promise.all(writes);
    const dropped = previous ? await dropOrphans(tx, file.pack.id, new Set(records.entities.map((entity) => entity.id))) : { pins: 0, notes: 0 };
    options.onProgress?.(total, total);
    return { pack: installed, ...(previous ? { replaced: previous.header.version } : {}), droppedPins: dropped.pins, droppedNotes: dropped.notes };
  });
}

/**
 * Removes a pack and its records. One transaction. The reader's pins and notes on its
 * entities stay (lists leave them out), so importing the pack again brings them back.
 */
export function removePack(db: BriefingDb, pack: string): Promise<void> {
  return run(db, async (tx) => {
    await deleteRecords(tx, pack);
    await Promise.all([tx.objectStore('packs').delete(pack), tx.objectStore('packFiles').delete(pack), tx.objectStore('cache').delete('matcher')]);
  });
}

/** Writes changed `packs` entries (enabled state, order) and drops the cached matcher. */
export function updatePackEntries(db: BriefingDb, entries: InstalledPack[]): Promise<void> {
  return run(db, async (tx) => {
    await Promise.all([...entries.map((entry) => tx.objectStore('packs').put(entry)), tx.objectStore('cache').delete('matcher')]);
  });
}
