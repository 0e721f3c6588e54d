// The build writes the bundled packs by the same code path as `npm run pack`: for each folder
// of data/bundled-packs.json, in order, packs/<id>.briefing.json in each browser's folder (the
// bytes `npm run pack` writes for that folder, a pack checkPackFile accepts), and
// packs/bundled.json listing id, version, file and checksum. The first pack's seed and matcher
// bundles are still written beside them.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PackFile } from '../../../src/shared/model';
import { packChecksum } from '../../../src/shared/dataset/checksum';
import { packText } from '../../../src/shared/pack/pack-from-dataset';
import { checkPackFile } from '../../../src/shared/pack/parse-pack';
import { buildExtension } from '../../../scripts/lib/build';
import { bundledPackIds, packFolder } from '../../../scripts/lib/bundled-packs';
import { TARGETS } from '../../../scripts/lib/manifest';
import { PACKS_DIR } from '../../../scripts/lib/paths';

let outDir: string;

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'briefing-lens-build-packs-'));
  await buildExtension({ outDir });
}, 120_000);

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

describe('the bundled packs in the build', () => {
  it.each(TARGETS)('%s: packs/bundled.json lists every bundled pack in order, each file valid with its checksum', async (target) => {
    const ids = await bundledPackIds();
    const index = JSON.parse(await readFile(join(outDir, target, 'packs', 'bundled.json'), 'utf8')) as { packs: { id: string; version: string; file: string; checksum: string }[] };
    expect(index.packs.map((entry) => entry.id)).toEqual(ids);
    for (const entry of index.packs) {
      expect(entry.file).toBe(`packs/${entry.id}.briefing.json`);
      const text = await readFile(join(outDir, target, entry.file), 'utf8');
      const pack = JSON.parse(text) as PackFile;
      expect(checkPackFile(pack).problems).toEqual([]);
      expect(pack.pack).toMatchObject({ id: entry.id, version: entry.version });
      expect(entry.checksum).toBe(packChecksum(pack));
      const packed = await packFolder(join(PACKS_DIR, entry.id), { editorial: 'error', seeds: null });
      expect(text).toBe(packText(packed.pack!));
    }
    expect(existsSync(join(outDir, target, 'data'))).toBe(false);
  });
});
