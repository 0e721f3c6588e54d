// Firefox ESR: briefing packs (the shared suite in packs-suite.ts). Extension pages cannot be
// opened over BiDi, so the pack file goes to the background from an options tab the browser
// window opens (test/e2e/firefox-privileged.ts), in pieces through the same messages the
// options page sends (importPackBegin, importPackPiece, importPackFinish).
import { describe, expect } from 'vitest';
import { openExtensionPage, sendFromExtensionPage } from '../firefox-privileged';
import { packsSuite } from '../packs-suite';
import { firefox, firefoxTab } from './tab';

/** In an extension page: uploads the text in pieces and returns the finish reply. */
const UPLOAD = `(json) => {
  const { text, chunk } = JSON.parse(json);
  const send = (name, params) => browser.runtime.sendMessage({ channel: 'briefing-lens', name, params });
  return (async () => {
    const begun = await send('importPackBegin', { bytes: new TextEncoder().encode(text).length });
    if (begun.error) return JSON.stringify(begun);
    for (let index = 0; index * chunk < text.length; index++) {
      const piece = await send('importPackPiece', { token: begun.result.token, index, text: text.slice(index * chunk, (index + 1) * chunk) });
      if (piece.error) return JSON.stringify(piece);
    }
    return JSON.stringify(await send('importPackFinish', { token: begun.result.token }));
  })();
}`;

describe('Firefox briefing packs', () => {
  const session = firefox({ systemAccess: true });
  const upload = async (text: string) => {
    const options = await openExtensionPage(session().browser, session().extensionId, 'options.html');
    try {
      return (await options.call(UPLOAD, { text, chunk: 64 * 1024 })) as { result?: unknown; error?: { code: string } };
    } finally {
      await options.close();
    }
  };
  packsSuite(() => ({
    newTab: async () => firefoxTab(session().browser, await session().browser.newPage()),
    send: (name, params) => sendFromExtensionPage(session().browser, session().extensionId, { channel: 'briefing-lens', name, params }),
    importPack: async (_name, text) => {
      expect(await upload(text)).toMatchObject({ result: { pack: { id: 'e2e-pack' } } });
    },
    refuse: async (_name, text, problem) => {
      expect(await upload(text)).toMatchObject({ error: { code: problem } });
    },
  }));
});
