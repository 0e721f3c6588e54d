// Robustness in Firefox ESR (the shared suite in robustness-suite.ts). WebDriver BiDi
// reports the page's errors and console; our content script's own errors surface there
// when they reach the page's console.
import { afterAll, beforeAll, describe } from 'vitest';
import { fromPuppeteer, launchFirefox, type FirefoxSession } from '../harness';
import { robustnessSuite, type RobustPage } from '../robustness-suite';

describe('Firefox robustness', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox();
  });
  afterAll(() => session?.close());

  robustnessSuite('Firefox', async (): Promise<RobustPage> => {
    const page = await session.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`page: ${(error as Error).message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    return {
      ...fromPuppeteer(page),
      goto: (url) => page.goto(url),
      close: () => page.close(),
      frame: (part) => {
        const frame = page.frames().find((f) => f.url().includes(part));
        if (!frame) throw new Error(`no frame ${part}`);
        return fromPuppeteer(frame);
      },
      run: (expression) => page.evaluate(expression),
      type: (text) => page.keyboard.type(text),
      errors: () => errors,
    };
  });
});
