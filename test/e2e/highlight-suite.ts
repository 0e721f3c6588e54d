/**
 * The highlighting E2E suite, run by both browsers: exact highlights on English,
 * Korean and Japanese pages, and on a page in each language of officials, waters, groupings
 * and policy terms (with the negative cases left alone), a page in each language of the second
 * pack's story after the visit, a changing SPA,
 * open shadow DOM, a same-origin iframe, skipped editable regions, and a page DOM that
 * stays byte-identical.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { AFTER_VISIT_ENGLISH, AFTER_VISIT_JAPANESE, AFTER_VISIT_KOREAN, COVERAGE_ENGLISH, COVERAGE_JAPANESE, COVERAGE_KOREAN, ENGLISH, IFRAME_CHILD, IFRAME_PARENT, JAPANESE, KOREAN, SHADOW, SPA, SPA_EXPECTED } from './fixtures';
import { highlightTexts, serve, settledHighlights, unchangedSinceLoad, type Server } from './harness';
import type { Tab } from './tab';

export function highlightSuite<P>(openPage: () => Promise<Tab<P>>): void {
  let server: Server;
  beforeAll(async () => {
    server = await serve({
      '/en.html': ENGLISH.html,
      '/ko.html': KOREAN.html,
      '/ja.html': JAPANESE.html,
      '/coverage-en.html': COVERAGE_ENGLISH.html,
      '/coverage-ko.html': COVERAGE_KOREAN.html,
      '/coverage-ja.html': COVERAGE_JAPANESE.html,
      '/after-visit-en.html': AFTER_VISIT_ENGLISH.html,
      '/after-visit-ko.html': AFTER_VISIT_KOREAN.html,
      '/after-visit-ja.html': AFTER_VISIT_JAPANESE.html,
      '/spa.html': SPA,
      '/shadow.html': SHADOW,
      '/frame-child.html': IFRAME_CHILD,
      '/frame.html': IFRAME_PARENT,
    });
  });
  afterAll(() => server?.close());

  const visit = async (path: string) => {
    const page = await openPage();
    await page.goto(server.url(path));
    return page;
  };

  for (const [label, path, fixture] of [
    ['English', '/en.html', ENGLISH],
    ['Korean', '/ko.html', KOREAN],
    ['Japanese', '/ja.html', JAPANESE],
    ['English coverage', '/coverage-en.html', COVERAGE_ENGLISH],
    ['Korean coverage', '/coverage-ko.html', COVERAGE_KOREAN],
    ['Japanese coverage', '/coverage-ja.html', COVERAGE_JAPANESE],
    ['English after-the-visit', '/after-visit-en.html', AFTER_VISIT_ENGLISH],
    ['Korean after-the-visit', '/after-visit-ko.html', AFTER_VISIT_KOREAN],
    ['Japanese after-the-visit', '/after-visit-ja.html', AFTER_VISIT_JAPANESE],
  ] as const) {
    it(`highlights exactly the expected mentions on a ${label} page and leaves its DOM unchanged`, async () => {
      const page = await visit(path);
      expect(await settledHighlights(page)).toEqual(fixture.expected);
      expect(await unchangedSinceLoad(page)).toBe(true);
      await page.close();
    });
  }

  it('follows a single-page app: new text is highlighted, replaced text drops its highlight', async () => {
    const page = await visit('/spa.html');
    const end = Date.now() + 10_000;
    while (!(await page.evaluate(() => (window as unknown as { __done?: boolean }).__done === true, null)) && Date.now() < end) {
      await new Promise((r) => setTimeout(r, 100));
    }
    await expect.poll(() => highlightTexts(page), { timeout: 5_000 }).toEqual(SPA_EXPECTED);
    const same = await page.evaluate(() => document.documentElement.outerHTML === (window as unknown as { __after: string }).__after, null);
    expect(same).toBe(true);
    await page.close();
  });

  it('highlights inside open shadow roots', async () => {
    const page = await visit('/shadow.html');
    const texts = await settledHighlights(page, { min: 2 });
    expect(texts.sort()).toEqual(['Fumio Kishida', 'Joe Biden']);
    await page.close();
  });

  it('runs in same-origin iframes too', async () => {
    const page = await visit('/frame.html');
    expect(await settledHighlights(page)).toEqual(['Joe Biden']);
    await expect.poll(() => highlightTexts(page.frame('/frame-child.html')), { timeout: 10_000 }).toEqual(['Fumio Kishida']);
    await page.close();
  });
}
