/**
 * Store benchmark code that runs inside a Chromium page (bundled by store-chromium.ts):
 * the background's own seeding, wake-up and search code over real IndexedDB.
 * Exposed as `globalThis.__blStoreBench`.
 */
import { measureStore } from '../../src/background/measure-store';
import { makeSyntheticDataset } from '../../src/shared/dataset/synthetic';
import type { Dataset } from '../../src/shared/model';
import { BENCH_QUERIES } from './queries';

(globalThis as { __blStoreBench?: unknown }).__blStoreBench = {
  real: (dataset: Dataset) => measureStore(dataset, BENCH_QUERIES),
  synthetic: (dataset: Dataset, factor: number) => measureStore(makeSyntheticDataset(dataset, factor), BENCH_QUERIES, { rounds: 3 }),
};
