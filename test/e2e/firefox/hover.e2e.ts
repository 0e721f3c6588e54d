// Hover cards in Firefox ESR (the shared suite in hover-suite.ts). The card sits beside the
// hovered term without covering it. Firefox opens its sidebar only from its own UI, so the
// card's "Open in a tab" opens the full briefing in an extension tab. The card lives in a closed shadow root and the
// next/previous-highlight shortcuts belong to the browser window, so both are reached
// through WebDriver BiDi (test/e2e/firefox-privileged.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { DIST_DIR } from '../../../scripts/lib/paths';
import { clickCardButton, closeTabs, pressShortcut, tabUrls } from '../firefox-privileged';
import { bundledRef } from '../harness';
import { hoverSuite } from '../hover-suite';
import { hover } from '../tab';
import { firefox, firefoxTab } from './tab';

const ARTICLE = `<article style="max-width: 40rem; margin: 2rem auto; font: 18px/1.6 Georgia, serif">
  <p>Prime Minister Fumio Kishida met President Joe Biden on April 10, 2024.</p>
  <p id="plain">This sentence names nobody at all and should open nothing when hovered.</p>
</article>`;
const HOSTILE_CSS = '<style>* { all: unset !important; } body { transform: translateX(40px) scale(0.9); } p { display: block !important; z-index: 2147483647; position: relative; }</style>';

/** The shortcuts the built extension declares (manifest `commands`), as a user presses them. */
const COMMANDS = (JSON.parse(readFileSync(join(DIST_DIR, 'firefox', 'manifest.json'), 'utf8')) as { commands: Record<string, { suggested_key: { default: string } }> }).commands;
const shortcut = (command: string) => COMMANDS[command]!.suggested_key.default;

describe('Firefox hover cards', () => {
  const session = firefox({ systemAccess: true });

  const { open } = hoverSuite<Page>({
    article: ARTICLE,
    hostileCss: HOSTILE_CSS,
    highlights: 2,
    cardHits: { article: 10, hostile: 10 },
    walkFocus: ['Prime Minister Fumio Kishida', 'President Joe Biden'],
    newTab: async () => firefoxTab(session().browser, await session().browser.newPage()),
    walk: (tab, direction) => pressShortcut(session().browser, tab.page, shortcut(direction === 1 ? 'next-highlight' : 'previous-highlight')),
    withCardOpen: async (tab, at) => {
      // The card opens beside the term, not over it.
      expect(await tab.evaluate(([px, py]) => document.elementFromPoint(px!, py!)?.localName === 'briefing-lens-ui', [at.x, at.y])).toBe(false);
    },
  });

  it('"Open in a tab" on the card opens the full briefing of its entity in an extension tab', async () => {
    const tab = await open('/article.html');
    await hover(tab, 'Prime Minister Fumio Kishida');
    await expect.poll(async () => (await tab.card()).text, { timeout: 5_000 }).toContain('Open in a tab');
    expect((await tab.card()).text).not.toContain('Open in side panel');
    const isBriefing = (url: string) => url.startsWith('moz-extension://') && url.includes('/popup.html?entity=');
    const briefing = async () => (await tabUrls(session().browser)).filter(isBriefing);
    expect(await briefing()).toEqual([]);
    await clickCardButton(session().browser, tab.page, 'Open in a tab');
    await expect.poll(briefing, { timeout: 5_000 }).toHaveLength(1);
    expect((await briefing())[0]).toContain(`entity=${encodeURIComponent(bundledRef('fumio-kishida'))}`);
    await closeTabs(session().browser, isBriefing);
    await tab.close();
  });
});
