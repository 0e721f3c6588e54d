// loadDataset and loadSeeds: readable errors naming the file, and null seeds when ../shared is absent.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadBundledPackIds, loadDataset, loadSeeds } from '../../../scripts/lib/load-dataset';
import { DATA_FILES } from '../../../src/shared/dataset/validate';
import { makeDataset } from '../../fixtures/dataset';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefing-data-'));
  const data = makeDataset();
  for (const [key, file] of Object.entries(DATA_FILES)) {
    await writeFile(join(dir, file), JSON.stringify(data[key as keyof typeof data] ?? []));
  }
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('loadDataset', () => {
  it('reads every data file into a Dataset', async () => {
    const data = await loadDataset(dir);
    expect(data).toEqual(makeDataset());
  });

  it('names the file when its JSON is invalid', async () => {
    await writeFile(join(dir, 'events.json'), '[{"id": "summit",]');
    await expect(loadDataset(dir)).rejects.toThrow(/^events\.json: invalid JSON/);
  });

  it('names the file when it is missing', async () => {
    await rm(join(dir, 'relations.json'));
    await expect(loadDataset(dir)).rejects.toThrow(/^relations\.json: cannot read/);
  });
});

describe('loadSeeds', () => {
  it('returns null when the seeds directory is absent', () => {
    expect(loadSeeds(join(dir, 'no-seeds'), false)).toBeNull();
  });

  it('reads .txt seeds by file name', async () => {
    await writeFile(join(dir, '900_fixture.txt'), 'seed text');
    const seeds = loadSeeds(dir, true);
    expect(seeds?.get('900_fixture.txt')).toBe('seed text');
    expect([...(seeds?.keys() ?? [])]).toEqual(['900_fixture.txt']);
  });
});

describe('loadBundledPackIds', () => {
  it('reads the ids in their order', async () => {
    await writeFile(join(dir, 'bundled-packs.json'), JSON.stringify(['first-pack', 'second-pack']));
    await expect(loadBundledPackIds(dir)).resolves.toEqual(['first-pack', 'second-pack']);
  });

  it('names the file when it is not a list of pack ids, or lists one twice', async () => {
    await writeFile(join(dir, 'bundled-packs.json'), JSON.stringify(['First Pack']));
    await expect(loadBundledPackIds(dir)).rejects.toThrow(/^bundled-packs\.json: must be a non-empty list of pack ids/);
    await writeFile(join(dir, 'bundled-packs.json'), JSON.stringify(['a-pack', 'a-pack']));
    await expect(loadBundledPackIds(dir)).rejects.toThrow(/^bundled-packs\.json: lists a pack id twice/);
  });
});
