// Hover cards in Firefox ESR. The card lives in a closed shadow root and Firefox's
// WebDriver BiDi cannot look inside it (no DevTools protocol, no accessibility
// snapshot), so this suite checks what the page can observe — a card appears next to
// the hovered term without covering it, nothing opens over plain text, Esc closes,
// hostile CSS still gets a card, the DOM outside our host is unchanged — and the card's
// content is checked in Chromium (same code).
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardHits, highlightCentre } from '../card-inspect';
import { fromPuppeteer, launchFirefox, page, serve, settledHighlights, unchangedSinceLoad, type FirefoxSession, type Server } from '../harness';

const ARTICLE = `<article style="max-width: 40rem; margin: 2rem auto; font: 18px/1.6 Georgia, serif">
  <p>Prime Minister Fumio Kishida met President Joe Biden on April 10, 2024.</p>
  <p id="plain">This sentence names nobody at all and should open nothing when hovered.</p>
</article>`;
const HOSTILE_CSS = '<style>* { all: unset !important; } body { transform: translateX(40px) scale(0.9); } p { display: block !important; z-index: 2147483647; position: relative; }</style>';

describe('Firefox hover cards', () => {
  let session: FirefoxSession;
  let server: Server;

  beforeAll(async () => {
    server = await serve({ '/article.html': page('Hover', ARTICLE), '/hostile.html': page('Hostile', ARTICLE, { head: HOSTILE_CSS }) });
    session = await launchFirefox();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  async function open(path: string): Promise<Page> {
    const tab = await session.browser.newPage();
    await tab.goto(server.url(path));
    await settledHighlights(fromPuppeteer(tab), { min: 2 });
    return tab;
  }

  async function hover(tab: Page, text: string): Promise<{ x: number; y: number }> {
    const at = await highlightCentre(fromPuppeteer(tab), text);
    if (!at) throw new Error(`no highlight "${text}"`);
    await tab.mouse.move(at.x - 3, at.y);
    await tab.mouse.move(at.x, at.y);
    return at;
  }

  const hostAt = (tab: Page, x: number, y: number) =>
    tab.evaluate(([px, py]) => document.elementFromPoint(px!, py!)?.localName === 'briefing-lens-ui', [x, y]);

  it('opens a card beside the hovered term without covering it, and Esc closes it', async () => {
    const tab = await open('/article.html');
    const at = await hover(tab, 'President Joe Biden');
    await expect.poll(() => cardHits(fromPuppeteer(tab)), { timeout: 5_000 }).toBeGreaterThan(10);
    expect(await hostAt(tab, at.x, at.y)).toBe(false);
    await tab.keyboard.press('Escape');
    await expect.poll(() => cardHits(fromPuppeteer(tab)), { timeout: 3_000 }).toBe(0);
    expect(await unchangedSinceLoad(fromPuppeteer(tab))).toBe(true);
    await tab.close();
  });

  it('opens nothing over plain text', async () => {
    const tab = await open('/article.html');
    const box = (await (await tab.$('#plain'))!.boundingBox())!;
    await tab.mouse.move(box.x + 40, box.y + box.height / 2);
    await new Promise((r) => setTimeout(r, 800));
    expect(await cardHits(fromPuppeteer(tab))).toBe(0);
    await tab.close();
  });

  it('shows a card on a page with hostile CSS', async () => {
    const tab = await open('/hostile.html');
    await hover(tab, 'President Joe Biden');
    await expect.poll(() => cardHits(fromPuppeteer(tab)), { timeout: 5_000 }).toBeGreaterThan(10);
    expect(await unchangedSinceLoad(fromPuppeteer(tab))).toBe(true);
    await tab.close();
  });
});
