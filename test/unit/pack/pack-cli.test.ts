// `npm run pack` end to end on temp folders: packing a good folder writes a pack file that
// checks clean and is byte-identical when rebuilt; a broken folder exits 1 with one line per
// problem and writes nothing; `--check` lists alias collisions with the bundled packs as notes
// (exit 0) and refuses broken files (exit 1). Paths resolve against the folder the command was
// typed in (npm's INIT_CWD).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/shared/model';
import { DATA_FILES } from '../../../src/shared/dataset/validate';
import { checkPackFile } from '../../../src/shared/pack/parse-pack';
import { REPO_ROOT } from '../../../scripts/lib/paths';
import { fixtureDataset } from '../data/fixture';

let work: string;

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'briefing-lens-pack-cli-'));
});

afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

function pack(...args: string[]) {
  const run = spawnSync(process.execPath, [join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(REPO_ROOT, 'scripts', 'pack.ts'), ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, INIT_CWD: work },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Writes `dataset` as a pack folder (one file per collection, as data/packs/<id>/ holds it). */
async function writeFolder(name: string, dataset: Dataset): Promise<string> {
  const dir = join(work, name);
  await mkdir(dir, { recursive: true });
  for (const [key, file] of Object.entries(DATA_FILES)) {
    await writeFile(join(dir, file), JSON.stringify((dataset as unknown as Record<string, unknown>)[key] ?? [], null, 2));
  }
  return dir;
}

describe('npm run pack -- DIR', () => {
  it('writes <id>.briefing.json where it was called, with the folder defaults warned, identical on a rebuild', async () => {
    await writeFolder('my-pack', fixtureDataset());
    const first = pack('my-pack');
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^my-pack: 0 problems, \d+ warnings?, 0 notes$/m);
    expect(first.stdout).toContain('  warning: meta.json › license: is not set');
    expect(first.stdout).toContain('wrote my-pack.briefing.json: pack my-pack 1.0.0 (4 entities, 1 quotes, 2 sources)');
    const text = await readFile(join(work, 'my-pack.briefing.json'), 'utf8');
    expect(checkPackFile(JSON.parse(text))).toMatchObject({ problems: [] });
    expect(pack('my-pack').status).toBe(0);
    expect(await readFile(join(work, 'my-pack.briefing.json'), 'utf8')).toBe(text);
  }, 60_000);

  it('writes where --out says', async () => {
    await writeFolder('my-pack', fixtureDataset());
    expect(pack('my-pack', '--out', 'out/renamed.briefing.json').status).toBe(1);
    await mkdir(join(work, 'out'));
    expect(pack('my-pack', '--out', 'out/renamed.briefing.json').status).toBe(0);
    expect(existsSync(join(work, 'out', 'renamed.briefing.json'))).toBe(true);
    expect(existsSync(join(work, 'my-pack.briefing.json'))).toBe(false);
  }, 60_000);

  it('exits 1 with one line per problem and writes nothing for a broken folder', async () => {
    const dataset = fixtureDataset();
    dataset.relations[0]!.to = 'ghost';
    dataset.actors[0]!.aliases.push({ text: 'X', lang: 'en' });
    await writeFolder('broken', dataset);
    const run = pack('broken');
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^broken: 2 problems, /m);
    const errors = run.stderr.trimEnd().split('\n');
    expect(errors).toEqual([
      expect.stringMatching(/^ {2}error: actors\.json › leader-a › aliases\[3\]\.text: alias "X" is a single character/),
      expect.stringMatching(/^ {2}error: relations\.json › #0 \(.+\) › to: unknown entity "ghost"$/),
    ]);
    expect(existsSync(join(work, 'broken.briefing.json'))).toBe(false);
  }, 60_000);

  it('exits 1 naming a data file that is not JSON', async () => {
    const dir = await writeFolder('bad-json', fixtureDataset());
    await writeFile(join(dir, 'quotes.json'), '[{"id": ');
    const run = pack('bad-json');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^pack: quotes\.json: invalid JSON/);
  }, 60_000);

  it('prints its usage and exits 1 without a folder', () => {
    const run = pack();
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('usage: npm run pack -- DIR [--out FILE]');
  }, 60_000);
});

describe('npm run pack -- --check FILE…', () => {
  it('lists alias collisions with the bundled packs as notes and exits 0', async () => {
    const dataset = fixtureDataset();
    dataset.actors[0]!.aliases.push({ text: 'Fumio Kishida', lang: 'en' });
    await writeFolder('colliding', dataset);
    expect(pack('colliding').status).toBe(0);
    const run = pack('--check', 'colliding.briefing.json');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^colliding\.briefing\.json: 0 problems, \d+ warnings?, 1 note$/m);
    expect(run.stdout).toMatch(
      /^ {2}note: actors\.json › leader-a › aliases\[3\]: alias "Fumio Kishida" is also an alias of fumio-kishida in pack japan-us-state-visit-2024(, [^:]+)?: on a page the longest match wins, then the alias rules .*, then the pack the reader ordered first/m,
    );
  }, 60_000);

  it('checks every file and exits 1 when any has a problem, each named', async () => {
    const good = JSON.parse(await readFile(join(REPO_ROOT, 'docs', 'example.briefing.json'), 'utf8')) as Record<string, unknown>;
    await writeFile(join(work, 'good.briefing.json'), JSON.stringify(good));
    await writeFile(join(work, 'future.briefing.json'), JSON.stringify({ ...good, formatVersion: 2 }));
    await writeFile(join(work, 'text.briefing.json'), 'hello');
    const run = pack('--check', 'good.briefing.json', 'future.briefing.json', 'text.briefing.json', 'missing.briefing.json');
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^good\.briefing\.json: 0 problems, 0 warnings, 0 notes$/m);
    expect(run.stderr).toContain('  error: future.briefing.json › formatVersion: is 2, a later format than this version of Briefing Lens reads (1)');
    expect(run.stderr).toMatch(/^ {2}error: text\.briefing\.json: is not JSON/m);
    expect(run.stderr).toMatch(/^missing\.briefing\.json: cannot read /m);
  }, 60_000);

  it('exits 0 for the documented example', () => {
    const run = pack('--check', join(REPO_ROOT, 'docs', 'example.briefing.json'));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, 60_000);
});
