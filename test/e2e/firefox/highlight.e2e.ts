// Highlighting in Firefox ESR (the shared suite in highlight-suite.ts).
import { afterAll, beforeAll, describe } from 'vitest';
import { fromPuppeteer, launchFirefox, type FirefoxSession } from '../harness';
import { highlightSuite, type TestPage } from '../highlight-suite';

describe('Firefox highlighting', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox();
  });
  afterAll(() => session?.close());

  highlightSuite(async (): Promise<TestPage> => {
    const page = await session.browser.newPage();
    return {
      ...fromPuppeteer(page),
      goto: (url) => page.goto(url),
      close: () => page.close(),
      childFrame: () => {
        const frame = page.frames()[1];
        if (!frame) throw new Error('no child frame');
        return fromPuppeteer(frame);
      },
    };
  });
});
