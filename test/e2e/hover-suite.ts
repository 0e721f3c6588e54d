/**
 * The hover-card E2E suite, run by both browsers: hovering a highlight opens the right card
 * with its sources, Esc closes it, plain text opens nothing, the next/previous-highlight
 * command walks the highlights and opens their cards, hostile page CSS still gets a correct
 * card, and the page's DOM outside our host is unchanged. On the demo page, at 1280×800 and
 * in a narrow 400×800 window, the compact card stays off the hovered line and within
 * 320×360 px, near the top of the window and near the bottom. Each browser's file gives its
 * pages and the checks only it makes (screenshots, where the card sits, how a shortcut
 * reaches the extension).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { REPO_ROOT } from '../../scripts/lib/paths';
import { cardHits, highlightCentre, hoveredLine, type Box } from './card-inspect';
import { highlightTexts, page, serve, settledHighlights, unchangedSinceLoad, type Server } from './harness';
import { focusedTexts, hover, type Tab } from './tab';

export interface HoverBrowser<P> {
  /** The article's body, and a style sheet that tries to break everything on the hostile copy of it. */
  article: string;
  hostileCss: string;
  /** How many highlights the article settles at, at the least. */
  highlights: number;
  /** Grid points over the viewport (of 24×16) an open card covers at the least: on the article, on the hostile page. */
  cardHits: { article: number; hostile: number };
  /** The highlights the first two next-highlight commands focus on the article. */
  walkFocus: [string, string];
  /** A new tab in the browser under test. */
  newTab: () => Promise<Tab<P>>;
  /** Runs the next-highlight (1) or previous-highlight (-1) command the way this browser can. */
  walk(tab: Tab<P>, direction: 1 | -1): Promise<void>;
  /** Checks made while Kishida's card is open over the article, hovered at `at`. */
  withCardOpen(tab: Tab<P>, at: { x: number; y: number }): Promise<void>;
  /** Checks made while Biden's card is open over the hostile page. */
  withHostileCard?(tab: Tab<P>): Promise<void>;
}

export function hoverSuite<P>(browser: HoverBrowser<P>): { open: (path: string, newTab?: () => Promise<Tab<P>>) => Promise<Tab<P>> } {
  let server: Server;
  beforeAll(async () => {
    server = await serve({
      '/article.html': page('Hover', browser.article),
      '/hostile.html': page('Hostile', browser.article, { head: browser.hostileCss }),
      '/demo.html': readFileSync(join(REPO_ROOT, 'assets', 'demo', 'index.html'), 'utf8'),
    });
  });
  afterAll(() => server?.close());

  async function open(path: string, newTab = browser.newTab): Promise<Tab<P>> {
    const tab = await newTab();
    await tab.goto(server.url(path));
    await settledHighlights(tab, { min: browser.highlights });
    return tab;
  }

  const names = (tab: Tab<P>) => async () => (await tab.card()).names;

  it('opens the right card with its sources after the intent delay, and Esc closes it', async () => {
    const tab = await open('/article.html');
    const at = await hover(tab, 'Prime Minister Fumio Kishida');
    await expect.poll(async () => (await tab.card()).text, { timeout: 5_000 }).toContain('Fumio Kishida');
    const { text } = await tab.card();
    expect(await names(tab)()).toEqual(['Fumio Kishida']);
    expect(text).toMatch(/Prime Minister of Japan/);
    expect(text).toMatch(/Sources/i);
    expect(text).toMatch(/Disputed/);
    expect(await cardHits(tab)).toBeGreaterThan(browser.cardHits.article);
    await browser.withCardOpen(tab, at);
    await tab.press('Escape');
    await expect.poll(() => cardHits(tab), { timeout: 3_000 }).toBe(0);
    expect(await unchangedSinceLoad(tab)).toBe(true);
    await tab.close();
  });

  it('opens nothing over plain text', async () => {
    const tab = await open('/article.html');
    const box = await tab.box('#plain');
    await tab.moveTo(box.x + 40, box.y + box.height / 2, 3);
    await new Promise((r) => setTimeout(r, 800));
    expect(await cardHits(tab)).toBe(0);
    expect(await names(tab)()).toEqual([]);
    await tab.close();
  });

  it('walks highlights with the next/previous-highlight command and opens their cards', async () => {
    const tab = await open('/article.html');
    await tab.bringToFront();
    await browser.walk(tab, 1);
    await expect.poll(names(tab), { timeout: 5_000 }).toEqual(['Fumio Kishida']);
    expect(await focusedTexts(tab)).toEqual([browser.walkFocus[0]]);
    await browser.walk(tab, 1);
    await expect.poll(names(tab), { timeout: 5_000 }).toEqual(['Joe Biden']);
    expect(await focusedTexts(tab)).toEqual([browser.walkFocus[1]]);
    await browser.walk(tab, -1);
    await expect.poll(names(tab), { timeout: 5_000 }).toEqual(['Fumio Kishida']);
    expect(await focusedTexts(tab)).toEqual([browser.walkFocus[0]]);
    expect(await cardHits(tab)).toBeGreaterThan(browser.cardHits.article);
    await tab.close();
  });

  it('shows a correct card on a page with hostile CSS', async () => {
    const tab = await open('/hostile.html');
    await hover(tab, 'President Joe Biden');
    await expect.poll(names(tab), { timeout: 5_000 }).toEqual(['Joe Biden']);
    expect(await cardHits(tab)).toBeGreaterThan(browser.cardHits.hostile);
    await browser.withHostileCard?.(tab);
    expect(await unchangedSinceLoad(tab)).toBe(true);
    await tab.close();
  });

  /** The compact card's limits at the default font size (issue: a quick look, not a page). */
  const MAX_HEIGHT = 320;
  const MAX_WIDTH = 360;
  const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  /** The hovered line across the whole viewport: the card may sit beside the term, never on its line's band above or below. */
  const band = (line: Box, width: number): Box => ({ x: 0, y: line.y, width, height: line.height });

  for (const [width, height] of [
    [1280, 800],
    [400, 800],
  ] as const) {
    it(`keeps the compact card off the hovered line and within ${MAX_WIDTH}×${MAX_HEIGHT} px on the demo page at ${width}×${height}`, async () => {
      const tab = await open('/demo.html');
      await tab.resize(width, height);
      expect(await tab.evaluate(() => [innerWidth, innerHeight], null)).toEqual([width, height]);
      const texts = await highlightTexts(tab);
      const text = texts.find((t) => t.includes('Kishida'))!;
      expect(text).toBeDefined();
      const last = texts.filter((t) => t === text).length - 1;
      const measured: string[] = [];
      // Near the top of the window (room below), then scrolled near its bottom (room above only).
      for (const place of ['top', 'bottom'] as const) {
        await tab.moveTo(2, 2);
        await expect.poll(() => cardHits(tab), { timeout: 3_000 }).toBe(0);
        // The first mention near the top, the last one near the bottom.
        const n = place === 'top' ? 0 : last;
        const target = place === 'top' ? 120 : height - 60;
        await tab.evaluate((dy) => window.scrollBy(0, dy), (await highlightCentre(tab, text, n))!.y - target);
        expect(Math.abs((await highlightCentre(tab, text, n))!.y - target), `${place}: could not scroll the mention there`).toBeLessThan(30);
        const at = await hover(tab, text, n);
        await expect.poll(async () => (await tab.card()).boxes.length, { timeout: 5_000 }).toBe(1);
        await new Promise((r) => setTimeout(r, 300));
        const box = (await tab.card()).boxes[0]!;
        const line = (await hoveredLine(tab, at))!;
        expect(line).not.toBeNull();
        measured.push(`${place}: card ${Math.round(box.width)}×${Math.round(box.height)} at ${Math.round(box.x)},${Math.round(box.y)}, line y ${Math.round(line.y)}–${Math.round(line.y + line.height)}`);
        expect(box.height, measured.at(-1)).toBeLessThanOrEqual(MAX_HEIGHT);
        expect(box.width, measured.at(-1)).toBeLessThanOrEqual(MAX_WIDTH);
        expect(overlaps(box, band(line, width)), measured.at(-1)).toBe(false);
        expect(box.y >= 0 && box.y + box.height <= height && box.x >= 0 && box.x + box.width <= width, measured.at(-1)).toBe(true);
        if (place === 'bottom') expect(box.y + box.height, measured.at(-1)).toBeLessThanOrEqual(line.y);
        else expect(box.y, measured.at(-1)).toBeGreaterThanOrEqual(line.y + line.height);
      }
      console.log(`card placement ${width}×${height}: ${measured.join('; ')}`);
      await tab.close();
    });
  }

  return { open };
}
