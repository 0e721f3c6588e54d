// The Chrome Web Store zip works as shipped: `npm run package`'s packaging writes it to a
// temp folder, it is unpacked as a store or a reader would, and Chromium loads that
// folder unpacked and highlights the English fixture page.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageRelease } from '../../../scripts/lib/package';
import { extractZip } from '../../../scripts/lib/zip';
import { ENGLISH } from '../fixtures';
import { fromPlaywright, launchChromium, serve, settledHighlights, type ChromiumSession, type Server } from '../harness';

describe('the packaged Chrome zip in Chromium', () => {
  let work: string;
  let session: ChromiumSession;
  let server: Server;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'briefing-lens-chrome-zip-'));
    const files = await packageRelease({ buildDir: join(work, 'dist'), releaseDir: join(work, 'release') });
    const zip = files.find((f) => f.path.endsWith('-chrome.zip'));
    if (!zip) throw new Error('no Chrome zip was written');
    await extractZip(await readFile(zip.path), join(work, 'unpacked'));
    server = await serve({ '/english.html': ENGLISH.html });
    session = await launchChromium({ extensionDir: join(work, 'unpacked') });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('loads unpacked from the extracted zip and highlights the fixture page', async () => {
    expect(session.worker.url()).toBe(session.extensionUrl('background.js'));
    const tab = await session.context.newPage();
    await tab.goto(server.url('/english.html'));
    expect(await settledHighlights(fromPlaywright(tab), { min: ENGLISH.expected.length })).toEqual(ENGLISH.expected);
    await tab.close();
  });
});
