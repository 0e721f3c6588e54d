/**
 * Store benchmark code that runs inside a Chromium page (bundled by store-chromium.ts):
 * the background's own seeding, wake-up and search code over real IndexedDB.
 * Exposed as `globalThis.__blStoreBench`.
 */
import { makeSyntheticDataset } from '../lib/synthetic-dataset';
import { measureStore } from './measure-store';
import type { Dataset } from '../../src/shared/model';
import { BENCH_QUERIES } from './queries';

(globalThis as { __blStoreBench?: unknown }).__blStoreBench = {
  real: (dataset: Dataset) => measureStore(dataset, BENCH_QUERIES),
  synthetic: (dataset: Dataset, factor: number) => measureStore(makeSyntheticDataset(dataset, factor), BENCH_QUERIES, { rounds: 3 }),
};
