// The release packages (`npm run package`): packaged twice from this checkout, then once
// more from the unpacked source archive in a temp folder (no git, no ../shared), as a
// store reviewer would. Every run writes byte-identical archives; the zips are
// deterministic (sorted entries, 1980-01-01 00:00 timestamps, Unix 0644 permissions,
// manifest.json at the root); names and manifests carry package.json's version; the
// source archive holds every tracked file but test artifacts; no bundle or manifest
// holds the build time or the build's temp path; bundles stay within their budgets;
// the .xpi passes web-ext lint; the Firefox add-on id is the one chosen for good.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TARGETS } from '../../../scripts/lib/manifest';
import { archiveName, packageRelease, type ReleaseFile } from '../../../scripts/lib/package';
import { REPO_ROOT } from '../../../scripts/lib/paths';
import { bundleSizes, SIZE_BUDGET } from '../../../scripts/lib/size-budget';
import { extractZip } from '../../../scripts/lib/zip';

/** The Firefox add-on id: readers' data is keyed to it, so it must never change (README). */
const GECKO_ID = '{420b92a3-712f-41cf-98f3-d1528cfce091}';

interface CentralEntry {
  name: string;
  madeBy: number;
  dosTime: number;
  dosDate: number;
  mode: number;
}

/** The central directory of a zip (no comment, no zip64), read field by field. */
function centralDirectory(zip: Buffer): CentralEntry[] {
  const end = zip.length - 22;
  expect(zip.readUInt32LE(end)).toBe(0x06054b50);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: CentralEntry[] = [];
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    entries.push({
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      madeBy: zip.readUInt8(at + 5),
      dosTime: zip.readUInt16LE(at + 12),
      dosDate: zip.readUInt16LE(at + 14),
      mode: zip.readUInt32LE(at + 38) >>> 16,
    });
    at += 46 + nameLength + skip;
  }
  return entries;
}

const version = (JSON.parse(await readFile(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const NAMES = [archiveName(version, 'chrome'), archiveName(version, 'firefox'), archiveName(version, 'source')];

let work: string;
const runs: { files: ReleaseFile[]; log: string[]; buildDir: string; started: number; ended: number }[] = [];
let fromSource: { status: number | null; output: string; dir: string };

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'briefing-lens-package-'));
  for (const run of ['a', 'b']) {
    const log: string[] = [];
    const buildDir = join(work, run, 'dist');
    const started = Date.now();
    const files = await packageRelease({ buildDir, releaseDir: join(work, run, 'release'), log: (line) => log.push(line) });
    runs.push({ files, log, buildDir, started, ended: Date.now() });
  }
  // The reviewer's rebuild: unpack the source archive, install (here: link this checkout's
  // node_modules, which `npm ci` would recreate from the same lock file) and package.
  const dir = join(work, 'source');
  await extractZip(await readFile(runs[0]!.files.find((f) => f.path.endsWith('-source.zip'))!.path), dir);
  await symlink(join(REPO_ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const child = spawnSync('npm', ['run', '-s', 'package'], { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_CEILING_DIRECTORIES: work } });
  fromSource = { status: child.status, output: `${child.stdout}\n${child.stderr}`, dir };
}, 240_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('npm run package', () => {
  it("writes the Chrome zip, the Firefox .xpi and the source archive, named for package.json's version", () => {
    for (const run of runs) expect(run.files.map((f) => basename(f.path))).toEqual(NAMES);
    expect(NAMES[0]).toBe(`briefing-lens-${version}-chrome.zip`);
  });

  it('reports each archive with its size and SHA-256, and writes the same digests to a checksum file', async () => {
    const run = runs[0]!;
    for (const f of run.files) {
      const data = await readFile(f.path);
      expect(f.bytes).toBe(data.byteLength);
      expect(f.sha256).toBe(createHash('sha256').update(data).digest('hex'));
    }
    const sums = await readFile(join(work, 'a', 'release', `briefing-lens-${version}.sha256`), 'utf8');
    expect(sums).toBe(run.files.map((f) => `${f.sha256}  ${basename(f.path)}\n`).join(''));
  });

  it('two runs from the same tree write byte-identical archives', async () => {
    const [a, b] = runs;
    for (let i = 0; i < NAMES.length; i++) {
      expect(b!.files[i]!.sha256).toBe(a!.files[i]!.sha256);
      expect((await readFile(b!.files[i]!.path)).equals(await readFile(a!.files[i]!.path))).toBe(true);
    }
  });

  it('the unpacked source archive, without git history or ../shared, rebuilds the Chrome zip and the .xpi byte for byte', async () => {
    expect(fromSource.status, fromSource.output).toBe(0);
    expect(fromSource.output).toContain('not a git checkout: the source archive is skipped');
    for (const name of NAMES.slice(0, 2)) {
      const rebuilt = await readFile(join(fromSource.dir, 'release', name));
      expect(rebuilt.equals(await readFile(join(work, 'a', 'release', name))), name).toBe(true);
    }
  });

  it('writes deterministic zips: entries sorted, every time 1980-01-01 00:00, Unix permissions, manifest.json at the root', async () => {
    for (const f of runs[0]!.files) {
      const entries = centralDirectory(await readFile(f.path));
      const names = entries.map((e) => e.name);
      expect(names).toEqual([...names].sort());
      for (const e of entries) {
        expect(e, e.name).toMatchObject({ madeBy: 3, dosDate: (0 << 9) | (1 << 5) | 1, dosTime: 0 });
        expect([0o100644, 0o100755], e.name).toContain(e.mode);
      }
      if (!f.path.endsWith('-source.zip')) {
        expect(names).toContain('manifest.json');
        expect(entries.every((e) => e.mode === 0o100644)).toBe(true);
      }
    }
  });

  it('puts every file git tracks in the source archive except test artifacts, BUILDING.md included and the CI script executable', async () => {
    const tracked = spawnSync('git', ['ls-files'], { cwd: REPO_ROOT, encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
    const entries = centralDirectory(await readFile(runs[0]!.files[2]!.path));
    expect(entries.map((e) => e.name)).toEqual(tracked.filter((p) => !p.startsWith('test/artifacts/')).sort());
    expect(entries.map((e) => e.name)).toContain('BUILDING.md');
    expect(entries.find((e) => e.name === '.ci/run')?.mode).toBe(0o100755);
  });

  it("gives both manifests package.json's version", async () => {
    for (const target of TARGETS) {
      const manifest = JSON.parse(await readFile(join(runs[0]!.buildDir, target, 'manifest.json'), 'utf8')) as { version: string };
      expect(manifest.version).toBe(version);
    }
  });

  it('puts no build time and no path of the build machine in any bundle, page or manifest', async () => {
    for (const run of runs) {
      const seconds: string[] = [];
      for (let s = Math.floor(run.started / 1000) - 1; s <= Math.ceil(run.ended / 1000) + 1; s++) seconds.push(String(s));
      const days = new Set([new Date(run.started).toISOString().slice(0, 10), new Date(run.ended).toISOString().slice(0, 10)]);
      for (const target of TARGETS) {
        const dir = join(run.buildDir, target);
        const names = (await readdir(dir)).filter((n) => /\.(js|html|css|json)$/.test(n));
        expect(names).toEqual(expect.arrayContaining(['manifest.json', 'content.js', 'background.js', 'popup.js', 'options.js']));
        for (const name of names) {
          const text = await readFile(join(dir, name), 'utf8');
          for (const day of days) expect(text.includes(day), `${target}/${name} holds the date ${day}`).toBe(false);
          for (const s of seconds) expect(text.includes(s), `${target}/${name} holds the time ${s}`).toBe(false);
          expect(text.includes(work), `${target}/${name} holds the build folder`).toBe(false);
          expect(text.includes(REPO_ROOT), `${target}/${name} holds the checkout's path`).toBe(false);
        }
      }
    }
  });

  it('keeps every bundle of both builds within its size budget, and prints the budget', async () => {
    for (const target of TARGETS) {
      const sizes = await bundleSizes(join(runs[0]!.buildDir, target));
      expect(sizes.map((s) => s.file).sort()).toEqual(Object.keys(SIZE_BUDGET).sort());
      for (const s of sizes) expect(s.bytes, `${target}/${s.file}`).toBeLessThanOrEqual(s.budget);
    }
    expect(runs[0]!.log.filter((line) => line.includes('size budget: ')).length).toBe(TARGETS.length);
  });

  it('passes web-ext lint on the .xpi', () => {
    expect(runs[0]!.log).toContainEqual(expect.stringMatching(/^web-ext lint: 0 errors, \d+ warnings \(0 not accepted\)/));
  });

  it('gives Firefox the add-on id chosen for good, a GUID that depends on no domain', async () => {
    const manifest = JSON.parse(await readFile(join(runs[0]!.buildDir, 'firefox', 'manifest.json'), 'utf8')) as {
      browser_specific_settings: { gecko: { id: string } };
    };
    expect(manifest.browser_specific_settings.gecko.id).toBe(GECKO_ID);
    expect(GECKO_ID).toMatch(/^\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}$/);
  });
});
