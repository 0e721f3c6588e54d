/**
 * Measures the briefing store where it runs (Node with fake-indexeddb for a first
 * figure, real Chromium for the final one): install (open + install the packs + index),
 * a later wake-up (open + version check + index from IndexedDB), and search latency over
 * a fixed list of queries. Uses the same code paths as the background (bundled from
 * src/background by store-chromium.ts); the extension itself never runs it.
 */
import { deleteDB } from 'idb';
import type { PackFile } from '../../src/shared/model';
import { openBriefingDb } from '../../src/shared/db/open';
import { installPack } from '../../src/background/packs/install';
import { BriefingStore, indexPacks, type BundledEntry } from '../../src/background/store';

export interface StoreMeasurement {
  entities: number;
  quotes: number;
  /** First run: open, install every pack (one transaction each), build the search index. */
  installMs: number;
  /** Installing the packs alone on a fresh database. */
  seedMs: number;
  /** A later wake-up: open, find the packs current, build the search index from IndexedDB. */
  wakeMs: number;
  /** Of which reading every entity and quote back and building the search index. */
  indexMs: number;
  search: { runs: number; medianMs: number; p95Ms: number; maxMs: number; meanHits: number };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function measureStore(packs: readonly PackFile[], queries: readonly string[], options: { dbName?: string; rounds?: number } = {}): Promise<StoreMeasurement> {
  const dbName = options.dbName ?? `briefing-lens-bench-${packs.map((pack) => pack.pack.id).join('+')}`;
  const rounds = options.rounds ?? 5;
  const entries: BundledEntry[] = packs.map((pack) => ({ id: pack.pack.id, version: pack.pack.version, file: `${pack.pack.id}.briefing.json`, checksum: `bench-${pack.pack.version}` }));
  const bundled = { loadBundledIndex: () => Promise.resolve(entries), loadBundledPack: (entry: BundledEntry) => Promise.resolve(packs.find((pack) => pack.pack.id === entry.id)!) };

  await deleteDB(dbName);
  const db = await openBriefingDb({ name: dbName });
  const seedStart = performance.now();
  for (const pack of packs) await installPack(db, pack, { origin: 'bundled', bundled: true, now: new Date() });
  const seedMs = performance.now() - seedStart;
  db.close();
  await deleteDB(dbName);

  const installStart = performance.now();
  const install = new BriefingStore({ dbName, ...bundled });
  await install.ready();
  const installMs = performance.now() - installStart;
  await install.close();

  let loads = 0;
  const wakeStart = performance.now();
  const wake = new BriefingStore({ dbName, ...bundled, loadBundledPack: (entry) => (loads++, bundled.loadBundledPack(entry)) });
  const woken = await wake.ready();
  const wakeMs = performance.now() - wakeStart;
  if (loads !== 0) throw new Error('benchmark: the wake-up installed packs again');

  const indexStart = performance.now();
  await indexPacks(woken.db);
  const indexMs = performance.now() - indexStart;

  const index = woken.search;
  for (const query of queries) index.search(query);
  const times: number[] = [];
  let hits = 0;
  for (let round = 0; round < rounds; round++) {
    for (const query of queries) {
      const start = performance.now();
      hits += index.search(query).length;
      times.push(performance.now() - start);
    }
  }
  await wake.close();
  await deleteDB(dbName);
  times.sort((a, b) => a - b);
  return {
    entities: packs.reduce((n, pack) => n + pack.actors.length + pack.agreements.length + pack.events.length, 0),
    quotes: packs.reduce((n, pack) => n + pack.quotes.length, 0),
    installMs,
    seedMs,
    wakeMs,
    indexMs,
    search: {
      runs: times.length,
      medianMs: percentile(times, 50),
      p95Ms: percentile(times, 95),
      maxMs: times[times.length - 1]!,
      meanHits: hits / times.length,
    },
  };
}
