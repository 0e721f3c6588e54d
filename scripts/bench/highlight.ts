/**
 * Highlight benchmark in real Chromium: for each page of a folder (the shared corpus)
 * and a generated 5 MB stress page, measures in the same run our full highlight pass
 * (the content script's own modules, bundled from src/: from loading the matcher bundle
 * the background sends to the last highlight drawn), mark.js on the same terms, and the
 * floor (a TreeWalker reading every text node). Pages are served from
 * 127.0.0.1 with every other request blocked. Returns printable lines, the last one
 * `BENCH ours_total_ms=… markjs_total_ms=… floor_total_ms=… speedup_vs_markjs=… ratio_to_floor=… longest_task_ms=…`.
 */
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { readdir } from 'node:fs/promises';
import type { MatcherBundle, MatcherIndex } from '../../src/shared/matcher-index';
import { matcherBundle } from '../lib/matcher-bundle';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../lib/browsers';
import { benchDefine, BROWSER_TARGETS } from '../lib/build';
import { REPO_ROOT } from '../lib/paths';
import { serve } from '../lib/serve';
import type { OursResult } from './in-page';
import { median, percentile } from './stats';
import { stressPage } from './stress-page';

interface Bench {
  ours(bundle: MatcherBundle): Promise<OursResult>;
  appendParagraph(text: string): Promise<number>;
  floor(): Promise<{ ms: number; characters: number }>;
  markjs(terms: string[]): Promise<{ ms: number; marks: number; error?: string }>;
}

interface PageResult {
  name: string;
  bytes: number;
  ours: number;
  oursWork: number;
  oursLoad: number;
  floor: number;
  markjs: number | null;
  markjsError?: string;
  /** Longest of our slices, and longest task the page reported (0 when none passed 50 ms). */
  longestSlice: number;
  longestTask: number;
  drawn: number;
}

const RUNS = 3;
const MARKJS_SKIP_BYTES = 2_000_000;

async function bundleInPage(): Promise<string> {
  const out = await build({
    absWorkingDir: REPO_ROOT,
    entryPoints: ['scripts/bench/in-page.ts'],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    target: BROWSER_TARGETS.chrome,
    define: benchDefine(true),
  });
  return out.outputFiles[0]!.text;
}

export interface HighlightBenchOptions {
  corpusDir?: string;
  index: MatcherIndex;
  log?: (line: string) => void;
}

/** The Long Tasks API reports tasks over 50 ms, ours or the page's (frames included). */
function longTaskNote(longestTask: number): string {
  return longestTask > 0 ? `longest task over 50 ms during our pass: ${longestTask.toFixed(1)} ms` : 'no task over 50 ms during our pass';
}

export async function benchHighlight({ corpusDir, index, log = () => {} }: HighlightBenchOptions): Promise<string[]> {
  const script = await bundleInPage();
  const terms = [...new Set(index.aliases.map((a) => a.text))];
  // What the content script receives from the background (loading it is part of our pass).
  const bundle = matcherBundle(index);
  const names = corpusDir ? (await readdir(corpusDir)).filter((f) => f.endsWith('.html')).sort() : [];
  const server = await serve({ '/stress.html': { body: stressPage(5 * 1024 * 1024) } }, corpusDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: true });
  await context.route('**/*', (route) => (route.request().url().startsWith(server.origin) ? route.continue() : route.abort()));

  const open = async (name: string): Promise<Page> => {
    const page = await context.newPage();
    await page.goto(server.url(`/${name}`), { waitUntil: 'load', timeout: 60_000 });
    await page.addScriptTag({ content: script });
    return page;
  };
  const call = <R>(page: Page, fn: (b: Bench, arg: unknown) => R | Promise<R>, arg?: unknown): Promise<R> =>
    page.evaluate<R>(`(${fn.toString()})(globalThis.__blBench, ${JSON.stringify(arg) ?? 'undefined'})`);

  const results: PageResult[] = [];
  let appendMs: number[] = [];
  try {
    for (const name of [...names, 'stress.html']) {
      // Every run is on a freshly loaded page: the content script runs once per page load,
      // before anything has read the page's text or warmed up its code, and so does the floor.
      let bytes = 0;
      const floors: number[] = [];
      const oursRuns: OursResult[] = [];
      for (let i = 0; i < RUNS; i++) {
        const forFloor = await open(name);
        floors.push((await call(forFloor, (b) => b.floor())).ms);
        bytes = await forFloor.evaluate(() => document.documentElement.outerHTML.length);
        await forFloor.close();
        const page = await open(name);
        oursRuns.push(await call(page, (b, a) => b.ours(a as MatcherBundle), bundle));
        if (name === 'stress.html' && i === RUNS - 1) {
          appendMs = [];
          for (let k = 0; k < 9; k++) {
            appendMs.push(await call(page, (b, a) => b.appendParagraph(a as string), `Update ${k}: Prime Minister Fumio Kishida and President Joe Biden discussed DICAS and the Artemis program.`));
          }
        }
        await page.close();
      }
      let markMs: number | null = null;
      let markError: string | undefined;
      if (bytes < MARKJS_SKIP_BYTES) {
        const fresh = await open(name);
        const mark = await call(fresh, (b, a) => b.markjs(a as string[]), terms);
        markMs = mark.ms;
        markError = mark.error;
        await fresh.close();
      }
      const longestSlice = Math.max(...oursRuns.map((r) => r.longestSliceMs));
      const longestTask = Math.max(0, ...oursRuns.flatMap((r) => r.longTasks));
      const result: PageResult = {
        name,
        bytes,
        ours: median(oursRuns.map((r) => r.ms)),
        oursWork: median(oursRuns.map((r) => r.workMs)),
        oursLoad: median(oursRuns.map((r) => r.loadMs)),
        floor: median(floors),
        markjs: markMs,
        ...(markError ? { markjsError: markError } : {}),
        longestSlice,
        longestTask,
        drawn: oursRuns[0]!.drawn,
      };
      results.push(result);
      log(
        `${name.padEnd(40)} ${(bytes / 1024).toFixed(0).padStart(6)} KiB  ours ${result.ours.toFixed(1).padStart(7)} ms  floor ${result.floor.toFixed(1).padStart(6)} ms  mark.js ${markMs === null ? '   skipped' : `${markMs.toFixed(0).padStart(7)} ms`}  longest slice ${result.longestSlice.toFixed(1)} ms${result.longestTask > 0 ? ` (long task ${result.longestTask.toFixed(1)} ms)` : ''}  highlights ${result.drawn}${markError ? `  (mark.js threw: ${markError.slice(0, 60)})` : ''}`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const corpus = results.filter((r) => r.name !== 'stress.html');
  const stress = results.find((r) => r.name === 'stress.html')!;
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const oursTotal = sum(corpus.map((r) => r.ours));
  const floorTotal = sum(corpus.map((r) => r.floor));
  const markTotal = sum(corpus.map((r) => r.markjs ?? 0));
  const longest = Math.max(...results.map((r) => Math.max(r.longestSlice, r.longestTask)));
  const oursWorkTotal = sum(corpus.map((r) => r.oursWork));
  const loadTotal = sum(corpus.map((r) => r.oursLoad));
  const lines = [
    `corpus: ${corpus.length} pages, ${terms.length} terms (every alias of the index); ours and floor: median of ${RUNS} runs, each on a freshly loaded page; network blocked`,
    `  ours:    total ${oursTotal.toFixed(1)} ms, median ${median(corpus.map((r) => r.ours)).toFixed(2)} ms/page, p95 ${percentile(corpus.map((r) => r.ours), 95).toFixed(2)} ms, max ${Math.max(...corpus.map((r) => r.ours)).toFixed(1)} ms`,
    `  ours, own work only (matcher load and our slices, not the page's tasks and frames between slices): total ${oursWorkTotal.toFixed(1)} ms, ${(oursWorkTotal / floorTotal).toFixed(2)}× the floor`,
    `  of which loading the matcher: total ${loadTotal.toFixed(1)} ms, ${(loadTotal / floorTotal).toFixed(2)}× the floor; a pass that reads every text node (the floor) and loads the matcher takes at least ${(1 + loadTotal / floorTotal).toFixed(2)}× the floor before it matches anything`,
    `  floor:   total ${floorTotal.toFixed(1)} ms, median ${median(corpus.map((r) => r.floor)).toFixed(2)} ms/page`,
    `  mark.js: threw on ${corpus.filter((r) => r.markjsError).length} page(s) (time until it threw is counted); total ${markTotal.toFixed(0)} ms, median ${median(corpus.map((r) => r.markjs ?? 0)).toFixed(1)} ms/page, max ${Math.max(...corpus.map((r) => r.markjs ?? 0)).toFixed(0)} ms`,
    `  longest slice of our work on any corpus page: ${Math.max(...corpus.map((r) => r.longestSlice)).toFixed(1)} ms; ${longTaskNote(Math.max(...corpus.map((r) => r.longestTask)))}`,
    `stress page (${(stress.bytes / 1024 / 1024).toFixed(1)} MB): ours ${stress.ours.toFixed(0)} ms (whole pass), longest slice ${stress.longestSlice.toFixed(1)} ms; ${longTaskNote(stress.longestTask)}; ${stress.drawn} highlights drawn (cap); floor ${stress.floor.toFixed(0)} ms; mark.js skipped (reference: froze a 5 MB page for over 60 s)`,
    `appended paragraph on the stress page: median ${median(appendMs).toFixed(2)} ms, max ${Math.max(...appendMs).toFixed(2)} ms (${appendMs.length} runs)`,
    `BENCH ours_total_ms=${oursTotal.toFixed(1)} markjs_total_ms=${markTotal.toFixed(0)} floor_total_ms=${floorTotal.toFixed(1)} speedup_vs_markjs=${(markTotal / oursTotal).toFixed(1)} ratio_to_floor=${(oursTotal / floorTotal).toFixed(2)} longest_task_ms=${longest.toFixed(1)}`,
  ];
  return lines;
}
