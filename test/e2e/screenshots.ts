/**
 * Where E2E screenshots go: always test/artifacts/, and with BL_UPDATE_SCREENSHOTS=1 also
 * the committed copy under assets/ (the README's screenshots, the store listing's).
 */
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../../scripts/lib/paths';

const ARTIFACTS = join(REPO_ROOT, 'test', 'artifacts');
const UPDATE_SCREENSHOTS = process.env.BL_UPDATE_SCREENSHOTS === '1';

/**
 * Writes a PNG to test/artifacts/<name> and, when updating, to <assetsDir>/<name>
 * (`name` may hold a subfolder). Returns the bytes.
 */
export async function keepScreenshot(png: Buffer, name: string, assetsDir = join(REPO_ROOT, 'assets', 'screenshots')): Promise<Buffer> {
  const file = join(ARTIFACTS, name);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, png);
  if (UPDATE_SCREENSHOTS) {
    await mkdir(dirname(join(assetsDir, name)), { recursive: true });
    await copyFile(file, join(assetsDir, name));
  }
  return png;
}

/** Screenshots a page (the viewport, or the whole page) and keeps it as above. */
export async function saveScreenshot(target: Page, name: string, { fullPage = false, assetsDir }: { fullPage?: boolean; assetsDir?: string } = {}): Promise<Buffer> {
  return keepScreenshot(await target.screenshot({ fullPage }), name, assetsDir);
}
