/**
 * Pack files for the pack tests: the documented example (docs/example.briefing.json, a valid
 * pack) and a small valid pack built from the validator's fixture dataset, cloned and broken one
 * thing at a time by each test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PackFile } from '../../../src/shared/model';
import { packFromDataset } from '../../../src/shared/pack/pack-from-dataset';
import { REPO_ROOT } from '../../../scripts/lib/paths';
import { fixtureDataset } from '../data/fixture';

export const EXAMPLE_PATH = join(REPO_ROOT, 'docs', 'example.briefing.json');

/** The example pack as parsed JSON (a fresh copy each call). */
export function examplePack(): Record<string, unknown> & PackFile {
  return JSON.parse(readFileSync(EXAMPLE_PATH, 'utf8')) as Record<string, unknown> & PackFile;
}

/** A valid pack of the fixture dataset, with a full header. */
export function fixturePack(id = 'fixture-pack'): PackFile {
  const dataset = fixtureDataset();
  dataset.meta = { ...dataset.meta, id, license: 'CC-BY-4.0', authors: ['Test'], description: { en: 'Fixture pack' } };
  return structuredClone(packFromDataset(dataset, id).pack);
}
