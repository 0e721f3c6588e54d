/**
 * Highlight benchmark in real Chromium, for each page of a folder (the shared corpus) and a
 * generated 5 MB stress page. Ours runs through the real path: the shipped build of the
 * extension, its content script on the served page with its real messages (the matcher
 * bundle sent by the background and decoded on the page), timed from outside through a
 * trace of the renderer (scripts/bench/trace.ts): our own work is the main-thread time of
 * the content script's tasks. It runs with the bundled data (1×) and with the synthetic
 * 100× data (scale100.ts). The comparators run in a browser without the extension, timed
 * in the page (scripts/bench/in-page.ts): the floor (a TreeWalker reading every text node),
 * a plain-RegExp highlighter over the same aliases (1× only) and mark.js on the same
 * terms. Each figure is the median of 3 runs on freshly loaded pages (mark.js: one run,
 * it takes minutes). Pages are served from 127.0.0.1 with every other request blocked.
 * Returns printable lines, the last one the `BENCH …` line.
 */
import { build } from 'esbuild';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HIGHLIGHT_NAME } from '../../src/shared/highlight-look';
import type { MatcherIndex } from '../../src/shared/matcher-index';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../lib/browsers';
import { BROWSER_TARGETS, buildExtension } from '../lib/build';
import { launchChromium, type ChromiumSession } from '../lib/launch';
import { REPO_ROOT } from '../lib/paths';
import { serve, type Server } from '../lib/serve';
import type { RegexAlias } from './in-page';
import { extensionAt100x } from './scale100';
import { median, percentile } from './stats';
import { stressPage } from './stress-page';
import { locateBySourceMap, partOf, PARTS, type Part } from './parts';
import { scriptWork, startTrace, stopTrace, type Locate, type ScriptWork } from './trace';

interface Comparators {
  floor(): Promise<{ ms: number; characters: number }>;
  regex(aliases: RegexAlias[], grouped?: boolean): Promise<{ ms: number; matches: number }>;
  markjs(terms: string[]): Promise<{ ms: number; marks: number; error?: string }>;
}

/** Our pass on one page at one scale: medians over the runs. */
interface OursFigures {
  work: number;
  sampled: number;
  message: number;
  /** Bytes the frame received in the extension's messages, and the renderer's JS heap after the pass (after a GC). */
  received: number;
  heap: number;
  wall: number;
  fromCommit: number;
  later: number;
  longestTask: number;
  drawn: number;
  /** Sampled time of our code by source module, ms. */
  byPlace: Map<string, number>;
}

interface PageResult {
  name: string;
  bytes: number;
  floor: number;
  regex: number | null;
  regexGrouped: number | null;
  markjs: number | null;
  markjsError?: string;
  ours: OursFigures;
  ours100: OursFigures | null;
}

const RUNS = 3;
/** Set by the page's probe when the number of our highlight's ranges changes (scriptWork's doneMark). */
const HIGHLIGHT_MARK = 'bench:highlight-changed';
/** Poll interval of the driver's wait for the pass's end, and the least it waits after the load event. */
const QUIET_MS = 200;
const MIN_WAIT_MS = 1000;
const MARKJS_SKIP_BYTES = 2_000_000;
const STRESS = 'stress.html';
const CJK = /[\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

async function bundleComparators(): Promise<string> {
  const out = await build({
    absWorkingDir: REPO_ROOT,
    entryPoints: ['scripts/bench/in-page.ts'],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    target: BROWSER_TARGETS.chrome,
  });
  return out.outputFiles[0]!.text;
}

/** Only the bench server: every other request is aborted. */
async function blockOthers(context: BrowserContext, server: Server): Promise<void> {
  await context.route('**/*', (route) => (route.request().url().startsWith(server.origin) ? route.continue() : route.abort()));
}

/**
 * Waits until the pass is over, watched from outside: at least a second after the load
 * event (the content script's messages are answered well within it), then until for two
 * polls in a row the page ran under 3 ms of script per poll (the renderer's metrics; the
 * probe and these polls take a fraction of that) and the number of highlights has not
 * changed. Returns that number.
 */
async function passOver(page: Page, cdp: CDPSession): Promise<number> {
  const scriptMs = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
  };
  const count = () => page.evaluate((name) => CSS.highlights.get(name)?.size ?? 0, HIGHLIGHT_NAME);
  const began = Date.now();
  const end = began + 15_000;
  let drawn = await count();
  let busy = await scriptMs();
  let quiet = 0;
  while ((quiet < 2 || Date.now() - began < MIN_WAIT_MS) && Date.now() < end) {
    await page.waitForTimeout(QUIET_MS);
    const nextDrawn = await count();
    const nextBusy = await scriptMs();
    quiet = nextDrawn === drawn && nextBusy - busy < 3 ? quiet + 1 : 0;
    drawn = nextDrawn;
    busy = nextBusy;
  }
  return drawn;
}

/**
 * The probe, in the page's main world (not our content script's): notes with a User Timing
 * mark, at the frame after it happens, each change in the number of our highlight's ranges.
 */
function highlightProbe(name: string, mark: string): string {
  // A string, not a function: scripts run through tsx wrap named inner functions in a helper the page lacks.
  return `(() => {
    let last = 0;
    const tick = () => {
      const size = CSS.highlights.get(${JSON.stringify(name)})?.size ?? 0;
      if (size !== last) {
        last = size;
        performance.mark(${JSON.stringify(mark)});
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })();`;
}

/** Our pass once, on a freshly loaded page, traced from before the navigation to after the pass. */
async function oursOnce(session: ChromiumSession, url: string, scriptUrl: string, locate?: Locate): Promise<ScriptWork & { drawn: number; heap: number }> {
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  try {
    await startTrace(cdp);
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    const drawn = await passOver(page, cdp);
    const work = scriptWork(await stopTrace(cdp), scriptUrl, { doneMark: HIGHLIGHT_MARK, ...(locate ? { locate } : {}) });
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
    if (!work) throw new Error(`no trace of the page load of ${url}`);
    if (work.tasks === 0) throw new Error(`the content script did not run on ${url}`);
    return { ...work, drawn, heap };
  } finally {
    await cdp.detach().catch(() => {});
    await page.close();
  }
}

function oursFigures(runs: (ScriptWork & { drawn: number; heap: number })[]): OursFigures {
  // Where the time goes: the mean over the runs.
  const byPlace = new Map<string, number>();
  for (const run of runs) for (const [place, ms] of run.byPlace) byPlace.set(place, (byPlace.get(place) ?? 0) + ms / runs.length);
  return {
    work: median(runs.map((r) => r.workMs)),
    sampled: median(runs.map((r) => r.sampledMs)),
    message: median(runs.map((r) => r.messageMs)),
    received: median(runs.map((r) => r.messageBytes)),
    heap: median(runs.map((r) => r.heap)),
    wall: median(runs.map((r) => r.wallMs)),
    fromCommit: median(runs.map((r) => r.fromStartMs)),
    later: median(runs.map((r) => r.laterMs)),
    longestTask: Math.max(...runs.map((r) => r.longestTaskMs)),
    drawn: runs[0]!.drawn,
    byPlace,
  };
}

/** Appends paragraphs to the loaded stress page, one at a time; our work and wall time for each, from a trace. */
async function appendParagraphs(session: ChromiumSession, url: string, scriptUrl: string, n: number): Promise<ScriptWork[]> {
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const out: ScriptWork[] = [];
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await passOver(page, cdp);
    for (let k = 0; k < n; k++) {
      await startTrace(cdp);
      await page.evaluate((text) => {
        const p = document.createElement('p');
        p.textContent = text;
        performance.mark('bench:append');
        document.body.appendChild(p);
      }, `Update ${k}: Prime Minister Fumio Kishida and President Joe Biden discussed DICAS and the Artemis program.`);
      await passOver(page, cdp);
      const work = scriptWork(await stopTrace(cdp), scriptUrl, { startMark: 'bench:append', doneMark: HIGHLIGHT_MARK });
      if (work) out.push(work);
    }
  } finally {
    await cdp.detach().catch(() => {});
    await page.close();
  }
  return out;
}

/** Our pass on every page at one scale, in a browser with that extension build loaded. */
async function runOurs(
  extensionDir: string,
  server: Server,
  names: string[],
  log: (line: string) => void,
  label: string,
): Promise<{ figures: Map<string, OursFigures>; append: ScriptWork[] }> {
  const session = await launchChromium({ extensionDir });
  const figures = new Map<string, OursFigures>();
  let append: ScriptWork[] = [];
  try {
    await blockOthers(session.context, server);
    await session.context.addInitScript({ content: highlightProbe(HIGHLIGHT_NAME, HIGHLIGHT_MARK) });
    const scriptUrl = session.extensionUrl('content.js');
    // Warm-up load: the background seeds its store and reads the matcher bundle once per start.
    await oursOnce(session, server.url(`/${names[0]}`), scriptUrl).catch(() => {});
    const locate = await locateBySourceMap(join(extensionDir, 'content.js.map'));
    for (const name of names) {
      const began = Date.now();
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await oursOnce(session, server.url(`/${name}`), scriptUrl, locate));
      const f = oursFigures(runs);
      figures.set(name, f);
      log(
        `  ${label} ${name.padEnd(40)} own work ${f.work.toFixed(1).padStart(6)} ms (JS ${f.sampled.toFixed(1)}, messages ${f.message.toFixed(1)})  wall ${f.wall.toFixed(1).padStart(6)} ms  commit→done ${f.fromCommit.toFixed(0).padStart(5)} ms  longest task ${f.longestTask.toFixed(1)} ms  highlights ${f.drawn}  (${((Date.now() - began) / 1000).toFixed(0)} s)`,
      );
    }
    if (label === '1×') append = await appendParagraphs(session, server.url(`/${STRESS}`), scriptUrl, 9);
  } finally {
    await session.close();
  }
  return { figures, append };
}

export interface HighlightBenchOptions {
  corpusDir?: string;
  /** The bundled packs' matcher index (its aliases are the comparators' terms). */
  index: MatcherIndex;
  log?: (line: string) => void;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
const target = (value: number, op: '≥' | '≤' | '<', goal: number) =>
  `${op} ${goal}: ${(op === '≥' ? value >= goal : op === '≤' ? value <= goal : value < goal) ? 'ok' : 'MISSED'}`;

export async function benchHighlight({ corpusDir, index, log = () => {} }: HighlightBenchOptions): Promise<string[]> {
  const script = await bundleComparators();
  const terms = [...new Set(index.aliases.map((a) => a.text))];
  const regexAliases: RegexAlias[] = terms.map((text) => ({ text, cjk: CJK.test(text) }));
  const names = corpusDir ? (await readdir(corpusDir)).filter((f) => f.endsWith('.html')).sort() : [];
  const all = [...names, STRESS];
  const server = await serve({ [`/${STRESS}`]: { body: stressPage(5 * 1024 * 1024) } }, corpusDir);
  const buildDir = await mkdtemp(join(tmpdir(), 'briefing-lens-bench-highlight-'));
  const comparators = new Map<string, Omit<PageResult, 'ours' | 'ours100'>>();
  let ours: Map<string, OursFigures>;
  let ours100: Map<string, OursFigures>;
  let append: ScriptWork[];
  try {
    // The comparators, in a browser without the extension.
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await blockOthers(context, server);
      const open = async (name: string): Promise<Page> => {
        const page = await context.newPage();
        await page.goto(server.url(`/${name}`), { waitUntil: 'load', timeout: 60_000 });
        await page.addScriptTag({ content: script });
        return page;
      };
      const once = async <R>(name: string, fn: (b: Comparators, arg: unknown) => R | Promise<R>, arg?: unknown): Promise<R & { bytes: number }> => {
        const page = await open(name);
        try {
          const r = await page.evaluate<R>(`(${fn.toString()})(globalThis.__blBench, ${JSON.stringify(arg) ?? 'undefined'})`);
          return { ...r, bytes: await page.evaluate(() => document.documentElement.outerHTML.length) };
        } finally {
          await page.close();
        }
      };
      for (const name of all) {
        const began = Date.now();
        const floors = [];
        const regexes = [];
        const grouped = [];
        for (let i = 0; i < RUNS; i++) floors.push(await once(name, (b) => b.floor()));
        if (name !== STRESS) {
          for (let i = 0; i < RUNS; i++) regexes.push(await once(name, (b, a) => b.regex(a as RegexAlias[]), regexAliases));
          for (let i = 0; i < RUNS; i++) grouped.push(await once(name, (b, a) => b.regex(a as RegexAlias[], true), regexAliases));
        }
        const bytes = floors[0]!.bytes;
        const mark = bytes < MARKJS_SKIP_BYTES ? await once(name, (b, a) => b.markjs(a as string[]), terms) : null;
        const result = {
          name,
          bytes,
          floor: median(floors.map((f) => f.ms)),
          regex: regexes.length > 0 ? median(regexes.map((r) => r.ms)) : null,
          regexGrouped: grouped.length > 0 ? median(grouped.map((r) => r.ms)) : null,
          markjs: mark?.ms ?? null,
          ...(mark?.error ? { markjsError: mark.error } : {}),
        };
        comparators.set(name, result);
        log(
          `  ${name.padEnd(40)} ${(bytes / 1024).toFixed(0).padStart(6)} KiB  floor ${result.floor.toFixed(1).padStart(6)} ms  regex ${result.regex === null ? '     —' : `${result.regex.toFixed(1).padStart(6)} ms`} (${regexes[0]?.matches ?? 0} matches; grouped ${result.regexGrouped?.toFixed(1) ?? '—'} ms)  mark.js ${mark === null ? '   skipped' : `${mark.ms.toFixed(0).padStart(7)} ms`}${mark?.error ? `  (mark.js threw: ${mark.error.slice(0, 60)})` : ''}  (${((Date.now() - began) / 1000).toFixed(0)} s)`,
        );
      }
    } finally {
      await browser.close();
    }

    // Ours through the real path: the shipped build, with the bundled data, then with the 100× data.
    // The shipped build; its source maps (written apart, the bundles unchanged) name where the time goes.
    await buildExtension({ outDir: buildDir, sourceMaps: true });
    const shipped = join(buildDir, 'chrome');
    ({ figures: ours, append } = await runOurs(shipped, server, all, log, '1×'));
    const at100 = await extensionAt100x(shipped, join(buildDir, 'chrome-100x'));
    ({ figures: ours100 } = await runOurs(at100.dir, server, all, log, '100×'));
    log(`  100× data: ${at100.note}`);
  } finally {
    await server.close();
    await rm(buildDir, { recursive: true, force: true });
  }

  const results: PageResult[] = all.map((name) => ({ ...comparators.get(name)!, ours: ours.get(name)!, ours100: ours100.get(name) ?? null }));
  const corpus = results.filter((r) => r.name !== STRESS);
  const stress = results.find((r) => r.name === STRESS)!;
  const floorTotal = sum(corpus.map((r) => r.floor));
  const oursWall = sum(corpus.map((r) => r.ours.wall));
  const oursWork = sum(corpus.map((r) => r.ours.work));
  const oursSampled = sum(corpus.map((r) => r.ours.sampled));
  const oursMessage = sum(corpus.map((r) => r.ours.message));
  const oursWork100 = sum(corpus.map((r) => r.ours100?.work ?? 0));
  const oursMessage100 = sum(corpus.map((r) => r.ours100?.message ?? 0));
  const regexTotal = sum(corpus.map((r) => r.regex ?? 0));
  const groupedTotal = sum(corpus.map((r) => r.regexGrouped ?? 0));
  const markTotal = sum(corpus.map((r) => r.markjs ?? 0));
  const zero = corpus.filter((r) => r.ours.drawn === 0);
  const zeroRatio = sum(zero.map((r) => r.ours.work)) / sum(zero.map((r) => r.floor));
  const longest = Math.max(...results.map((r) => Math.max(r.ours.longestTask, r.ours100?.longestTask ?? 0)));
  const speedupMark = markTotal / oursWork;
  const speedupRegex = regexTotal / oursWork;
  const workRatio = oursWork / floorTotal;
  const scale100 = oursWork100 / oursWork;
  /** Our work on pages split by part: messages (receiving and decoding), JS by part, and the rest of the tasks (script compile, native, GC). */
  const breakdown = (figures: OursFigures[]) => {
    const parts = new Map<Part | 'messages' | 'unsampled', number>();
    const add = (k: Part | 'messages' | 'unsampled', ms: number) => parts.set(k, (parts.get(k) ?? 0) + ms);
    for (const f of figures) {
      add('messages', f.message);
      for (const [place, ms] of f.byPlace) add(partOf(place), ms);
      add('unsampled', f.work - f.message - sum([...f.byPlace.values()]));
    }
    const others = new Map<string, number>();
    for (const f of figures) for (const [place, ms] of f.byPlace) if (partOf(place) === 'other') others.set(place, (others.get(place) ?? 0) + ms);
    const otherTop = [...others].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([place, ms]) => `${place} ${ms.toFixed(1)}`).join(', ');
    return (['messages', ...PARTS, 'unsampled'] as const)
      .filter((k) => (parts.get(k) ?? 0) !== 0)
      .map((k) => `${k} ${(parts.get(k) ?? 0).toFixed(1)}${k === 'other' && otherTop ? ` (${otherTop})` : ''}`)
      .join(', ');
  };
  const bySize = [...corpus].sort((a, b) => a.bytes - b.bytes);
  const profiled = [...new Set([bySize[Math.floor(bySize.length / 10)], bySize[Math.floor(bySize.length / 2)], corpus.find((r) => r.name === 'wikipedia-2.html') ?? bySize[bySize.length - 1]])].filter(
    (r): r is PageResult => !!r,
  );
  const profileLines = profiled.flatMap((r) => [
    `  ${r.name} (${(r.bytes / 1024).toFixed(0)} KiB, floor ${r.floor.toFixed(1)} ms): 1× own work ${r.ours.work.toFixed(1)} ms = ${breakdown([r.ours])}`,
    ...(r.ours100 ? [`  ${' '.repeat(r.name.length)} 100× own work ${r.ours100.work.toFixed(1)} ms = ${breakdown([r.ours100])}`] : []),
  ]);
  const appendWall = append.map((w) => w.fromStartMs);
  const appendWork = append.map((w) => w.workMs);

  return [
    `corpus: ${corpus.length} pages, ${terms.length} terms (every alias of the index); each figure the median of ${RUNS} runs on freshly loaded pages (mark.js: 1 run); network blocked`,
    `  ours (shipped build, real messages; from a trace of the renderer): own work total ${oursWork.toFixed(1)} ms (median ${median(corpus.map((r) => r.ours.work)).toFixed(2)} ms/page, p95 ${percentile(corpus.map((r) => r.ours.work), 95).toFixed(2)} ms), of which JS sampled in our code ${oursSampled.toFixed(0)} ms and delivering the extension's messages ${oursMessage.toFixed(0)} ms`,
    `  ours, wall from the script's start to its last task: total ${oursWall.toFixed(1)} ms; from navigation commit to the pass's end: median ${median(corpus.map((r) => r.ours.fromCommit)).toFixed(0)} ms/page; our tasks after the pass (the page's own changes, not counted): ${sum(corpus.map((r) => r.ours.later)).toFixed(1)} ms`,
    `  ours at 100× data: own work total ${oursWork100.toFixed(1)} ms (messages ${oursMessage100.toFixed(0)} ms), median ${median(corpus.map((r) => r.ours100?.work ?? 0)).toFixed(2)} ms/page`,
    `  received per frame (the extension's messages, median): ${mib(median(corpus.map((r) => r.ours.received)))} at 1×, ${mib(median(corpus.map((r) => r.ours100?.received ?? 0)))} at 100× (target < 1 MiB); renderer JS heap after the pass and a GC (page and script, median): ${mib(median(corpus.map((r) => r.ours.heap)))} at 1×, ${mib(median(corpus.map((r) => r.ours100?.heap ?? 0)))} at 100× (what the 100× data adds: target < 10 MiB)`,
    `  where our own work goes (corpus total, ms; JS by the source module of our innermost frame, sampled; messages: the extension's message deliveries; unsampled: the rest of our tasks, e.g. compiling the script):`,
    `    1×:   ${breakdown(corpus.map((r) => r.ours))}`,
    `    100×: ${breakdown(corpus.flatMap((r) => (r.ours100 ? [r.ours100] : [])))}`,
    `  profiles of the pass (mean of the runs, ms):`,
    ...profileLines,
    `  floor:   total ${floorTotal.toFixed(1)} ms, median ${median(corpus.map((r) => r.floor)).toFixed(2)} ms/page`,
    `  regex:   total ${regexTotal.toFixed(1)} ms, median ${median(corpus.map((r) => r.regex ?? 0)).toFixed(2)} ms/page (${(regexTotal / floorTotal).toFixed(2)}× the floor)`,
    `  regex with the Latin aliases grouped between one pair of lookarounds (reference, not in BENCH): total ${groupedTotal.toFixed(1)} ms (${(groupedTotal / floorTotal).toFixed(2)}× the floor; its total over our own work: ${(groupedTotal / oursWork).toFixed(2)})`,
    `  mark.js: threw on ${corpus.filter((r) => r.markjsError).length} page(s) (time until it threw is counted); total ${markTotal.toFixed(0)} ms, median ${median(corpus.map((r) => r.markjs ?? 0)).toFixed(1)} ms/page, max ${Math.max(...corpus.map((r) => r.markjs ?? 0)).toFixed(0)} ms`,
    `  pages where we draw nothing: ${zero.length}; our work there ${sum(zero.map((r) => r.ours.work)).toFixed(1)} ms against a floor of ${sum(zero.map((r) => r.floor)).toFixed(1)} ms`,
    `  longest task of ours on any corpus page: ${Math.max(...corpus.map((r) => r.ours.longestTask)).toFixed(1)} ms at 1×, ${Math.max(...corpus.map((r) => r.ours100?.longestTask ?? 0)).toFixed(1)} ms at 100×`,
    `stress page (${(stress.bytes / 1024 / 1024).toFixed(1)} MB): own work ${stress.ours.work.toFixed(0)} ms at 1×, ${stress.ours100?.work.toFixed(0)} ms at 100×; wall ${stress.ours.wall.toFixed(0)} ms; longest task ${stress.ours.longestTask.toFixed(1)} ms at 1×, ${stress.ours100?.longestTask.toFixed(1)} ms at 100×; ${stress.ours.drawn} highlights drawn (cap); floor ${stress.floor.toFixed(0)} ms; regex and mark.js skipped`,
    `appended paragraph on the stress page (1×): append → our last task median ${median(appendWall).toFixed(2)} ms, max ${Math.max(0, ...appendWall).toFixed(2)} ms; own work median ${median(appendWork).toFixed(2)} ms (${append.length} runs)`,
    `targets: speedup_vs_regex ${speedupRegex.toFixed(2)} (${target(speedupRegex, '≥', 1.5)}), work_ratio_to_floor ${workRatio.toFixed(2)} (${target(workRatio, '≤', 4.5)}), zero_mention_ratio ${zeroRatio.toFixed(2)} (${target(zeroRatio, '≤', 3)}), scale100_ratio ${scale100.toFixed(2)} (${target(scale100, '≤', 1.5)}), speedup_vs_markjs ${speedupMark.toFixed(1)} (${target(speedupMark, '≥', 150)}), longest_task_ms ${longest.toFixed(1)} (${target(longest, '<', 50)})`,
    `BENCH ours_total_ms=${oursWall.toFixed(1)} markjs_total_ms=${markTotal.toFixed(0)} regex_total_ms=${regexTotal.toFixed(1)} floor_total_ms=${floorTotal.toFixed(1)} speedup_vs_markjs=${speedupMark.toFixed(1)} speedup_vs_regex=${speedupRegex.toFixed(2)} ratio_to_floor=${(oursWall / floorTotal).toFixed(2)} work_ratio_to_floor=${workRatio.toFixed(2)} zero_mention_ratio=${zeroRatio.toFixed(2)} scale100_ratio=${scale100.toFixed(2)} longest_task_ms=${longest.toFixed(1)}`,
  ];
}
