/**
 * The briefing-packs E2E suite, run by both browsers: a pack file is imported (each browser
 * says how: Chromium through the real options page, Firefox through the background messages
 * the options page sends); an open page that mentions its entities gets highlights without
 * a reload, and cards that name the pack; switched off, its highlights leave the open tab;
 * updated, the reader's pins stay; removed, it is gone from search; the bundled pack is
 * untouched throughout. A broken file is refused first and changes nothing.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeSyntheticPack } from '../../scripts/lib/synthetic-pack';
import type { PackFile } from '../../src/shared/model';
import type { PackInfo } from '../../src/shared/packs';
import { bundledRef, highlightTexts, page, serve, settledHighlights, type Server } from './harness';
import { hover, type Tab } from './tab';

export const E2E_PACK = 'e2e-pack';

/** The test pack (invented entities) in `version`. */
export function testPack(version = '1.0.0'): PackFile {
  const pack = makeSyntheticPack({ scale: 1, id: E2E_PACK });
  return { ...pack, pack: { ...pack.pack, version, title: { en: 'E2E test pack' } } };
}

export interface PacksBrowser<P> {
  newTab(): Promise<Tab<P>>;
  /** Sends a background message from one of the extension's pages; the raw reply. */
  send(name: string, params: unknown): Promise<unknown>;
  /** Imports a pack file as the reader would in this browser, and waits until it is done. */
  importPack(fileName: string, text: string): Promise<void>;
  /** Tries to import a broken file and checks it was refused, naming `problem` (an error code). */
  refuse(fileName: string, text: string, problem: string): Promise<void>;
}

export function packsSuite<P>(browser: () => PacksBrowser<P>): void {
  let server: Server;
  const pack = testPack();
  const person = (k: number) => pack.actors.find((actor) => actor.id === `person-${k}`)!.name.en;
  const article = () =>
    page('Packs fixture', `<article><p>Prime Minister Fumio Kishida met ${person(0)} and ${person(1)} in Tokyo.</p><p>${person(0)} spoke first.</p></article>`);

  beforeAll(async () => {
    server = await serve({ '/article.html': article(), '/favicon.ico': '' });
  });
  afterAll(() => server?.close());

  const packs = async () => ((await browser().send('listPacks', {})) as { result: PackInfo[] }).result;
  const result = async <T,>(name: string, params: unknown) => ((await browser().send(name, params)) as { result: T }).result;

  it('imports a pack, highlights it in an open tab and names it on the card; off, update, remove; the bundled pack untouched', async () => {
    const send = (name: string, params: unknown) => browser().send(name, params);
    const bundled = await packs();
    expect(bundled.map((p) => [p.id, p.bundled, p.enabled])).toEqual([
      ['japan-us-state-visit-2024', true, true],
      ['japan-us-after-the-visit', true, true],
    ]);
    const tab = await browser().newTab();
    await tab.goto(server.url('/article.html'));
    expect(await settledHighlights(tab, { min: 1 })).toEqual(['Prime Minister Fumio Kishida']);

    await browser().refuse('broken.briefing.json', JSON.stringify({ ...pack, quotes: [{ ...pack.quotes[0], speaker: 'nobody' }] }), 'pack-invalid');
    expect(await packs()).toEqual(bundled);

    await browser().importPack('e2e-pack.briefing.json', JSON.stringify(pack));
    expect((await packs()).map((p) => [p.id, p.version, p.enabled])).toEqual([...bundled.map((p) => [p.id, p.version, true]), [E2E_PACK, '1.0.0', true]]);
    await expect.poll(() => highlightTexts(tab), { timeout: 10_000 }).toEqual(['Prime Minister Fumio Kishida', person(0), person(1), person(0)]);
    await hover(tab, person(0));
    await expect.poll(async () => (await tab.card()).text, { timeout: 10_000 }).toContain('E2E test pack');

    const ref = `${E2E_PACK}:person-0`;
    await send('setPin', { id: ref, pinned: true });
    await result('setPackEnabled', { pack: E2E_PACK, enabled: false });
    await expect.poll(() => highlightTexts(tab), { timeout: 10_000 }).toEqual(['Prime Minister Fumio Kishida']);
    await result('setPackEnabled', { pack: E2E_PACK, enabled: true });
    await expect.poll(() => highlightTexts(tab), { timeout: 10_000 }).toEqual(['Prime Minister Fumio Kishida', person(0), person(1), person(0)]);

    await browser().importPack('e2e-pack-1.1.0.briefing.json', JSON.stringify(testPack('1.1.0')));
    expect((await packs()).at(-1)).toMatchObject({ id: E2E_PACK, version: '1.1.0' });
    expect((await result<{ id: string }[]>('listPins', {})).map((pin) => pin.id)).toContain(ref);

    await result('removePack', { pack: E2E_PACK });
    expect(await result<unknown[]>('search', { query: person(0) })).toEqual([]);
    await expect.poll(() => highlightTexts(tab), { timeout: 10_000 }).toEqual(['Prime Minister Fumio Kishida']);
    expect(await packs()).toEqual(bundled);
    expect((await result<{ id: string }[]>('search', { query: 'Fumio Kishida', limit: 3 })).map((hit) => hit.id)).toContain(bundledRef('fumio-kishida'));
    await tab.close();
  });
}
