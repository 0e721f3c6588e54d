/**
 * Where E2E screenshots go: always test/artifacts/, and with BL_UPDATE_SCREENSHOTS=1 also
 * the committed copy under assets/ (the README's screenshots, the store listing's).
 */
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from '../../scripts/lib/launch';
import { REPO_ROOT } from '../../scripts/lib/paths';
import { fromPlaywright, settledHighlights } from '../../scripts/lib/read-highlights';
import { tabIdByHost } from '../../scripts/lib/tab-id';

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

/**
 * Runs `shoot` in the light session (for its tab `tabId`) and then in a dark one launched for it,
 * where `articleUrl` is opened and highlighted first; the dark session is closed afterwards.
 */
export async function inBothSchemes(
  light: ChromiumSession,
  tabId: number,
  articleUrl: string,
  shoot: (scheme: 'light' | 'dark', session: ChromiumSession, tabId: number) => Promise<void>,
): Promise<void> {
  await shoot('light', light, tabId);
  const dark = await launchChromium({ colorScheme: 'dark' });
  try {
    const tab = await dark.context.newPage();
    await tab.goto(articleUrl);
    await settledHighlights(fromPlaywright(tab), { min: 5 });
    await shoot('dark', dark, await tabIdByHost(dark, new URL(articleUrl).hostname));
  } finally {
    await dark.close();
  }
}
