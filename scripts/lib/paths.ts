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
export const DATA_DIR = join(REPO_ROOT, 'data');
export const DIST_DIR = join(REPO_ROOT, 'dist');
