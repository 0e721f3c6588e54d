/**
 * The foundation E2E suite, run by both browsers: the built extension's content script
 * runs on a local page, gets its matcher bundle from the background (a highlight can only
 * appear after the background has answered), and highlights what it finds where the page
 * can see it. Each browser's file adds what it checks of its own start-up.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { page, serve, settledHighlights, type Server } from './harness';
import type { Tab } from './tab';

export function foundationSuite<P>(newTab: () => Promise<Tab<P>>): void {
  let server: Server;
  beforeAll(async () => {
    server = await serve({
      '/article.html': page('Summit', '<p>Prime Minister Fumio Kishida met President Joe Biden at the White House.</p>'),
    });
  });
  afterAll(() => server?.close());

  it('runs the content script on a local page, which gets its index from the background and highlights what it finds', async () => {
    const tab = await newTab();
    await tab.goto(server.url('/article.html'));
    expect(await settledHighlights(tab)).toEqual(['Prime Minister Fumio Kishida', 'President Joe Biden', 'the White House']);
    await tab.close();
  });
}
