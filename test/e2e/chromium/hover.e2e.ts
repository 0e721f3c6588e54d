// Hover cards in Chromium: hovering a highlight opens the right card with its sources,
// plain text opens nothing, Esc closes, the keyboard walk opens cards, the page's DOM
// outside our host is unchanged, and hostile page CSS does not break the card.
// Screenshots (light and dark) go to test/artifacts/; BL_UPDATE_SCREENSHOTS=1 also
// refreshes the one in assets/screenshots/ used by the README.
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../scripts/lib/paths';
import { cardHits, cardText, highlightCentre } from '../card-inspect';
import { fromPlaywright, launchChromium, page, serve, settledHighlights, unchangedSinceLoad, type ChromiumSession, type Server } from '../harness';

/** The slice of the extension API the service-worker snippets below use. */
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
  let light: ChromiumSession;
  let dark: ChromiumSession;
  let server: Server;
  const artifacts = join(REPO_ROOT, 'test', 'artifacts');

  beforeAll(async () => {
    server = await serve({
      '/article.html': page('Hover', ARTICLE),
      '/hostile.html': page('Hostile', ARTICLE, { head: HOSTILE_CSS }),
    });
    light = await launchChromium();
    await mkdir(artifacts, { recursive: true });
  });
  afterAll(async () => {
    await light?.close();
    await dark?.close();
    await server?.close();
  });

  async function open(session: ChromiumSession, path: string): Promise<Page> {
    const tab = await session.context.newPage();
    await tab.goto(server.url(path));
    await settledHighlights(fromPlaywright(tab), { min: 3 });
    return tab;
  }

  async function hover(tab: Page, text: string, n = 0): Promise<void> {
    const at = await highlightCentre(fromPlaywright(tab), text, n);
    if (!at) throw new Error(`no highlight "${text}"`);
    await tab.mouse.move(at.x - 3, at.y);
    await tab.mouse.move(at.x, at.y, { steps: 2 });
  }

  it('opens the right card with its sources after the intent delay, and Esc closes it', async () => {
    const tab = await open(light, '/article.html');
    await hover(tab, 'Prime Minister Fumio Kishida');
    await expect.poll(() => cardText(tab), { timeout: 5_000 }).toContain('Fumio Kishida');
    const text = await cardText(tab);
    expect(text).toMatch(/Prime Minister of Japan/);
    expect(text).toMatch(/Sources/i);
    expect(text).toMatch(/Disputed/);
    expect(await cardHits(fromPlaywright(tab))).toBeGreaterThan(0);
    await tab.waitForTimeout(FADE_IN_MS);
    await tab.screenshot({ path: join(artifacts, 'card-light.png') });
    if (process.env.BL_UPDATE_SCREENSHOTS === '1') await copyFile(join(artifacts, 'card-light.png'), join(REPO_ROOT, 'assets', 'screenshots', 'card-light.png'));
    await tab.keyboard.press('Escape');
    await expect.poll(() => cardHits(fromPlaywright(tab)), { timeout: 3_000 }).toBe(0);
    expect(await unchangedSinceLoad(fromPlaywright(tab))).toBe(true);
    await tab.close();
  });

  it('opens nothing over plain text, and switches cards when moving to another name', async () => {
    const tab = await open(light, '/article.html');
    const box = (await tab.locator('#plain').boundingBox())!;
    await tab.mouse.move(box.x + 40, box.y + box.height / 2, { steps: 3 });
    await tab.waitForTimeout(800);
    expect(await cardHits(fromPlaywright(tab))).toBe(0);
    await hover(tab, 'Joe Biden');
    await expect.poll(() => cardText(tab), { timeout: 5_000 }).toContain('Joe Biden');
    await hover(tab, 'DICAS');
    await expect.poll(() => cardText(tab), { timeout: 5_000 }).toMatch(/Forum on Defense Industrial Cooperation/);
    await tab.close();
  });

  it('walks highlights with the keyboard command and opens their cards', async () => {
    const tab = await open(light, '/article.html');
    await tab.bringToFront();
    const walk = (direction: 1 | -1) =>
      light.worker.evaluate(async (d) => {
        // What the background does on the next/previous-highlight command, for the active tab.
        const [t] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return chrome.tabs.sendMessage(t!.id!, { channel: 'briefing-lens', name: 'walkHighlight', params: { direction: d } }, { frameId: 0 });
      }, direction);
    expect(await walk(1)).toEqual({ result: true });
    await expect.poll(() => cardText(tab), { timeout: 5_000 }).toContain('Fumio Kishida');
    const focused = () => tab.evaluate(() => [...(CSS.highlights.get('briefing-lens-focus') ?? [])].length);
    expect(await focused()).toBe(1);
    expect(await walk(1)).toEqual({ result: true });
    await expect.poll(() => cardText(tab), { timeout: 5_000 }).toContain('Joe Biden');
    await tab.close();
  });

  it('shows a correct card on a page with hostile CSS', async () => {
    const tab = await open(light, '/hostile.html');
    await hover(tab, 'Joe Biden');
    await expect.poll(() => cardText(tab), { timeout: 5_000 }).toContain('Joe Biden');
    expect(await cardHits(fromPlaywright(tab))).toBeGreaterThan(20);
    await tab.waitForTimeout(FADE_IN_MS);
    await tab.screenshot({ path: join(artifacts, 'card-hostile.png') });
    expect(await unchangedSinceLoad(fromPlaywright(tab))).toBe(true);
    await tab.close();
  });

  it('follows the dark colour scheme', async () => {
    dark = await launchChromium({ colorScheme: 'dark' });
    const tab = await open(dark, '/article.html');
    await hover(tab, 'Prime Minister Fumio Kishida');
    await expect.poll(() => cardText(tab), { timeout: 5_000 }).toContain('Fumio Kishida');
    await tab.waitForTimeout(300);
    await tab.waitForTimeout(FADE_IN_MS);
    await tab.screenshot({ path: join(artifacts, 'card-dark.png') });
    if (process.env.BL_UPDATE_SCREENSHOTS === '1') await copyFile(join(artifacts, 'card-dark.png'), join(REPO_ROOT, 'assets', 'screenshots', 'card-dark.png'));
    await tab.close();
  });
});
