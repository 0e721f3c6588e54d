// Highlighting in Chromium (the shared suite in highlight-suite.ts).
import { afterAll, beforeAll, describe } from 'vitest';
import { fromPlaywright, launchChromium, type ChromiumSession } from '../harness';
import { highlightSuite, type TestPage } from '../highlight-suite';

describe('Chromium highlighting', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium();
  });
  afterAll(() => session?.close());

  highlightSuite(async (): Promise<TestPage> => {
    const page = await session.context.newPage();
    return {
      ...fromPlaywright(page),
      goto: (url) => page.goto(url),
      close: () => page.close(),
      childFrame: () => {
        const frame = page.frames()[1];
        if (!frame) throw new Error('no child frame');
        return fromPlaywright(frame);
      },
    };
  });
});
