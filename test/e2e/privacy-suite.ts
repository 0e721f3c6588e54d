/**
 * The privacy E2E suite, run by both browsers: while the extension highlights a page with
 * a frame and opens a card on hover (and whatever else a browser's file uses the extension
 * for), the browser records requests; the browser's file then asserts the only ones were
 * the test's own. What each browser can record differs (Chromium sees its service worker,
 * Firefox only the page's requests over WebDriver BiDi): each file says what it records
 * and how it judges it.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cardHits } from './card-inspect';
import { PRIVACY_ARTICLE, PRIVACY_FRAME } from './fixtures';
import { serve, settledHighlights, type Server } from './harness';
import { hover, type Tab } from './tab';

export interface PrivacyBrowser<P> {
  /** What else the test does once the card is open, as its name says it ("" for nothing). */
  alsoDoes: string;
  /** Pages the server serves besides the article and its frame. */
  routes?: Record<string, string>;
  /** A new tab, already recording its requests. */
  newTab(): Promise<Tab<P>>;
  /** Records that the test itself navigates to `url`. */
  navigating?(url: string): void;
  /** Uses the rest of the extension with the card open. */
  alsoUse?(server: Server): Promise<void>;
  /** Asserts on what was recorded once the tab is closed. */
  check?(server: Server): Promise<void>;
}

export function privacySuite<P>(browser: PrivacyBrowser<P>): { server: () => Server } {
  let server: Server;
  beforeAll(async () => {
    server = await serve({ '/article.html': PRIVACY_ARTICLE, '/frame.html': PRIVACY_FRAME, ...browser.routes });
  });
  afterAll(() => server?.close());

  it(`highlights a page with a frame and opens a card${browser.alsoDoes}`, async () => {
    const tab = await browser.newTab();
    browser.navigating?.(server.url('/frame.html'));
    browser.navigating?.(server.url('/article.html'));
    await tab.goto(server.url('/article.html'));
    await settledHighlights(tab, { min: 4 });
    expect(await settledHighlights(tab.frame('/frame.html'), { min: 1 })).toContain('Ferdinand Marcos Jr.');
    await hover(tab, 'President Joe Biden');
    await expect.poll(() => cardHits(tab), { timeout: 5_000 }).toBeGreaterThan(0);
    await expect.poll(async () => (await tab.card()).names, { timeout: 5_000 }).toEqual(['Joe Biden']);
    await browser.alsoUse?.(server);
    await tab.reload();
    await settledHighlights(tab, { min: 4 });
    await tab.close();
    await browser.check?.(server);
  });

  return { server: () => server };
}
