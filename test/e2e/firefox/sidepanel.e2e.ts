// The side panel in Firefox ESR: its page (sidepanel.html, Firefox's sidebar) opened in a tab
// through the browser window, since WebDriver BiDi will not navigate to moz-extension:// pages
// (test/e2e/firefox-privileged.ts). Without ?tab= it briefs the active tab: the page's entities
// in the order they first appear, and a paragraph the page appends shows up without a reload
// (the content script's port to the panel).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExtensionPage } from '../firefox-privileged';
import { fromPuppeteer, page, serve, settledHighlights, type Server } from '../harness';
import { firefox } from './tab';

const ARTICLE = `<article><h1>Biden welcomes Kishida</h1>
  <p>President Joe Biden welcomed Prime Minister Fumio Kishida to the White House.</p></article>`;

/** The names of the panel's rows, as a JSON string. */
const ROWS = `() => JSON.stringify([...document.querySelectorAll('.page-order .entry-name')].map((b) => b.textContent))`;

describe('Firefox side panel', () => {
  const session = firefox({ systemAccess: true });
  let server: Server;
  beforeAll(async () => {
    server = await serve({ '/article.html': page('Panel fixture', ARTICLE), '/favicon.ico': '' });
  });
  afterAll(() => server?.close());

  it('briefs the active tab in page order and follows what the page appends', async () => {
    const tab = await session().browser.newPage();
    await tab.goto(server.url('/article.html'));
    await settledHighlights(fromPuppeteer(tab), { min: 3 });
    const panel = await openExtensionPage(session().browser, session().extensionId, 'sidepanel.html');
    try {
      await expect.poll(() => panel.call(ROWS), { timeout: 10_000 }).toEqual(['Joe Biden', 'Fumio Kishida', 'The White House']);
      await tab.evaluate(() => {
        const p = document.createElement('p');
        p.textContent = 'Later, Ferdinand Marcos Jr. joined them.';
        document.querySelector('article')!.append(p);
      });
      await expect.poll(() => panel.call(ROWS), { timeout: 10_000 }).toEqual(['Joe Biden', 'Fumio Kishida', 'The White House', 'Ferdinand Marcos Jr.']);
    } finally {
      await panel.close();
      await tab.close();
    }
  });
});
