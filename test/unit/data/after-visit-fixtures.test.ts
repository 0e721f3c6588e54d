// The E2E highlight fixtures of the second pack, checked in Node: a matcher compiled from both bundled packs (entities
// with the same Wikidata item united under the first pack's, as the extension merges them) run block by block over
// each fixture page, with the page's anchors, finds exactly the highlights the E2E suite expects.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMatcher, type Matcher } from '../../../src/content/match/create-matcher';
import { compileMatcherIndex } from '../../../src/shared/compile-matcher-index';
import type { Dataset, Entity } from '../../../src/shared/model';
import { loadBundledPackIds, loadDataset } from '../../../scripts/lib/load-dataset';
import { PACKS_DIR } from '../../../scripts/lib/paths';
import { AFTER_VISIT_ENGLISH, AFTER_VISIT_JAPANESE, AFTER_VISIT_KOREAN } from '../../e2e/fixtures';

/** The bundled packs as one dataset: ids prefixed with the pack, and an entity whose Wikidata item an earlier pack already has folded into that entity. */
async function bundledDataset(): Promise<Dataset> {
  const packs = await Promise.all((await loadBundledPackIds()).map(async (id) => ({ id, data: await loadDataset(join(PACKS_DIR, id)) })));
  const byItem = new Map<string, Entity>();
  const out: Dataset = { ...packs[0]!.data, actors: [], agreements: [], events: [], quotes: [], relations: [], sources: [] };
  for (const { id, data } of packs) {
    for (const key of ['actors', 'agreements', 'events'] as const) {
      for (const entity of data[key] as Entity[]) {
        const earlier = entity.wikidata === undefined ? undefined : byItem.get(entity.wikidata);
        if (earlier !== undefined) {
          earlier.aliases.push(...entity.aliases);
          continue;
        }
        const copy = { ...entity, id: `${id}:${entity.id}`, aliases: [...entity.aliases] };
        if (entity.wikidata !== undefined) byItem.set(entity.wikidata, copy);
        (out[key] as Entity[]).push(copy);
      }
    }
  }
  return out;
}

/** The text of each paragraph of a fixture page (the fixtures hold plain text in <p> elements). */
function blocks(html: string): string[] {
  return [...html.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
}

/** What the highlighter shows: each block scanned with the page's anchors, blocks waiting on an entity rescanned once it is anchored. */
function highlights(matcher: Matcher, html: string): string[] {
  const texts = blocks(html);
  const anchors = new Set<number>();
  const found = texts.map(() => [] as string[]);
  const waiting = new Set<number>();
  const scan = (i: number) => {
    const { mentions, pending } = matcher.scanBlock(texts[i]!, anchors);
    found[i] = mentions.map((m) => texts[i]!.slice(m.start, m.end));
    if (pending.length > 0) waiting.add(i);
    else waiting.delete(i);
  };
  texts.forEach((_, i) => scan(i));
  for (let round = 0; round < texts.length && waiting.size > 0; round++) [...waiting].forEach(scan);
  return found.flat();
}

const matcher = createMatcher(compileMatcherIndex(await bundledDataset()));

describe('second-pack fixture pages', () => {
  it.each([
    ['English', AFTER_VISIT_ENGLISH],
    ['Korean', AFTER_VISIT_KOREAN],
    ['Japanese', AFTER_VISIT_JAPANESE],
  ] as const)('%s: the bundled packs highlight exactly the expected mentions', (_, fixture) => {
    expect(highlights(matcher, fixture.html)).toEqual(fixture.expected);
  });
});
