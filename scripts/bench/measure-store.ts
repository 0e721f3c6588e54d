/**
 * Measures the briefing store where it runs (Node with fake-indexeddb for a first
 * figure, real Chromium for the final one): install (open + seed + index), a later
 * wake-up (open + version check + index from IndexedDB), and search latency over a
 * fixed list of queries. Uses the same code paths as the background (bundled from
 * src/background by store-chromium.ts); the extension itself never runs it.
 */
import { deleteDB } from 'idb';
import type { Dataset } from '../../src/shared/model';
import { openBriefingDb } from '../../src/shared/db/open';
import { seedDataset } from '../../src/shared/db/seed';
import { BriefingStore, buildSearchIndex } from '../../src/background/store';

export interface StoreMeasurement {
  entities: number;
  quotes: number;
  /** First run: open, seed the dataset in one transaction, build the search index. */
  installMs: number;
  /** Seeding alone on a fresh database: the one seed transaction. */
  seedMs: number;
  /** A later wake-up: open, find the dataset current, build the search index from IndexedDB. */
  wakeMs: number;
  /** Of which reading every entity and quote back and building the search index. */
  indexMs: number;
  search: { runs: number; medianMs: number; p95Ms: number; maxMs: number; meanHits: number };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function measureStore(
  dataset: Dataset,
  queries: readonly string[],
  options: { dbName?: string; rounds?: number } = {},
): Promise<StoreMeasurement> {
  const dbName = options.dbName ?? `briefing-lens-bench-${dataset.meta.version}`;
  const rounds = options.rounds ?? 5;
  const seed = { dataset, checksum: `bench-${dataset.meta.version}` };

  await deleteDB(dbName);
  const db = await openBriefingDb({ name: dbName });
  const seedStart = performance.now();
  await seedDataset(db, seed);
  const seedMs = performance.now() - seedStart;
  db.close();
  await deleteDB(dbName);

  const installStart = performance.now();
  const install = new BriefingStore({ dbName, loadSeed: () => Promise.resolve(seed) });
  const installed = await install.ready();
  const installMs = performance.now() - installStart;
  await install.close();

  const wakeStart = performance.now();
  const wake = new BriefingStore({ dbName, loadSeed: () => Promise.resolve(seed) });
  const woken = await wake.ready();
  const wakeMs = performance.now() - wakeStart;
  if (woken.seeded !== 'current' || installed.seeded !== 'seeded') throw new Error('benchmark: unexpected seeding state');

  const indexStart = performance.now();
  await buildSearchIndex(woken.db);
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
    entities: dataset.actors.length + dataset.agreements.length + dataset.events.length,
    quotes: dataset.quotes.length,
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
