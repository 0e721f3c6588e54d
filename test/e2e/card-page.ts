/**
 * The hover-card audit page: the card as the content script renders it (entry in
 * test/e2e/card-page/), bundled on the fly with esbuild, with the cards of an entity and
 * of everything it relates to, built by the background's own store from the bundled packs
 * installed into an in-memory IndexedDB.
 */
import 'fake-indexeddb/auto';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { BriefingStore } from '../../src/background/store';
import type { CardData } from '../../src/shared/card';
import { packChecksum } from '../../src/shared/dataset/checksum';
import { bundledPacks } from '../../scripts/lib/bundled-packs';
import { page } from '../../scripts/lib/fixture-page';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The card of `id` (a ref) and of each entity it relates to, keyed by ref. */
export async function bundledCards(id: string): Promise<Record<string, CardData>> {
  const packs = await bundledPacks();
  const store = new BriefingStore({
    dbName: `card-page-${Date.now()}`,
    loadBundledIndex: async () => packs.map((pack) => ({ id: pack.pack.id, version: pack.pack.version, file: '', checksum: packChecksum(pack) })),
    loadBundledPack: async (entry) => packs.find((pack) => pack.pack.id === entry.id)!,
  });
  try {
    const main = await store.getCard(id);
    if (!main) throw new Error(`no entity "${id}" in the bundled packs`);
    const cards: Record<string, CardData> = { [id]: main };
    for (const relation of main.relations) {
      const card = await store.getCard(relation.other.id);
      if (card) cards[relation.other.id] = card;
    }
    return cards;
  } finally {
    await store.close();
  }
}

/** The page's script: the card controller with a stand-in for the extension APIs it never calls here. */
export async function cardPageScript(): Promise<string> {
  const result = await build({
    entryPoints: [here('./card-page/entry.tsx')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    alias: { 'webextension-polyfill': here('./card-page/browser-stub.ts') },
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/** The HTML of the page: a sentence naming the entity, its cards, then the script at /card-page.js. */
export function cardPageHtml(name: string, cards: Record<string, CardData>): string {
  const data = JSON.stringify(cards).replace(/</g, '\\u003c');
  return page(
    'Hover card audit',
    `<main><p>Prime Minister <span id="term">${name}</span> spoke in Washington.</p></main>
<script>window.__cards = ${data};</script><script src="/card-page.js"></script>`,
  );
}
