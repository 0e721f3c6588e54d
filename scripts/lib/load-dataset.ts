/**
 * Reads a briefing pack folder (data/packs/<pack id>/, one JSON file per kind of record), the list
 * of bundled packs (data/bundled-packs.json) and the seed articles from ../shared/seeds. Loading
 * only parses; validation lives in src/shared/dataset/validate.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AliasCollisionAllowance, Dataset } from '../../src/shared/model';
import { DATA_FILES } from '../../src/shared/dataset/validate';
import { DATA_DIR, FIRST_PACK_DIR, HAS_SEEDS, SEEDS_DIR } from './paths';

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

/** The bundled packs' ids in their default order (data/bundled-packs.json). Throws an Error naming the file when it is unreadable or not a list of ids. */
export async function loadBundledPackIds(dataDir = DATA_DIR): Promise<string[]> {
  const ids = await readJson(dataDir, 'bundled-packs.json');
  if (!Array.isArray(ids) || ids.length === 0 || !ids.every((id) => typeof id === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))) {
    throw new Error('bundled-packs.json: must be a non-empty list of pack ids (a-z, 0-9, hyphens)');
  }
  if (new Set(ids).size !== ids.length) throw new Error('bundled-packs.json: lists a pack id twice');
  return ids as string[];
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
