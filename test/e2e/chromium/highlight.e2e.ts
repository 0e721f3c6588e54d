// Highlighting in Chromium (the shared suite in highlight-suite.ts).
import { describe } from 'vitest';
import { highlightSuite } from '../highlight-suite';
import { chromium, chromiumTab } from './tab';

describe('Chromium highlighting', () => {
  const session = chromium();
  highlightSuite(async () => chromiumTab(await session().context.newPage()));
});
