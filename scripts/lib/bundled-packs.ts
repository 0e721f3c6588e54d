/**
 * The bundled packs: their folders under data/packs/, in the order data/bundled-packs.json lists
 * them, read into pack files by the same code path `npm run pack` uses (a folder's dataset,
 * validated, then `packFromDataset`). The build writes them into dist; `npm run pack -- --check`
 * lists collisions against them.
 */
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Dataset, PackFile } from '../../src/shared/model';
import { checkDataset, type EditorialMode, type Problem } from '../../src/shared/dataset/validate';
import { packFromDataset } from '../../src/shared/pack/pack-from-dataset';
import { checkPackFile } from '../../src/shared/pack/parse-pack';
import { loadDataset } from './load-dataset';
import { DATA_DIR, PACKS_DIR } from './paths';

/** The bundled packs' ids (their folder names under data/packs/), in their default order. */
export async function bundledPackIds(dataDir = DATA_DIR): Promise<string[]> {
  const list = JSON.parse(await readFile(join(dataDir, 'bundled-packs.json'), 'utf8')) as unknown;
  if (!Array.isArray(list) || !list.every((id): id is string => typeof id === 'string')) throw new Error('bundled-packs.json: expected a list of pack folder names');
  return list;
}

export interface FolderPack {
  /** The folder's records as written. */
  dataset: Dataset;
  /** The pack file, or null when there are problems. */
  pack: PackFile | null;
  problems: Problem[];
  /** Defaulted header fields, and the editorial rules' findings when they are warnings. */
  warnings: Problem[];
  /** Alias texts shared with `installed` packs. */
  notes: Problem[];
}

/**
 * Packs a folder: reads its data files (throws naming the file when one is unreadable or not JSON),
 * validates them (integrity always; `editorial` says how the editorial rules count), applies the
 * folder defaults and checks the pack file it makes. `name` is the pack id's default (the folder's
 * name unless given).
 */
export async function packFolder(
  dir: string,
  options: { name?: string; editorial: EditorialMode; seeds: Map<string, string> | null; installed?: readonly PackFile[]; file?: string },
): Promise<FolderPack> {
  const dataset = await loadDataset(dir);
  const folder = checkDataset(dataset, options.seeds, { editorial: options.editorial });
  if (folder.problems.length > 0) return { dataset, pack: null, problems: folder.problems, warnings: folder.warnings, notes: [] };
  // The records as written (the validated copies have the schema's key order), so the pack file reads like the folder.
  const { pack, warnings } = packFromDataset(dataset, options.name ?? basename(dir));
  const checked = checkPackFile(pack, { file: options.file ?? `${pack.pack.id}.briefing.json`, installed: options.installed });
  return { dataset, pack: checked.pack === null ? null : pack, problems: checked.problems, warnings: [...warnings, ...folder.warnings], notes: checked.notes };
}

/** The bundled packs as pack files, in order (for collision notes; throws when one is invalid). */
export async function bundledPacks(): Promise<PackFile[]> {
  const packs: PackFile[] = [];
  for (const id of await bundledPackIds()) {
    const result = await packFolder(join(PACKS_DIR, id), { editorial: 'skip', seeds: null });
    if (result.pack === null) throw new Error(`the bundled pack ${id} is invalid (run npm run validate-data -- data/packs/${id})`);
    packs.push(result.pack);
  }
  return packs;
}
