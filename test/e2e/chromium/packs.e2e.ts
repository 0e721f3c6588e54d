// Chromium: briefing packs (the shared suite in packs-suite.ts), imported through the real
// options page: the file goes through its file input, and the panel's status or error line
// says how it went (a broken file's error names the file, record and field at fault).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { packsSuite } from '../packs-suite';
import { chromium, chromiumTab } from './tab';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

describe('Chromium briefing packs', () => {
  const session = chromium();
  let dir: string;
  let options: Page;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'briefing-lens-packs-e2e-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  /** The options page, opened once and reloaded for each import so its lines start empty. */
  async function freshOptions(): Promise<Page> {
    options ??= await session().context.newPage();
    await options.goto(session().extensionUrl('options.html'));
    await options.locator('.pack-title').first().waitFor();
    return options;
  }

  async function choose(fileName: string, text: string): Promise<Page> {
    const path = join(dir, fileName);
    await writeFile(path, text);
    const page = await freshOptions();
    await page.locator('#pack-file').setInputFiles(path);
    return page;
  }

  packsSuite(() => ({
    newTab: async () => chromiumTab(await session().context.newPage()),
    send: async (name, params) => {
      const page = await freshOptions();
      return page.evaluate(([n, p]) => chrome.runtime.sendMessage({ channel: 'briefing-lens', name: n, params: p }), [name, params] as const);
    },
    importPack: async (fileName, text) => {
      const page = await choose(fileName, text);
      await expect.poll(() => page.locator('.pack-status').innerText(), { timeout: 20_000 }).toMatch(/E2E test pack/);
      expect((await page.locator('.pack-error').innerText()).trim()).toBe('');
    },
    refuse: async (fileName, text) => {
      const page = await choose(fileName, text);
      await expect.poll(() => page.locator('.pack-error').innerText(), { timeout: 20_000 }).toMatch(/quotes\.json › quote-0 › speaker/);
    },
  }));
});
