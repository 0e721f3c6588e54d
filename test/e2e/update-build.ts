/**
 * The extension builds for the update-in-place suites (both browsers): a first build in
 * a temp folder, then a rebuild over it with the dataset's minor version bumped and a
 * higher extension version, as a real update would ship.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildExtension } from '../../scripts/lib/build';
import { FIRST_PACK_DIR } from '../../scripts/lib/paths';
import { page } from './harness';

export const UPDATE_ARTICLE = page('Update', '<p style="font: 28px/1.6 serif">Prime Minister Fumio Kishida met President Joe Biden at the White House.</p>');
export const UPDATED_EXTENSION_VERSION = '0.2.0';

export interface UpdateBuild {
  /** The folder holding `chrome/` and `firefox/`. */
  dir: string;
  /** The dataset version of the first build. */
  baseDataset: string;
  /** Rebuilds over `dir` as the update; resolves to the new dataset version. */
  update(): Promise<string>;
  remove(): Promise<void>;
}

export async function firstBuild(): Promise<UpdateBuild> {
  const dir = await mkdtemp(join(tmpdir(), 'briefing-lens-update-'));
  const baseDataset = (await buildExtension({ outDir: dir })).datasetVersion;
  return {
    dir,
    baseDataset,
    async update() {
      const dataDir = join(dir, 'data');
      await cp(FIRST_PACK_DIR, dataDir, { recursive: true });
      const meta = JSON.parse(await readFile(join(dataDir, 'meta.json'), 'utf8')) as { version: string };
      const [major, minor] = meta.version.split('.').map(Number);
      meta.version = `${major}.${minor! + 1}.0`;
      await writeFile(join(dataDir, 'meta.json'), JSON.stringify(meta));
      await buildExtension({ outDir: dir, dataDir, version: UPDATED_EXTENSION_VERSION });
      return meta.version;
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
