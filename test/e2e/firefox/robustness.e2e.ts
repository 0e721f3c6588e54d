// Robustness in Firefox ESR (the shared suite in robustness-suite.ts). WebDriver BiDi
// reports the page's errors and console; our content script's own errors surface there
// when they reach the page's console.
import type { Page } from 'puppeteer-core';
import { describe } from 'vitest';
import { robustnessSuite, type RobustPage } from '../robustness-suite';
import { firefox, firefoxTab } from './tab';

describe('Firefox robustness', () => {
  const session = firefox();

  robustnessSuite('Firefox', async (): Promise<RobustPage<Page>> => {
    const page = await session().browser.newPage();
    return {
      ...firefoxTab(session().browser, page),
      run: (expression) => page.evaluate(expression),
      type: (text) => page.keyboard.type(text),
    };
  });
});
