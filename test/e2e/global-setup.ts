// Builds the extension once before the E2E suites (skipped when BL_SKIP_BUILD=1 and dist/ exists).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildExtension } from '../../scripts/lib/build';
import { DIST_DIR } from '../../scripts/lib/paths';

export default async function setup(): Promise<void> {
  if (process.env.BL_SKIP_BUILD === '1' && existsSync(join(DIST_DIR, 'chrome', 'manifest.json'))) return;
  await buildExtension();
}
