/**
 * The extension builds for the update-in-place suites (both browsers): a first build in
 * a temp folder, then a rebuild over it with the first pack's minor version bumped and a
 * higher extension version, as a real update would ship.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildExtension, type BuildResult } from '../../scripts/lib/build';
import { FIRST_PACK_DIR } from '../../scripts/lib/paths';
import { page } from './harness';

export const UPDATE_ARTICLE = page('Update', '<p style="font: 28px/1.6 serif">Prime Minister Fumio Kishida met President Joe Biden at the White House.</p>');
export const UPDATED_EXTENSION_VERSION = '0.2.0';

export interface UpdateBuild {
  /** The folder holding `chrome/` and `firefox/`. */
  dir: string;
  /** The first build's bundled packs as ping reports them (`id@version, …`). */
  basePacks: string;
  /** Rebuilds over `dir` as the update; resolves to the new packs as ping reports them. */
  update(): Promise<string>;
  remove(): Promise<void>;
}

const pingPacks = (built: BuildResult) => built.packs.map((pack) => `${pack.id}@${pack.version}`).join(', ');

export async function firstBuild(): Promise<UpdateBuild> {
  const dir = await mkdtemp(join(tmpdir(), 'briefing-lens-update-'));
  const basePacks = pingPacks(await buildExtension({ outDir: dir }));
  return {
    dir,
    basePacks,
    async update() {
      const dataDir = join(dir, 'data');
      await cp(FIRST_PACK_DIR, dataDir, { recursive: true });
      const meta = JSON.parse(await readFile(join(dataDir, 'meta.json'), 'utf8')) as { version: string };
      const [major, minor] = meta.version.split('.').map(Number);
      meta.version = `${major}.${minor! + 1}.0`;
      await writeFile(join(dataDir, 'meta.json'), JSON.stringify(meta));
      return pingPacks(await buildExtension({ outDir: dir, dataDir, version: UPDATED_EXTENSION_VERSION }));
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
