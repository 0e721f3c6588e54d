/**
 * The extension-update E2E suite, run by both browsers: the extension is built into a temp
 * folder and loaded; a pin, a note and a per-site setting are set through messages; a page
 * with highlights is open; the folder is rebuilt with a newer dataset version and a higher
 * extension version and the browser updates the extension in place. The new background
 * installs the new bundled pack and keeps every user record, and a reload of the open tab gets a
 * working content script. What happens to the open tab's old content script differs by
 * browser (Chromium orphans it, Firefox unloads it and injects the new one): each
 * browser's file says so in its own checks.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { bundledRef, serve, settledHighlights, type Server } from './harness';
import { hover, type Tab } from './tab';
import { firstBuild, UPDATED_EXTENSION_VERSION, UPDATE_ARTICLE, type UpdateBuild } from './update-build';

export const NAMES = ['Prime Minister Fumio Kishida', 'President Joe Biden', 'the White House'];

export interface UpdateBrowser<P> {
  /** What becomes of the open tab, as the test names it. */
  openTab: string;
  /** Launches the browser with the extension loaded from `dir`. */
  launch(dir: string): Promise<void>;
  close(): Promise<void>;
  newTab(): Promise<Tab<P>>;
  /** Sends a message to the background from one of the extension's own pages. */
  send: (name: string, params: unknown) => Promise<unknown>;
  /** The site switched off before the update, and a host name on it to ask getSettings about. */
  disabledSite: { site: string; host: string };
  /** Makes the browser load the rebuilt folder `dir` as an update of the extension. */
  update(dir: string): Promise<void>;
  /** After the site is switched off, before the article opens. */
  beforeArticle?(server: Server): Promise<void>;
  /** With the article open and highlighted, just before the update. */
  beforeUpdate?(old: Tab<P>): Promise<void>;
  /** The open tab once the updated background answers, before it is reloaded. */
  openTabAfterUpdate(old: Tab<P>): Promise<void>;
  /** After the open tab was reloaded and works. */
  afterReload?(old: Tab<P>, server: Server): Promise<void>;
}

export function updateSuite<P>(browser: UpdateBrowser<P>): void {
  let build: UpdateBuild;
  let server: Server;

  beforeAll(async () => {
    build = await firstBuild();
    server = await serve({ '/article.html': UPDATE_ARTICLE });
    await browser.launch(build.dir);
  }, 180_000);
  afterAll(async () => {
    await browser.close();
    await server?.close();
    await build?.remove();
  });

  it(`keeps user data, installs the new bundled pack, and ${browser.openTab}`, async () => {
    const { send } = browser;
    const { site, host } = browser.disabledSite;
    expect(await send('ping', {})).toEqual({ result: { extension: '0.1.0', packs: build.basePacks } });
    await send('setPin', { id: bundledRef('fumio-kishida'), pinned: true });
    const note = ((await send('setNote', { id: bundledRef('joe-biden'), text: 'Check the joint statement.' })) as { result: object }).result;
    expect(note).toMatchObject({ id: bundledRef('joe-biden'), text: 'Check the joint statement.' });
    await send('setSiteEnabled', { site, enabled: false });
    await browser.beforeArticle?.(server);

    const old = await browser.newTab();
    await old.goto(server.url('/article.html'));
    expect(await settledHighlights(old)).toEqual(NAMES);
    await browser.beforeUpdate?.(old);

    // The update: a newer first pack and a higher version, built over the loaded folder.
    const newPacks = await build.update();
    await browser.update(build.dir);

    // Until the updated extension is up, opening its page or messaging it can fail: keep asking.
    const ping = () => send('ping', {}).catch((error: Error) => error.message);
    await expect.poll(ping, { timeout: 20_000 }).toEqual({ result: { extension: UPDATED_EXTENSION_VERSION, packs: newPacks } });
    const packs = (await send('listPacks', {})) as { result: { id: string; version: string; counts: { actor: number } }[] };
    expect(packs.result.map((pack) => `${pack.id}@${pack.version}`).join(', ')).toBe(newPacks);
    expect(packs.result[0]!.counts.actor).toBeGreaterThan(10);
    expect(await send('listPins', {})).toEqual({ result: [{ id: bundledRef('fumio-kishida'), pinnedAt: expect.any(String) as string }] });
    expect(await send('getNote', { id: bundledRef('joe-biden') })).toEqual({ result: note });
    expect(await send('getSettings', { site: host })).toMatchObject({ result: { siteEnabled: false, settings: { disabledSites: [site] } } });

    await browser.openTabAfterUpdate(old);

    // A reload runs the new content script, which works with the new background.
    await old.reload();
    expect(await settledHighlights(old)).toEqual(NAMES);
    await old.bringToFront();
    await hover(old, 'President Joe Biden');
    await expect.poll(async () => (await old.card()).names, { timeout: 5_000 }).toEqual(['Joe Biden']);
    await browser.afterReload?.(old, server);

    expect(old.pageErrors()).toEqual([]);
    await old.close();
  });
}
