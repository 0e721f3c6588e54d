/**
 * Store benchmark under Node: seeding, wake-up and search latency for a dataset and for
 * a 100× synthetic copy of it, as printable lines. Runs on fake-indexeddb, so it is a first
 * figure only; the final numbers come from running `measureStore` (src/background/measure-store.ts)
 * with BENCH_QUERIES inside Chromium.
 * Targets: seeding the real dataset < 300 ms; search p95 < 10 ms (real) and < 30 ms (100×).
 * `tsx scripts/bench/store.ts` runs it on data/ (or on a dataset JSON file given as argument).
 */
import 'fake-indexeddb/auto';
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { measureStore, type StoreMeasurement } from '../../src/background/measure-store';
import { makeSyntheticDataset } from '../../src/shared/dataset/synthetic';
import type { Dataset } from '../../src/shared/model';
import { BENCH_QUERIES } from './queries';

const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 0)} ms`;

function lines(label: string, m: StoreMeasurement, targetP95: number, targetSeed?: number): string[] {
  const verdict = (value: number, target: number) => (value < target ? `ok, < ${target} ms` : `OVER ${target} ms`);
  return [
    `${label}: ${m.entities} entities, ${m.quotes} quotes`,
    `  seed transaction ${ms(m.seedMs)}${targetSeed ? ` (${verdict(m.seedMs, targetSeed)})` : ''}; install (open+seed+index) ${ms(m.installMs)}`,
    `  wake-up (open+check+index) ${ms(m.wakeMs)}, of which index build ${ms(m.indexMs)}`,
    `  search over ${m.search.runs} runs: median ${ms(m.search.medianMs)}, p95 ${ms(m.search.p95Ms)} (${verdict(m.search.p95Ms, targetP95)}), max ${ms(m.search.maxMs)}, ${m.search.meanHits.toFixed(1)} hits on average`,
  ];
}

export async function benchStore(dataset: Dataset): Promise<string[]> {
  const real = await measureStore(dataset, BENCH_QUERIES);
  const big = await measureStore(makeSyntheticDataset(dataset, 100), BENCH_QUERIES, { rounds: 3 });
  return [`store benchmark (Node + fake-indexeddb: a first figure, final numbers from Chromium; ${BENCH_QUERIES.length} fixed queries)`, ...lines('real dataset', real, 10, 300), ...lines('100× synthetic', big, 30)];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const file = process.argv[2];
  const dataset: Dataset = file
    ? (JSON.parse(await readFile(file, 'utf8')) as { dataset?: Dataset } & Dataset)
    : await (await import('../lib/load-dataset')).loadDataset();
  const unwrapped = (dataset as { dataset?: Dataset }).dataset ?? dataset;
  for (const line of await benchStore(unwrapped)) console.log(line);
}
