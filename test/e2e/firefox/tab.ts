/**
 * Firefox ESR for the shared suites: a Puppeteer page as a Tab (see ../tab.ts), and a browser
 * launched for the suite that calls firefox(). The card lives in a closed shadow root, so it
 * is read through WebDriver BiDi (../firefox-privileged.ts; the session needs systemAccess).
 */
import type { Browser, Page } from 'puppeteer-core';
import type { LaunchOptions } from '../../../scripts/lib/launch';
import { readCard } from '../firefox-privileged';
import { fromPuppeteer, launchFirefox, type FirefoxSession } from '../harness';
import { launched, tabOf, type Recorded, type Tab } from '../tab';

export function firefoxTab(browser: Browser, page: Page): Tab<Page> {
  const recorded: Recorded = { pageErrors: [], consoleProblems: [], consoleErrors: [] };
  page.on('pageerror', (e) => recorded.pageErrors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') recorded.consoleErrors.push(m.text());
    if (m.type() === 'error' || m.type() === 'warn') recorded.consoleProblems.push(m.text());
  });
  return tabOf(page, fromPuppeteer, recorded, {
    moveTo: (x, y, steps = 1) => page.mouse.move(x, y, { steps }),
    box: async (selector) => (await (await page.$(selector))!.boundingBox())!,
    press: (key) => page.keyboard.press(key as never),
    resize: (width, height) => page.setViewport({ width, height }),
    card: () => readCard(browser, page),
  });
}

/** Firefox ESR with the extension for the calling suite (see launched in ../tab.ts). */
export const firefox = (options?: LaunchOptions): (() => FirefoxSession) => launched(() => launchFirefox(options));
