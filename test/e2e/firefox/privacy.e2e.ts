// Firefox ESR privacy (the shared suite in privacy-suite.ts): records every request of the
// fixture tab (WebDriver BiDi network events through puppeteer's page 'request' event;
// content-script requests are made on behalf of the page and show up here) and asserts the
// only requests were the page's own document loads (and the browser's tab-icon request)
// to the fixture server.
//
// The background's own traffic is not visible per page over BiDi in Firefox, and its
// extension pages cannot be opened over BiDi; the background is covered by the Chromium
// suite (same code, worker traffic recorded) and by the static check over the built
// Firefox bundle (test/unit/privacy/static.test.ts).
import type { HTTPRequest, Page } from 'puppeteer-core';
import { describe, expect } from 'vitest';
import { privacySuite } from '../privacy-suite';
import { firefox, firefoxTab } from './tab';

describe('Firefox privacy: no request from the extension in the page', () => {
  const session = firefox({ systemAccess: true });
  const seen: { url: string }[] = [];

  privacySuite<Page>({
    alsoDoes: ' with only the page’s own document requests made',
    newTab: async () => {
      const page = await session().browser.newPage();
      page.on('request', (request: HTTPRequest) => seen.push({ url: request.url() }));
      return firefoxTab(session().browser, page);
    },
    check: async (server) => {
      const expected = new Set([server.url('/article.html'), server.url('/frame.html'), server.url('/favicon.ico')]);
      expect(seen.filter((s) => !expected.has(s.url))).toEqual([]);
      expect(seen.map((s) => s.url)).toContain(server.url('/article.html'));
      expect(seen.map((s) => s.url)).toContain(server.url('/frame.html'));
    },
  });
});
