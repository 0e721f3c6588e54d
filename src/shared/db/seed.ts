/**
 * Seeding the bundled dataset into IndexedDB. One readwrite transaction over the
 * bundled stores: it checks the recorded version and checksum first (so a second,
 * concurrent seeding finds the work done), then clears and refills every bundled
 * store and records the new version. Any failure aborts the whole transaction, so
 * the store holds either the old dataset or the new one, never a mix. User stores
 * are outside the transaction and never touched.
 */
import type { Dataset } from '../model';
import { BUNDLED_STORES, type BriefingDb, type DatasetRecord } from './schema';

/** What the build writes to data/seed.json. */
export interface SeedBundle {
  dataset: Dataset;
  checksum: string;
}

/** `seeded`: first install; `updated`: replaced an older dataset; `current`: nothing to do. */
export type SeedStatus = 'seeded' | 'updated' | 'current';

export async function readDatasetRecord(db: BriefingDb): Promise<DatasetRecord | undefined> {
  return db.get('meta', 'dataset');
}

/**
 * Seeds `bundle` unless it is already current; `force` rewrites the bundled stores even
 * then (used to restore damaged bundled records).
 */
export async function seedDataset(db: BriefingDb, bundle: SeedBundle, now: () => Date = () => new Date(), force = false): Promise<SeedStatus> {
  const { dataset, checksum } = bundle;
  const tx = db.transaction(BUNDLED_STORES, 'readwrite');
  const writes: Promise<unknown>[] = [];
  try {
    const meta = tx.objectStore('meta');
    const current = await meta.get('dataset');
    if (!force && current && current.version === dataset.meta.version && current.checksum === checksum) {
      await tx.done;
      return 'current';
    }
    const entities = tx.objectStore('entities');
    const quotes = tx.objectStore('quotes');
    const sources = tx.objectStore('sources');
    const relations = tx.objectStore('relations');
    writes.push(entities.clear(), quotes.clear(), sources.clear(), relations.clear());
    for (const source of dataset.sources) writes.push(sources.put(source));
    for (const entity of [...dataset.actors, ...dataset.agreements, ...dataset.events]) writes.push(entities.put(entity));
    for (const quote of dataset.quotes) writes.push(quotes.put(quote));
    for (const relation of dataset.relations) writes.push(relations.add(relation));
    const record: DatasetRecord = {
      version: dataset.meta.version,
      title: typeof dataset.meta.title === 'string' ? dataset.meta.title : dataset.meta.title.en,
      asOf: dataset.meta.asOf,
      checksum,
      seededAt: now().toISOString(),
    };
    writes.push(meta.put(record, 'dataset'));
    await Promise.all([...writes, tx.done]);
    return current ? 'updated' : 'seeded';
  } catch (error) {
    // A request that throws synchronously (e.g. a record without an id) does not abort
    // the transaction by itself: abort it so nothing already written is committed.
    try {
      tx.abort();
    } catch {
      // Already aborted by the failed request.
    }
    await Promise.allSettled([...writes, tx.done]);
    throw new Error(`Seeding the bundled dataset ${dataset.meta?.version ?? '(no version)'} failed, nothing was changed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
