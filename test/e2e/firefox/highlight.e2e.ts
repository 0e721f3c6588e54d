// Highlighting in Firefox ESR (the shared suite in highlight-suite.ts).
import { describe } from 'vitest';
import { highlightSuite } from '../highlight-suite';
import { firefox, firefoxTab } from './tab';

describe('Firefox highlighting', () => {
  const session = firefox();
  highlightSuite(async () => firefoxTab(session().browser, await session().browser.newPage()));
});
