// Firefox ESR: an extension update while tabs are open (the shared suite in update-suite.ts).
// The rebuilt folder is installed again as a temporary add-on under the same id, so Firefox
// upgrades it in place. The switched-off site is a real page here (the fixture server under
// the host name `localhost`) and stays unhighlighted across the update. A card is open when
// the update lands: Firefox unloads the old content script outright and injects the new
// one, so the old card and host are gone and there is exactly one working UI, with no page
// or browser-console error.
//
// Extension pages cannot be opened over BiDi, so messages are sent from an options tab the
// browser window opens (test/e2e/firefox-privileged.ts; needs systemAccess).
import { join } from 'node:path';
import type { JSHandle, Page } from 'puppeteer-core';
import { describe, expect } from 'vitest';
import { cardHits } from '../card-inspect';
import { browserConsoleErrors, sendFromExtensionPage } from '../firefox-privileged';
import { highlightTexts, launchFirefox, settledHighlights, type FirefoxSession, type Server } from '../harness';
import { hover, type Tab } from '../tab';
import { NAMES, updateSuite } from '../update-suite';
import { firefoxTab } from './tab';

describe('Firefox: extension update while tabs are open', () => {
  let session: FirefoxSession;
  let disabled: Tab<Page>;
  let oldHighlight: JSHandle;

  /** The same article served under the host name `localhost`, a different site. */
  const onLocalhost = (server: Server) => server.url('/article.html').replace('127.0.0.1', 'localhost');

  const uiHosts = (tab: Tab<Page>) => tab.evaluate(() => [...document.documentElement.children].filter((el) => el.localName.startsWith('briefing-lens-ui')).length, null);

  /** Waits long enough for a content script to have highlighted, then reads the highlights. */
  async function highlightsAfterIdle(tab: Tab<Page>): Promise<string[]> {
    await new Promise((r) => setTimeout(r, 2_000));
    return highlightTexts(tab);
  }

  updateSuite<Page>({
    openTab: 'leaves one working UI in the open tab',
    launch: async (dir) => {
      session = await launchFirefox({ extensionDir: join(dir, 'firefox'), systemAccess: true });
    },
    close: async () => session?.close(),
    newTab: async () => firefoxTab(session.browser, await session.browser.newPage()),
    send: (name, params) => sendFromExtensionPage(session.browser, session.extensionId, { channel: 'briefing-lens', name, params }),
    disabledSite: { site: 'localhost', host: 'localhost' },
    update: async (dir) => {
      expect(await session.browser.installExtension(join(dir, 'firefox'))).toBe(session.extensionId);
    },
    beforeArticle: async (server) => {
      disabled = firefoxTab(session.browser, await session.browser.newPage());
      await disabled.goto(onLocalhost(server));
      expect(await highlightsAfterIdle(disabled)).toEqual([]);
    },
    beforeUpdate: async (old) => {
      // A card is open when the update lands: the old script's UI must not outlive it.
      await old.bringToFront();
      await hover(old, 'Prime Minister Fumio Kishida');
      await expect.poll(async () => (await old.card()).names, { timeout: 5_000 }).toEqual(['Fumio Kishida']);
      oldHighlight = await old.page.evaluateHandle(() => CSS.highlights.get('briefing-lens'));
    },
    openTabAfterUpdate: async (old) => {
      // The old script's card and host are gone, the new script has highlighted (a new
      // highlight object, not the old script's), and hovering opens its card.
      await expect.poll(() => cardHits(old), { timeout: 5_000 }).toBe(0);
      await expect.poll(() => uiHosts(old), { timeout: 5_000 }).toBe(0);
      expect(await settledHighlights(old)).toEqual(NAMES);
      expect(await old.page.evaluate((h) => h !== CSS.highlights.get('briefing-lens'), oldHighlight)).toBe(true);
      await old.bringToFront();
      await hover(old, 'President Joe Biden');
      await expect.poll(async () => (await old.card()).names, { timeout: 5_000 }).toEqual(['Joe Biden']);
      expect(await cardHits(old)).toBeGreaterThan(10);
      expect(await uiHosts(old)).toBe(1);
    },
    afterReload: async (old, server) => {
      // The site switched off before the update stays off.
      await disabled.reload();
      expect(await highlightsAfterIdle(disabled)).toEqual([]);
      expect(old.consoleProblems()).toEqual([]);
      expect(await browserConsoleErrors(session.browser, ['moz-extension://', server.url('/'), onLocalhost(server).replace('/article.html', '/')])).toEqual([]);
      await disabled.close();
    },
  });
});
