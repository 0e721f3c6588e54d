/**
 * The highlight benchmark's 100× setting: the extension as a reader has it with the
 * synthetic 100× data (scripts/lib/synthetic-dataset.ts: 100 copies of every record, each
 * with its own tagged names and aliases) on top of what is bundled. The one place that
 * decides how that extension is made: a copy of the shipped build whose matcher bundle is
 * compiled from the 100× dataset (the background sends it to content scripts as it
 * would the bundled one). Once briefing packs can be installed, this installs the 100×
 * pack instead.
 */
import { cp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compileMatcherIndex } from '../../src/shared/compile-matcher-index';
import type { Dataset } from '../../src/shared/model';
import { matcherBundle } from '../lib/matcher-bundle';
import { makeSyntheticDataset } from '../lib/synthetic-dataset';

export const SCALE = 100;

/** Makes the 100× extension in `outDir` from the shipped Chromium build in `shippedDir`; `note` says what it holds. */
export async function extensionAt100x(shippedDir: string, dataset: Dataset, outDir: string): Promise<{ dir: string; note: string }> {
  await cp(shippedDir, outDir, { recursive: true });
  const index = compileMatcherIndex(makeSyntheticDataset(dataset, SCALE));
  const bundle = JSON.stringify(matcherBundle(index));
  await writeFile(join(outDir, 'data', 'matcher.json'), bundle);
  return {
    dir: outDir,
    note: `the shipped build with a matcher bundle of the ${SCALE}× synthetic dataset (${index.entities.length} entities, ${index.aliases.length} aliases, ${(Buffer.byteLength(bundle) / 1024 / 1024).toFixed(1)} MiB sent to each frame); the briefing store keeps the bundled data`,
  };
}
