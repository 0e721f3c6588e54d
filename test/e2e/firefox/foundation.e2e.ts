// Firefox ESR: the extension installs, its content script runs on a local page and
// gets its matcher bundle from the background (a highlight can only appear after the
// background has answered), and the highlight is visible to the page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromPuppeteer, launchFirefox, page, serve, settledHighlights, type FirefoxSession, type Server } from '../harness';

describe('Firefox foundation', () => {
  let session: FirefoxSession;
  let server: Server;

  beforeAll(async () => {
    server = await serve({
      '/article.html': page('Summit', '<p>Prime Minister Fumio Kishida met President Joe Biden at the White House.</p>'),
    });
    session = await launchFirefox();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('installs the extension', () => {
    expect(session.extensionId).toBe('briefing-lens@briefinglens.example');
  });

  it('runs the content script, which gets its index from the background and highlights', async () => {
    const tab = await session.browser.newPage();
    await tab.goto(server.url('/article.html'));
    const texts = await settledHighlights(fromPuppeteer(tab));
    expect(texts).toEqual(['Prime Minister Fumio Kishida', 'President Joe Biden', 'the White House']);
    await tab.close();
  });
});
