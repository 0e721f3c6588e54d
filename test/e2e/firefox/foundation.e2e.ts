// Firefox ESR: the extension installs, and its content script runs on a local page (the
// shared suite in foundation-suite.ts).
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { foundationSuite } from '../foundation-suite';
import { firefox, firefoxTab } from './tab';

describe('Firefox foundation', () => {
  const session = firefox();

  it('installs the extension', () => {
    expect(session().extensionId).toBe('{420b92a3-712f-41cf-98f3-d1528cfce091}');
  });

  foundationSuite<Page>(async () => firefoxTab(session().browser, await session().browser.newPage()));
});
