/**
 * The highlight benchmark's 100× setting: the extension as a reader has it with the 100×
 * synthetic pack (scripts/lib/synthetic-pack.ts: 8,300 invented entities, 6,900 quotes)
 * installed beside the bundled packs. The one place that decides how that extension is
 * made: a copy of the shipped build that lists the synthetic pack after the bundled ones in
 * packs/bundled.json, so the background installs it through the same code as an import and
 * compiles the matcher from all of them, as it would for a reader who imported it.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { packChecksum } from '../../src/shared/dataset/checksum';
import { packText } from '../../src/shared/pack/pack-from-dataset';
import { makeSyntheticPack } from '../lib/synthetic-pack';

export const SCALE = 100;

/** Makes the 100× extension in `outDir` from the shipped Chromium build in `shippedDir`; `note` says what it holds. */
export async function extensionAt100x(shippedDir: string, outDir: string): Promise<{ dir: string; note: string }> {
  await cp(shippedDir, outDir, { recursive: true });
  const pack = makeSyntheticPack({ scale: SCALE });
  const file = `packs/${pack.pack.id}.briefing.json`;
  const text = packText(pack);
  await writeFile(join(outDir, file), text);
  const indexPath = join(outDir, 'packs', 'bundled.json');
  const index = JSON.parse(await readFile(indexPath, 'utf8')) as { packs: { id: string; version: string; file: string; checksum: string }[] };
  index.packs.push({ id: pack.pack.id, version: pack.pack.version, file, checksum: packChecksum(pack) });
  await writeFile(indexPath, `${JSON.stringify(index, null, 2)}\n`);
  const entities = pack.actors.length + pack.agreements.length + pack.events.length;
  return {
    dir: outDir,
    note: `the shipped build with the ${SCALE}× synthetic pack installed beside the bundled packs (${entities} entities, ${pack.quotes.length} quotes, ${(Buffer.byteLength(text) / 1024 / 1024).toFixed(1)} MiB pack file)`,
  };
}
