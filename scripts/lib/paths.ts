/**
 * Paths every script and test uses: the repository root, and where the read-only shared material lives (../shared beside the repository) and
 * whether this checkout has it. Suites that need it skip themselves when it is absent.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SHARED_DIR = resolve(REPO_ROOT, '..', 'shared');
export const SEEDS_DIR = join(SHARED_DIR, 'seeds');
export const CORPUS_DIR = join(SHARED_DIR, 'corpus', 'pages');
export const HAS_SEEDS = existsSync(SEEDS_DIR);
export const HAS_CORPUS = existsSync(CORPUS_DIR);
/** data/: the bundled packs' folders (data/packs/<pack id>/), their order (bundled-packs.json) and the editorial record (README.md). */
export const DATA_DIR = join(REPO_ROOT, 'data');
export const PACKS_DIR = join(DATA_DIR, 'packs');
/** The first bundled pack's folder: the Japan–US state visit of April 2024. */
export const FIRST_PACK_DIR = join(PACKS_DIR, 'japan-us-state-visit-2024');
export const DIST_DIR = join(REPO_ROOT, 'dist');
