// Robustness in Chromium (the shared suite in robustness-suite.ts). Errors are read
// through the DevTools protocol, which also sees our content script's isolated world.
import { afterAll, beforeAll, describe } from 'vitest';
import { fromPlaywright, launchChromium, type ChromiumSession } from '../harness';
import { robustnessSuite, type RobustPage } from '../robustness-suite';

describe('Chromium robustness', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium();
  });
  afterAll(() => session?.close());

  robustnessSuite('Chromium', async (): Promise<RobustPage> => {
    const page = await session.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    const cdp = await session.context.newCDPSession(page);
    const ours = new Set<number>();
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      if (String(context.origin).startsWith('chrome-extension://')) ours.add(context.id);
    });
    cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }) => {
      if (exceptionDetails.executionContextId !== undefined && ours.has(exceptionDetails.executionContextId)) {
        errors.push(`extension: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
      }
    });
    await cdp.send('Runtime.enable');
    return {
      ...fromPlaywright(page),
      goto: (url) => page.goto(url),
      close: () => page.close(),
      frame: (part) => {
        const frame = page.frames().find((f) => f.url().includes(part));
        if (!frame) throw new Error(`no frame ${part}`);
        return fromPlaywright(frame);
      },
      run: async (expression) => (await cdp.send('Runtime.evaluate', { expression, returnByValue: true })).result.value as unknown,
      type: (text) => page.keyboard.type(text),
      errors: () => errors,
    };
  });
});
