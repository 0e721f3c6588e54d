/**
 * Reads the briefing dataset from data/*.json (one file per kind of record) and the seed articles
 * from ../shared/seeds. Loading only parses; validation lives in src/shared/dataset/validate.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AliasCollisionAllowance, Dataset } from '../../src/shared/model';
import { DATA_FILES } from '../../src/shared/dataset/validate';
import { FIRST_PACK_DIR, HAS_SEEDS, SEEDS_DIR } from './paths';

async function readJson(dir: string, file: string): Promise<unknown> {
  const path = join(dir, file);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new Error(`${file}: cannot read ${path} (${(error as Error).message})`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new Error(`${file}: invalid JSON (${(error as Error).message})`);
  }
}

/** Load every data file into a Dataset. Throws an Error naming the file when one is unreadable or not JSON. */
export async function loadDataset(dir = FIRST_PACK_DIR): Promise<Dataset> {
  const [meta, sources, actors, agreements, events, quotes, relations, aliasCollisions] = await Promise.all([
    readJson(dir, DATA_FILES.meta),
    readJson(dir, DATA_FILES.sources),
    readJson(dir, DATA_FILES.actors),
    readJson(dir, DATA_FILES.agreements),
    readJson(dir, DATA_FILES.events),
    readJson(dir, DATA_FILES.quotes),
    readJson(dir, DATA_FILES.relations),
    readJson(dir, DATA_FILES.aliasCollisions),
  ]);
  return {
    meta,
    sources,
    actors,
    agreements,
    events,
    quotes,
    relations,
    aliasCollisions: aliasCollisions as AliasCollisionAllowance[],
  } as Dataset;
}

/** The seed articles by file name, or null when ../shared/seeds is absent (a plain clone). */
export function loadSeeds(dir = SEEDS_DIR, present = HAS_SEEDS): Map<string, string> | null {
  if (!present) return null;
  const seeds = new Map<string, string>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.txt')).sort()) {
    seeds.set(file, readFileSync(join(dir, file), 'utf8'));
  }
  return seeds;
}
