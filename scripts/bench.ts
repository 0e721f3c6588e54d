/**
 * `npm run bench [-- CORPUS_DIR]`: every benchmark, printing figures and ratios
 * against the targets. CORPUS_DIR defaults to ../shared/corpus/pages when present.
 * Sections: matcher scaling (Node), the store, the hover card, the popup and the side panel in Chromium, and last the highlight pass
 * in Chromium over the corpus and a 5 MB stress page (the shipped build, timed from outside,
 * scripts/bench/highlight.ts), ending with the `BENCH …` line.
 * The card and popup benchmarks run a bench build of the extension (with its User Timing
 * marks, which the shipped build leaves out), made here in a temporary folder; the side panel
 * benchmark sets no marks (it times the panel from the driver) and runs the same build.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { compileMatcherIndex } from '../src/shared/compile-matcher-index';
import { benchCard } from './bench/card';
import { benchHighlight } from './bench/highlight';
import { benchMatcherScale } from './bench/matcher-scale';
import { benchPopup } from './bench/popup';
import { benchSidePanel } from './bench/sidepanel';
import { benchStoreChromium } from './bench/store-chromium';
import { buildExtension } from './lib/build';
import { loadDataset } from './lib/load-dataset';
import { CORPUS_DIR, HAS_CORPUS } from './lib/paths';

const arg = process.argv.slice(2).find((a) => !a.startsWith('-'));
const corpusDir = arg ? resolve(arg) : HAS_CORPUS ? CORPUS_DIR : undefined;
if (corpusDir && !existsSync(corpusDir)) {
  console.error(`bench: no such folder: ${corpusDir}`);
  process.exit(1);
}

const dataset = await loadDataset();
const index = compileMatcherIndex(dataset);
const section = (title: string) => console.log(`\n== ${title}`);

section('matcher scaling (Node)');
for (const line of await benchMatcherScale(index)) console.log(line);

section('briefing store (Chromium)');
for (const line of await benchStoreChromium(dataset)) console.log(line);

const benchBuild = await mkdtemp(join(tmpdir(), 'briefing-lens-bench-build-'));
try {
  await buildExtension({ outDir: benchBuild, bench: true });
  const extensionDir = join(benchBuild, 'chrome');

  section('hover card (Chromium)');
  for (const line of await benchCard(dataset, extensionDir)) console.log(line);

  section('popup (Chromium)');
  for (const line of await benchPopup(extensionDir)) console.log(line);

  section('side panel (Chromium)');
  for (const line of await benchSidePanel(extensionDir)) console.log(line);
} finally {
  await rm(benchBuild, { recursive: true, force: true });
}

section(`highlight pass (Chromium)${corpusDir ? ` on ${corpusDir}` : ', no corpus folder: stress page only'}`);
for (const line of await benchHighlight({ corpusDir, dataset, index, log: (line) => console.log(line) })) console.log(line);
