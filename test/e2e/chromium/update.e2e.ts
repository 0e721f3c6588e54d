// Chromium: an extension update while tabs are open (the shared suite in update-suite.ts).
// The extension is reloaded with chrome.runtime.reload(); the old tab's orphaned content
// script shuts down cleanly on the next pointer move (highlights and its host removed, no
// card, no page or console error).
//
// Chromium disables a command-line-loaded extension on reload unless developer mode is on
// (DISABLE_UNSUPPORTED_DEVELOPER_EXTENSION), so this suite launches with it on.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { cardHits } from '../card-inspect';
import { highlightTexts, launchChromium, type ChromiumSession } from '../harness';
import { hover } from '../tab';
import { updateSuite } from '../update-suite';
import { chromiumTab } from './tab';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown>; reload(): void } };

describe('Chromium: extension update while tabs are open', () => {
  let session: ChromiumSession;

  updateSuite<Page>({
    openTab: 'the orphaned content script shuts down cleanly',
    launch: async (dir) => {
      session = await launchChromium({ extensionDir: join(dir, 'chrome'), developerMode: true });
    },
    close: async () => session?.close(),
    newTab: async () => chromiumTab(await session.context.newPage()),
    /** From a fresh extension page (the worker cannot message itself). */
    send: async (name, params) => {
      const tab = await session.context.newPage();
      await tab.goto(session.extensionUrl('options.html'));
      const reply = await tab.evaluate((m) => chrome.runtime.sendMessage(m), { channel: 'briefing-lens', name, params });
      await tab.close();
      return reply;
    },
    disabledSite: { site: 'asahi.com', host: 'www.asahi.com' },
    update: async () => {
      await session.worker.evaluate(() => chrome.runtime.reload()).catch(() => {
        // The worker may be gone before evaluate returns.
      });
    },
    openTabAfterUpdate: async (old) => {
      // Hovering a name finds the extension gone, clears everything and opens no card.
      await old.bringToFront();
      await hover(old, 'President Joe Biden');
      await expect.poll(() => highlightTexts(old), { timeout: 5_000 }).toEqual([]);
      await old.page.waitForTimeout(800);
      expect(await cardHits(old)).toBe(0);
      expect(await old.evaluate(() => document.querySelectorAll('briefing-lens-ui').length, null)).toBe(0);
      expect(old.pageErrors()).toEqual([]);
      expect(old.consoleProblems()).toEqual([]);
    },
  });
});
