/**
 * `npm run bench [-- CORPUS_DIR] [--only SECTION…]`: every benchmark, printing figures and ratios
 * against the targets. CORPUS_DIR defaults to ../shared/corpus/pages when present.
 * Sections: matcher scaling (Node, `matcher`), the store (`store`), the hover card (`card`), the
 * popup (`popup`), the side panel (`sidepanel`) and the 100× synthetic pack's import, search and
 * background heap (`packs`) in Chromium, and last the highlight pass
 * (`highlight`) in Chromium over the corpus and a 5 MB stress page (the shipped build, timed from
 * outside, scripts/bench/highlight.ts), ending with the `BENCH …` line.
 * `--only card` (repeatable, or comma-separated) runs just those sections.
 * The popup benchmark runs a bench build of the extension (with its User Timing marks, which
 * the shipped build leaves out), made here in a temporary folder; the card and side panel are
 * timed from outside their pages, the card on the shipped build and the panel on the bench one.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { compileEntities } from '../src/shared/compile-matcher-index';
import { benchCard } from './bench/card';
import { benchHighlight } from './bench/highlight';
import { benchMatcherScale } from './bench/matcher-scale';
import { benchPacks } from './bench/packs';
import { benchPopup } from './bench/popup';
import { benchSidePanel } from './bench/sidepanel';
import { benchStoreChromium } from './bench/store-chromium';
import { buildExtension } from './lib/build';
import { bundledPacks } from './lib/bundled-packs';
import { loadDataset } from './lib/load-dataset';
import { CORPUS_DIR, HAS_CORPUS } from './lib/paths';

const SECTIONS = ['matcher', 'store', 'card', 'popup', 'sidepanel', 'packs', 'highlight'] as const;
type Section = (typeof SECTIONS)[number];

const args = process.argv.slice(2);
const only = new Set<string>();
const positional: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--only') for (const name of (args[++i] ?? '').split(',')) only.add(name);
  else if (a.startsWith('--only=')) for (const name of a.slice('--only='.length).split(',')) only.add(name);
  else if (!a.startsWith('-')) positional.push(a);
}
const unknown = [...only].filter((name) => !(SECTIONS as readonly string[]).includes(name));
if (unknown.length > 0) {
  console.error(`bench: unknown section ${unknown.join(', ')} (sections: ${SECTIONS.join(', ')})`);
  process.exit(1);
}
const runs = (name: Section) => only.size === 0 || only.has(name);

const arg = positional[0];
const corpusDir = arg ? resolve(arg) : HAS_CORPUS ? CORPUS_DIR : undefined;
if (corpusDir && !existsSync(corpusDir)) {
  console.error(`bench: no such folder: ${corpusDir}`);
  process.exit(1);
}

const dataset = await loadDataset();
const bundled = await bundledPacks();
/** Every alias of the bundled packs, as the background compiles them for a reader with every bundled pack on. */
const index = compileEntities(bundled.flatMap((pack) => [...pack.actors, ...pack.agreements, ...pack.events]), bundled.map((pack) => `${pack.pack.id}@${pack.pack.version}`).join('+'));
const section = (title: string) => console.log(`\n== ${title}`);

if (runs('matcher')) {
  section('matcher scaling (Node)');
  for (const line of await benchMatcherScale(index)) console.log(line);
}

if (runs('store')) {
  section('briefing store (Chromium)');
  for (const line of await benchStoreChromium(bundled[0]!)) console.log(line);
}

if (runs('card')) {
  const shippedBuild = await mkdtemp(join(tmpdir(), 'briefing-lens-shipped-build-'));
  try {
    await buildExtension({ outDir: shippedBuild });
    section('hover card (Chromium)');
    for (const line of await benchCard(dataset, join(shippedBuild, 'chrome'))) console.log(line);
  } finally {
    await rm(shippedBuild, { recursive: true, force: true });
  }
}

if (runs('popup') || runs('sidepanel')) {
  const benchBuild = await mkdtemp(join(tmpdir(), 'briefing-lens-bench-build-'));
  try {
    await buildExtension({ outDir: benchBuild, bench: true });
    const extensionDir = join(benchBuild, 'chrome');

    if (runs('popup')) {
      section('popup (Chromium)');
      for (const line of await benchPopup(extensionDir)) console.log(line);
    }

    if (runs('sidepanel')) {
      section('side panel (Chromium)');
      for (const line of await benchSidePanel(extensionDir)) console.log(line);
    }
  } finally {
    await rm(benchBuild, { recursive: true, force: true });
  }
}

if (runs('packs')) {
  const shippedBuild = await mkdtemp(join(tmpdir(), 'briefing-lens-bench-build-'));
  try {
    await buildExtension({ outDir: shippedBuild });
    section('briefing packs at scale (Chromium)');
    for (const line of await benchPacks(join(shippedBuild, 'chrome'))) console.log(line);
  } finally {
    await rm(shippedBuild, { recursive: true, force: true });
  }
}

if (runs('highlight')) {
  section(`highlight pass (Chromium)${corpusDir ? ` on ${corpusDir}` : ', no corpus folder: stress page only'}`);
  for (const line of await benchHighlight({ corpusDir, index, log: (line) => console.log(line) })) console.log(line);
}
