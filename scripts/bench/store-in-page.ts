/**
 * Store benchmark code that runs inside a Chromium page (bundled by store-chromium.ts):
 * the background's own install, wake-up and search code over real IndexedDB, with the
 * first bundled pack alone and with the 100× synthetic pack beside it.
 * Exposed as `globalThis.__blStoreBench`.
 */
import { makeSyntheticPack } from '../lib/synthetic-pack';
import { measureStore } from './measure-store';
import type { PackFile } from '../../src/shared/model';
import { BENCH_QUERIES } from './queries';

(globalThis as { __blStoreBench?: unknown }).__blStoreBench = {
  real: (pack: PackFile) => measureStore([pack], BENCH_QUERIES),
  synthetic: (pack: PackFile, scale: number) => measureStore([pack, makeSyntheticPack({ scale })], BENCH_QUERIES, { rounds: 3 }),
};
