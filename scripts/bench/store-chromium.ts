/**
 * Store benchmark in real Chromium: install time, wake-up and search latency (median
 * and p95 over the fixed queries) with the first bundled pack, and with the 100×
 * synthetic pack installed beside it, using the background's own code over Chromium's IndexedDB.
 */
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import type { StoreMeasurement } from './measure-store';
import type { PackFile } from '../../src/shared/model';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../lib/browsers';
import { benchDefine, BROWSER_TARGETS } from '../lib/build';
import { REPO_ROOT } from '../lib/paths';
import { serve } from '../lib/serve';
import { BENCH_QUERIES } from './queries';
import { verdict } from './stats';

const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 0)} ms`;

function describe(label: string, m: StoreMeasurement, targetP95: number, targetSeed?: number): string[] {
  return [
    `${label}: ${m.entities} entities, ${m.quotes} quotes`,
    `  seeding (one transaction) ${ms(m.seedMs)}${targetSeed ? ` (${verdict(m.seedMs, targetSeed)})` : ''}; first install (open + seed + index) ${ms(m.installMs)}; wake-up ${ms(m.wakeMs)}`,
    `  search: median ${ms(m.search.medianMs)}, p95 ${ms(m.search.p95Ms)} (${verdict(m.search.p95Ms, targetP95)}), max ${ms(m.search.maxMs)} over ${m.search.runs} runs`,
  ];
}

export async function benchStoreChromium(pack: PackFile): Promise<string[]> {
  const bundle = await build({
    absWorkingDir: REPO_ROOT,
    entryPoints: ['scripts/bench/store-in-page.ts'],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    target: BROWSER_TARGETS.chrome,
    define: benchDefine(true),
  });
  const server = await serve({ '/store.html': '<!doctype html><title>store bench</title>' });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(server.url('/store.html'));
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    const bench = (fn: string, ...args: unknown[]) =>
      page.evaluate(([f, a]) => (globalThis as unknown as { __blStoreBench: Record<string, (...x: unknown[]) => Promise<StoreMeasurement>> }).__blStoreBench[f]!(...(a)), [fn, args] as const);
    const real = await bench('real', pack);
    const big = await bench('synthetic', pack, 100);
    return [
      `store benchmark in Chromium (real IndexedDB, the background's code, ${BENCH_QUERIES.length} fixed queries)`,
      ...describe(`pack ${pack.pack.id}`, real, 10, 300),
      ...describe(`${pack.pack.id} + the 100× synthetic pack`, big, 30),
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}
