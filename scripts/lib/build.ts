/**
 * The extension build: validates the bundled packs (data/bundled-packs.json, in order) and
 * writes each as a pack file with the same code path as `npm run pack` (packs/, listed in
 * packs/bundled.json), bundles every entry point with esbuild for each browser,
 * copies static assets and writes the per-browser manifests to dist/chrome and dist/firefox.
 */
import { build as esbuild, context, type BuildOptions, type Plugin } from 'esbuild';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { packChecksum } from '../../src/shared/dataset/checksum';
import { formatProblem } from '../../src/shared/dataset/validate';
import { packText } from '../../src/shared/pack/pack-from-dataset';
import { bundledPackIds, packFolder } from './bundled-packs';
import { loadSeeds } from './load-dataset';
import { manifestFor, TARGETS, type Manifest, type Target } from './manifest';
import { DATA_DIR, DIST_DIR, PACKS_DIR, REPO_ROOT } from './paths';
import { bundleSizes, formatSizes } from './size-budget';

export interface BuildOptionsIn {
  dev?: boolean;
  /**
   * Compile the bench-only code in (`__BENCH__`: User Timing marks, the highlighter's pass
   * figures); development builds have it too, the shipped build never.
   */
  bench?: boolean;
  /** Rebuild on change until the process ends. */
  watch?: boolean;
  /**
   * Write each bundle's source map beside it without linking it from the bundle, whose
   * bytes stay those of the build without (the highlight bench maps profile samples of
   * the shipped content script to its source modules).
   */
  sourceMaps?: boolean;
  outDir?: string;
  /** Read the first bundled pack from this folder instead of data/packs/<its id>/ (tests build broken or newer datasets); its id stays the bundled one unless its meta.json names another. */
  dataDir?: string;
  /** The manifest version, instead of package.json's (tests simulate an extension update). */
  version?: string;
  /** Print progress lines (the CLI does; tests don't). */
  log?: (line: string) => void;
}

export interface BuildResult {
  outDir: string;
  /** The bundled packs' ids and versions, in order. */
  packs: { id: string; version: string }[];
}

const ENTRIES = {
  background: 'src/background/index.ts',
  content: 'src/content/index.ts',
  popup: 'src/popup/index.tsx',
  options: 'src/options/index.tsx',
  sidepanel: 'src/sidepanel/index.tsx',
};

/** The extension pages: each is `<name>.html` loading `<name>.css` and `<name>.js` (the bundle of its entry). */
const PAGES = ['popup', 'options', 'sidepanel'] as const;

function pageHtml(name: string): string {
  return `<!doctype html>
<html>
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <title>Briefing Lens</title>
    <link rel="stylesheet" href="${name}.css" />
  </head>
  <body>
    <div id="app"></div>
    <script src="${name}.js"></script>
  </body>
</html>
`;
}

/** esbuild's language targets: the manifest's minimum versions (minimum_chrome_version, gecko strict_min_version). */
export const BROWSER_TARGETS: Record<Target, string> = { chrome: 'chrome140', firefox: 'firefox140' };

/** `__BENCH__` for a build: on in the bench and development builds, off (dropped) in the shipped one. */
export function benchDefine(bench: boolean): Record<string, string> {
  return { __BENCH__: bench ? 'true' : 'false' };
}

/**
 * The English messages a bundle carries as its fallback (src/shared/ui/i18n.ts), without the
 * translators' examples. In the extension the browser's i18n API answers every key, so the
 * shipped bundles carry none; the development and bench builds keep them (the bench runs the
 * card in a plain page), the content script only the card's.
 */
function englishFallback(keep: (key: string) => boolean): Plugin {
  return {
    name: 'english-fallback',
    setup(b) {
      b.onLoad({ filter: /_locales[\\/]en[\\/]messages\.json$/ }, async (args) => {
        const all = JSON.parse(await readFile(args.path, 'utf8')) as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
        const kept = Object.entries(all)
          .filter(([key]) => keep(key))
          .map(([key, { message, placeholders }]) => [
            key,
            placeholders ? { message, placeholders: Object.fromEntries(Object.entries(placeholders).map(([name, { content }]) => [name, { content }])) } : { message },
          ]);
        return { contents: JSON.stringify(Object.fromEntries(kept)), loader: 'json' };
      });
    },
  };
}

/** The bundles of one browser: the pages and background in one build, the content script in its own. */
function esbuildOptions(target: Target, outDir: string, dev: boolean, bench: boolean, sourceMaps = false): BuildOptions[] {
  const { content, ...pages } = ENTRIES;
  const common = { ...sharedOptions(target, outDir, dev, bench), ...(sourceMaps && !dev ? { sourcemap: 'external' as const } : {}) };
  const shipped = !dev && !bench;
  return [
    { ...common, entryPoints: pages, plugins: [englishFallback(() => !shipped)] },
    { ...common, entryPoints: { content }, plugins: [englishFallback((key) => !shipped && key.startsWith('card_'))] },
  ];
}

function sharedOptions(target: Target, outDir: string, dev: boolean, bench: boolean): BuildOptions {
  return {
    absWorkingDir: REPO_ROOT,
    outdir: join(outDir, target),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: BROWSER_TARGETS[target],
    minify: !dev,
    sourcemap: dev ? 'linked' : false,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'none',
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': dev ? '"development"' : '"production"', ...benchDefine(bench) },
  };
}

/** A bundled pack as the build writes it: `packs/<id>.briefing.json` in each browser's folder. */
interface BuiltPack {
  id: string;
  version: string;
  /** Path inside the extension. */
  file: string;
  checksum: string;
  text: string;
}

interface CompiledData {
  packs: BuiltPack[];
  /** Warnings of the packs (defaulted header fields), one line each. */
  warnings: string[];
}

/**
 * Reads and validates every bundled pack (integrity and editorial rules) and makes its pack file;
 * throws a readable error listing every problem of the first invalid pack. `firstDir` replaces the
 * first pack's folder.
 */
async function compileData(firstDir?: string): Promise<CompiledData> {
  const seeds = loadSeeds();
  const packs: BuiltPack[] = [];
  const warnings: string[] = [];
  for (const [index, id] of (await bundledPackIds()).entries()) {
    const dir = index === 0 && firstDir !== undefined ? firstDir : join(PACKS_DIR, id);
    const result = await packFolder(dir, { name: id, editorial: 'error', seeds });
    if (result.pack === null) {
      const lines = result.problems.map((p) => `  ${p.file}${p.id ? ` [${p.id}]` : ''}${p.field ? ` ${p.field}` : ''}: ${p.message}`);
      const shown = dir.startsWith(REPO_ROOT) ? `${relative(REPO_ROOT, dir)}/` : dir;
      throw new Error(`The dataset in ${shown} is invalid (${result.problems.length} problem(s)):\n${lines.join('\n')}`);
    }
    const pack = result.pack;
    warnings.push(...result.warnings.map((w) => `pack ${pack.pack.id}: ${formatProblem(w)}`));
    packs.push({ id: pack.pack.id, version: pack.pack.version, file: `packs/${pack.pack.id}.briefing.json`, checksum: packChecksum(pack), text: packText(pack) });
  }
  if (packs.length === 0) throw new Error('data/bundled-packs.json lists no pack');
  return { packs, warnings };
}

/** `packs/bundled.json`: the bundled packs in their default order, each with its version, file and checksum. */
function bundledIndex(packs: readonly BuiltPack[]): string {
  return `${JSON.stringify({ packs: packs.map(({ id, version, file, checksum }) => ({ id, version, file, checksum })) }, null, 2)}\n`;
}

async function writeStatic(target: Target, outDir: string, data: CompiledData, version?: string) {
  const dir = join(outDir, target);
  const source = JSON.parse(await readFile(join(REPO_ROOT, 'manifest.json'), 'utf8')) as Manifest;
  const pkg = JSON.parse(await readFile(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifestFor(target, source, version ?? pkg.version), null, 2));
  await cp(join(REPO_ROOT, 'assets', 'icons'), join(dir, 'icons'), { recursive: true, filter: (f) => !f.endsWith('.svg') });
  await cp(join(REPO_ROOT, 'assets', '_locales'), join(dir, '_locales'), { recursive: true });
  for (const page of PAGES) await writeFile(join(dir, `${page}.html`), pageHtml(page));
  await mkdir(join(dir, 'packs'), { recursive: true });
  for (const pack of data.packs) await writeFile(join(dir, pack.file), pack.text);
  await writeFile(join(dir, 'packs', 'bundled.json'), bundledIndex(data.packs));
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

export async function buildExtension(options: BuildOptionsIn = {}): Promise<BuildResult> {
  const dev = options.dev ?? false;
  const bench = dev || (options.bench ?? false);
  const outDir = options.outDir ?? DIST_DIR;
  const dataDir = options.dataDir;
  const log = options.log ?? (() => {});
  const data = await compileData(dataDir);
  for (const pack of data.packs) log(`pack ${pack.id} ${pack.version}: ${kb(Buffer.byteLength(pack.text))}, ${pack.checksum}`);
  for (const warning of data.warnings) log(`  warning: ${warning}`);
  for (const target of TARGETS) {
    await rm(join(outDir, target), { recursive: true, force: true });
    await mkdir(join(outDir, target), { recursive: true });
    for (const bundle of esbuildOptions(target, outDir, dev, bench, options.sourceMaps)) await esbuild(bundle);
    await writeStatic(target, outDir, data, options.version);
    log(`built ${join(outDir, target)}${dev ? ' (dev, sourcemaps)' : bench ? ' (bench)' : ''}`);
    if (!dev && !bench) log(`  size budget: ${formatSizes(await bundleSizes(join(outDir, target)))}`);
  }
  if (options.watch) await watch(outDir, dataDir, dev, bench, log);
  return { outDir, packs: data.packs.map(({ id, version }) => ({ id, version })) };
}

/** Rebuilds bundles on source changes and static files/data on any change under the watched folders. */
async function watch(outDir: string, dataDir: string | undefined, dev: boolean, bench: boolean, log: (line: string) => void): Promise<void> {
  const { watch: watchFs } = await import('node:fs');
  for (const target of TARGETS) {
    for (const options of esbuildOptions(target, outDir, dev, bench)) {
      const ctx = await context({
        ...options,
        plugins: [...(options.plugins ?? []), { name: 'log', setup: (b) => b.onEnd((r) => log(`${target}: rebuilt (${r.errors.length} errors)`)) }],
      });
      await ctx.watch();
    }
  }
  let timer: NodeJS.Timeout | undefined;
  const refresh = () => {
    clearTimeout(timer);
    const rewrite = async () => {
      const data = await compileData(dataDir);
      for (const target of TARGETS) await writeStatic(target, outDir, data);
      log('static files and data refreshed');
    };
    timer = setTimeout(() => {
      rewrite().catch((error: unknown) => log(error instanceof Error ? error.message : String(error)));
    }, 100);
  };
  for (const dir of [...(dataDir === undefined ? [] : [dataDir]), DATA_DIR, join(REPO_ROOT, 'assets'), join(REPO_ROOT, 'src')]) watchFs(dir, { recursive: true }, refresh);
  watchFs(join(REPO_ROOT, 'manifest.json'), refresh);
  log('watching for changes (Ctrl+C to stop)');
}
