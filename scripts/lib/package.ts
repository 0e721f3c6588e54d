/**
 * The release packages: a production build, then three deterministic archives in the
 * release folder, named for package.json's version: the Chrome Web Store zip and the
 * Firefox .xpi (each build's files with manifest.json at the root; the .xpi passes
 * `web-ext lint`), and the source archive a store reviewer rebuilds them from (every file
 * git tracks except test artifacts, BUILDING.md among them). Refuses a build over its
 * size budget. Two runs from the same commit write byte-identical files.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { buildExtension } from './build';
import { TARGETS, type Target } from './manifest';
import { DIST_DIR, REPO_ROOT } from './paths';
import { bundleSizes, formatSizes } from './size-budget';
import { webExtLint } from './web-ext-lint';
import { deterministicZip, extractZip, type ZipEntry } from './zip';

export const RELEASE_DIR = join(REPO_ROOT, 'release');

/** Tracked paths left out of the source archive: what the test suites write. */
const TEST_ARTIFACTS = /^test\/artifacts\//;

export interface ReleaseFile {
  path: string;
  bytes: number;
  sha256: string;
}

export interface PackageOptions {
  /** Where the build goes (default dist/). */
  buildDir?: string;
  /** Where the archives go (default release/). */
  releaseDir?: string;
  log?: (line: string) => void;
}

export function archiveName(version: string, kind: Target | 'source'): string {
  return `briefing-lens-${version}-${kind === 'chrome' ? 'chrome.zip' : kind === 'firefox' ? 'firefox.xpi' : 'source.zip'}`;
}

async function version(): Promise<string> {
  return (JSON.parse(await readFile(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Every file under `dir`, with its path relative to `dir`. */
async function treeEntries(dir: string): Promise<ZipEntry[]> {
  const entries: ZipEntry[] = [];
  for (const item of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!item.isFile()) continue;
    const file = join(item.parentPath, item.name);
    entries.push({ path: relative(dir, file).split(sep).join('/'), data: await readFile(file) });
  }
  return entries;
}

/**
 * The files git tracks (as they are in the work tree), with git's executable bit; null
 * outside a git checkout (a tree unpacked from the source archive has no history to list).
 */
async function sourceEntries(): Promise<ZipEntry[] | null> {
  const listing = spawnSync('git', ['ls-files', '--stage', '-z'], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (listing.status !== 0) return null;
  const entries: ZipEntry[] = [];
  for (const record of listing.stdout.split('\0').filter(Boolean)) {
    const [meta, path] = record.split('\t') as [string, string];
    const mode = meta.split(' ')[0]!;
    if (TEST_ARTIFACTS.test(path)) continue;
    if (mode !== '100644' && mode !== '100755') throw new Error(`source archive: ${path} is not a regular file (git mode ${mode})`);
    const data = await readFile(join(REPO_ROOT, path)).catch(() => {
      throw new Error(`source archive: ${path} is tracked but missing from the work tree`);
    });
    entries.push({ path, data, executable: mode === '100755' });
  }
  if (!entries.some((e) => e.path === 'BUILDING.md')) throw new Error('source archive: BUILDING.md is not tracked');
  return entries;
}

/** Files git would commit differently from what is on disk, so a release names what it was cut from. */
function uncommittedChanges(): string[] {
  const status = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: REPO_ROOT, encoding: 'utf8' });
  return status.status === 0 ? status.stdout.split('\n').filter(Boolean) : [];
}

async function lintXpi(xpi: Uint8Array): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'briefing-lens-xpi-'));
  try {
    await extractZip(xpi, dir);
    const lint = webExtLint(dir);
    if (!lint.ok) throw new Error(`The .xpi fails web-ext lint:\n${lint.lines.join('\n')}`);
    return lint.lines;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function packageRelease(options: PackageOptions = {}): Promise<ReleaseFile[]> {
  const buildDir = options.buildDir ?? DIST_DIR;
  const releaseDir = options.releaseDir ?? RELEASE_DIR;
  const log = options.log ?? (() => {});
  const v = await version();
  const changes = uncommittedChanges();
  if (changes.length > 0) log(`warning: ${changes.length} tracked file(s) differ from the last commit; the packages hold the work tree as it is`);

  await buildExtension({ outDir: buildDir, log });
  for (const target of TARGETS) {
    const sizes = await bundleSizes(join(buildDir, target));
    if (sizes.some((s) => s.bytes > s.budget)) throw new Error(`${target}: over the size budget (scripts/lib/size-budget.ts): ${formatSizes(sizes)}`);
  }

  const archives: [string, Uint8Array][] = [];
  for (const target of TARGETS) archives.push([archiveName(v, target), deterministicZip(await treeEntries(join(buildDir, target)))]);
  const xpi = archives.find(([name]) => name.endsWith('.xpi'))![1];
  (await lintXpi(xpi)).forEach((line) => log(line));

  const source = await sourceEntries();
  if (source) archives.push([archiveName(v, 'source'), deterministicZip(source)]);
  else log('not a git checkout: the source archive is skipped');

  await mkdir(releaseDir, { recursive: true });
  const files: ReleaseFile[] = [];
  for (const [name, data] of archives) {
    const path = join(releaseDir, name);
    await writeFile(path, data);
    files.push({ path, bytes: data.byteLength, sha256: createHash('sha256').update(data).digest('hex') });
  }
  await writeFile(join(releaseDir, `briefing-lens-${v}.sha256`), files.map((f) => `${f.sha256}  ${relative(releaseDir, f.path)}\n`).join(''));
  return files;
}
