// Robustness in Chromium (the shared suite in robustness-suite.ts). Errors in our content
// script's isolated world are read through the DevTools protocol.
import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import { robustnessSuite, type RobustPage } from '../robustness-suite';
import { chromium, chromiumTab } from './tab';

describe('Chromium robustness', () => {
  const session = chromium();

  robustnessSuite('Chromium', async (): Promise<RobustPage<Page>> => {
    const page = await session().context.newPage();
    const tab = chromiumTab(page);
    const extensionErrors: string[] = [];
    const cdp = await session().context.newCDPSession(page);
    const ours = new Set<number>();
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      if (String(context.origin).startsWith('chrome-extension://')) ours.add(context.id);
    });
    cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }) => {
      if (exceptionDetails.executionContextId !== undefined && ours.has(exceptionDetails.executionContextId)) {
        extensionErrors.push(exceptionDetails.exception?.description ?? exceptionDetails.text);
      }
    });
    await cdp.send('Runtime.enable');
    return {
      ...tab,
      run: async (expression) => (await cdp.send('Runtime.evaluate', { expression, returnByValue: true })).result.value as unknown,
      type: (text) => page.keyboard.type(text),
      extensionErrors: () => extensionErrors,
    };
  });
});
