/**
 * Chromium for the shared suites: a Playwright page as a Tab (see ../tab.ts), the card read
 * over the DevTools protocol, and a browser launched for the suite that calls chromium().
 */
import type { Page } from 'playwright-core';
import type { LaunchOptions } from '../../../scripts/lib/launch';
import { readCardCdp } from '../card-inspect';
import { fromPlaywright, launchChromium, type ChromiumSession } from '../harness';
import { launched, tabOf, type Recorded, type Tab } from '../tab';

export function chromiumTab(page: Page): Tab<Page> {
  const recorded: Recorded = { pageErrors: [], consoleProblems: [], consoleErrors: [] };
  page.on('pageerror', (e) => recorded.pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') recorded.consoleErrors.push(m.text());
    if ((m.type() === 'error' || m.type() === 'warning') && !m.location().url.endsWith('/favicon.ico')) recorded.consoleProblems.push(m.text());
  });
  return tabOf(page, fromPlaywright, recorded, {
    moveTo: (x, y, steps = 1) => page.mouse.move(x, y, { steps }),
    box: async (selector) => (await page.locator(selector).first().boundingBox())!,
    press: (key) => page.keyboard.press(key),
    resize: (width, height) => page.setViewportSize({ width, height }),
    card: () => readCardCdp(page),
  });
}

/** Chromium with the extension for the calling suite (see launched in ../tab.ts). */
export const chromium = (options?: LaunchOptions): (() => ChromiumSession) => launched(() => launchChromium(options));
