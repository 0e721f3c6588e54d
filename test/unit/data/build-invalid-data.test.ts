// A dataset that fails validation stops the build: buildExtension rejects with one
// readable line per problem naming file, id and field, and writes nothing (an existing
// build in the output folder is left as it was); the CLI `tsx scripts/build.ts
// --data-dir` exits 1 with the same message. Works on a copy of data/ in a temp folder.
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor, Agreement, BriefingEvent, Relation } from '../../../src/shared/model';
import { buildExtension } from '../../../scripts/lib/build';
import { FIRST_PACK_DIR, REPO_ROOT } from '../../../scripts/lib/paths';

let work: string;
let dataDir: string;
let outDir: string;

async function editJson<T>(file: string, edit: (value: T) => void): Promise<void> {
  const path = join(dataDir, file);
  const value = JSON.parse(await readFile(path, 'utf8')) as T;
  edit(value);
  await writeFile(path, JSON.stringify(value, null, 2));
}

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'briefing-lens-bad-data-'));
  dataDir = join(work, 'data');
  outDir = join(work, 'dist');
  await cp(FIRST_PACK_DIR, dataDir, { recursive: true });
});

afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('building from an invalid dataset', () => {
  it('rejects with every problem named by file, id and field, and writes no output', async () => {
    await editJson<Actor[]>('actors.json', (actors) => {
      delete actors[0]!.name.ja;
    });
    await editJson<Relation[]>('relations.json', (relations) => {
      relations[0]!.to = 'no-such-entity';
    });
    const failure = buildExtension({ dataDir, outDir });
    await expect(failure).rejects.toThrow(`The dataset in ${dataDir} is invalid (2 problem(s)):`);
    const message = (await failure.catch((error: Error) => error.message)) as string;
    expect(message).toContain('actors.json [fumio-kishida] name.ja:');
    expect(message).toMatch(/relations\.json( \[[^\]]*\])? to: .*unknown entity "no-such-entity"/);
    expect(await readdir(work)).toEqual(['data']);
  });

  it('leaves a previous build in the output folder untouched', async () => {
    await mkdir(join(outDir, 'chrome'), { recursive: true });
    await writeFile(join(outDir, 'chrome', 'manifest.json'), '{"version":"0.0.1"}');
    await editJson<BriefingEvent[]>('events.json', (events) => {
      events[0]!.date = 'sometime in April';
    });
    await expect(buildExtension({ dataDir, outDir })).rejects.toThrow(/events\.json \[[^\]]+\] date:/);
    expect(await readdir(outDir)).toEqual(['chrome']);
    expect(await readFile(join(outDir, 'chrome', 'manifest.json'), 'utf8')).toBe('{"version":"0.0.1"}');
  });

  it('names the file when a data file is not JSON', async () => {
    await writeFile(join(dataDir, 'quotes.json'), '[{"id": "q1",]');
    await expect(buildExtension({ dataDir, outDir })).rejects.toThrow(/^quotes\.json: invalid JSON/);
    expect(await readdir(work)).toEqual(['data']);
  });

  it('the CLI exits 1 and prints the problems, with no output written', async () => {
    await editJson<Agreement[]>('agreements.json', (agreements) => {
      agreements[0]!.parties.push('ghost-actor');
    });
    const run = spawnSync(process.execPath, [join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/build.ts', '--data-dir', dataDir, '--out-dir', outDir], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`The dataset in ${dataDir} is invalid`);
    expect(run.stderr).toMatch(/agreements\.json \[[^\]]+\] parties\[\d+\]: .*unknown actor "ghost-actor"/);
    expect(await readdir(work)).toEqual(['data']);
  }, 60_000);
});
