// Hover cards in Chromium (the shared suite in hover-suite.ts), plus switching between
// cards, expanding one in place and the dark colour scheme. The walk command is sent the way
// the background sends it on the keyboard shortcut. Screenshots (compact and expanded, light
// and dark, and the hostile page) go to test/artifacts/; BL_UPDATE_SCREENSHOTS=1 also
// refreshes the ones in assets/screenshots/ used by the README.
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../scripts/lib/paths';
import { cardHits, clickCardButton } from '../card-inspect';
import { launchChromium, type ChromiumSession } from '../harness';
import { hoverSuite } from '../hover-suite';
import { hover, type Tab } from '../tab';
import { chromium, chromiumTab } from './tab';

/** The slice of the extension API the service-worker snippet below uses. */
declare const chrome: {
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
  };
};

const ARTICLE = `<article style="max-width: 40rem; margin: 2rem auto; font: 18px/1.6 Georgia, serif">
  <h1>Kishida and Biden meet at the White House</h1>
  <p>Prime Minister Fumio Kishida met President Joe Biden on April 10, 2024. The leaders agreed to convene DICAS.</p>
  <p id="plain">This sentence names nobody at all and should open nothing when hovered.</p>
  <p>Joe Biden later hosted a trilateral summit with the Philippines.</p>
</article>`;

const HOSTILE_CSS = '<style>* { all: unset !important; } html { filter: contrast(1.1); } body { transform: translateX(40px) scale(0.9); } div, p { z-index: 2147483647; position: relative; } p { display: block !important; }</style>';

/** The card fades in over 120 ms (host-css.ts); screenshots wait it out. */
const FADE_IN_MS = 250;

describe('Chromium hover cards', () => {
  const light = chromium();
  let dark: ChromiumSession;
  const artifacts = join(REPO_ROOT, 'test', 'artifacts');

  beforeAll(() => mkdir(artifacts, { recursive: true }));
  afterAll(() => dark?.close());

  async function screenshot(tab: Tab<Page>, name: string, readme = false): Promise<void> {
    await tab.page.waitForTimeout(FADE_IN_MS);
    await tab.page.screenshot({ path: join(artifacts, name) });
    if (readme && process.env.BL_UPDATE_SCREENSHOTS === '1') await copyFile(join(artifacts, name), join(REPO_ROOT, 'assets', 'screenshots', name));
  }

  /** "More" expands the card in place, in the same window; a screenshot of it expanded. */
  async function expandAndShoot(tab: Tab<Page>, name: string): Promise<void> {
    const before = (await tab.card()).boxes;
    await clickCardButton(tab.page, 'More');
    await expect.poll(async () => (await tab.card()).text, { timeout: 5_000 }).toMatch(/Related/);
    const after = (await tab.card()).boxes;
    expect(after).toHaveLength(1);
    expect(after[0]!.height).toBeGreaterThan(before[0]!.height);
    await screenshot(tab, name, true);
    await clickCardButton(tab.page, 'Less');
    await expect.poll(async () => (await tab.card()).text, { timeout: 5_000 }).not.toMatch(/Related/);
  }

  const { open } = hoverSuite<Page>({
    article: ARTICLE,
    hostileCss: HOSTILE_CSS,
    highlights: 3,
    cardHits: { article: 0, hostile: 20 },
    walkFocus: ['Kishida', 'Biden'],
    newTab: async () => chromiumTab(await light().context.newPage()),
    walk: async (_tab, direction) => {
      const reply = await light().worker.evaluate(async (d) => {
        // What the background does on the next/previous-highlight command, for the active tab.
        const [t] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return chrome.tabs.sendMessage(t!.id!, { channel: 'briefing-lens', name: 'walkHighlight', params: { direction: d } }, { frameId: 0 });
      }, direction);
      expect(reply).toEqual({ result: true });
    },
    withCardOpen: async (tab) => {
      await screenshot(tab, 'card-light.png', true);
      await expandAndShoot(tab, 'card-expanded-light.png');
    },
    withHostileCard: (tab) => screenshot(tab, 'card-hostile.png'),
  });

  it('switches cards when moving from plain text to one name and on to another', async () => {
    const tab = await open('/article.html');
    const box = await tab.box('#plain');
    await tab.moveTo(box.x + 40, box.y + box.height / 2, 3);
    await tab.page.waitForTimeout(800);
    expect(await cardHits(tab)).toBe(0);
    await hover(tab, 'Joe Biden');
    await expect.poll(async () => (await tab.card()).text, { timeout: 5_000 }).toContain('Joe Biden');
    await hover(tab, 'DICAS');
    await expect.poll(async () => (await tab.card()).text, { timeout: 5_000 }).toMatch(/Forum on Defense Industrial Cooperation/);
    await tab.close();
  });

  it('"Open in side panel" on the card opens the browser\'s side panel from the click in the page', async () => {
    const tab = await open('/article.html');
    await hover(tab, 'Prime Minister Fumio Kishida');
    await expect.poll(async () => (await tab.card()).text, { timeout: 5_000 }).toContain('Open in side panel');
    const cdp = await tab.page.context().newCDPSession(tab.page);
    const targets = async () => ((await cdp.send('Target.getTargets')) as { targetInfos: { type: string; url: string }[] }).targetInfos.map((t) => new URL(t.url).pathname);
    expect(await targets()).not.toContain('/sidepanel.html');
    await clickCardButton(tab.page, 'Open in side panel');
    await expect.poll(targets, { timeout: 5_000 }).toContain('/sidepanel.html');
    // The panel, not the detail view in a tab (what a browser that refuses the panel gets).
    expect(await targets()).not.toContain('/popup.html');
    await cdp.detach();
    await tab.close();
  });

  it('follows the dark colour scheme', async () => {
    dark = await launchChromium({ colorScheme: 'dark' });
    const tab = await open('/article.html', async () => chromiumTab(await dark.context.newPage()));
    await hover(tab, 'Prime Minister Fumio Kishida');
    await expect.poll(async () => (await tab.card()).text, { timeout: 5_000 }).toContain('Fumio Kishida');
    await tab.page.waitForTimeout(300);
    await screenshot(tab, 'card-dark.png', true);
    await expandAndShoot(tab, 'card-expanded-dark.png');
    await tab.close();
  });
});
