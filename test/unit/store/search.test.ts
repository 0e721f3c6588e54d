// Search: ranking tiers, case/diacritic folding, prefixes, one-typo tolerance, Korean
// and Japanese substrings, multi-word queries, type filters and highlight ranges.
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/shared/model';
import { SearchIndex, type IndexHit } from '../../../src/background/search/search-index';
import { tokenise, withinOneEdit } from '../../../src/background/search/text';
import { fold } from '../../../src/shared/fold/search';
import { BriefingStore } from '../../../src/background/store';
import { PACK_LABEL, bundled, makeDataset, packOf, r } from '../../fixtures/dataset';
import { uniqueDbName } from './db-name';

const dataset = makeDataset();
const index = SearchIndex.build([...dataset.actors, ...dataset.agreements, ...dataset.events], dataset.quotes);

function highlighted(hit: IndexHit): string[] {
  return hit.matched.ranges.map(([start, end]) => hit.matched.text.slice(start, end));
}

describe('text folding', () => {
  it('folds case, diacritics and full-width forms but keeps Hangul and kana composed', () => {
    expect(fold('José ÉLYSÉE Ｋｉｓｈｉｄａ')).toBe('jose elysee kishida');
    expect(fold('기시다 バイデン が')).toBe('기시다 バイデン が');
  });

  it('splits words and CJK runs, dropping dots inside words', () => {
    expect(tokenise(fold("Japan-U.S. Joint Leaders' Statement")).map((t) => t.term)).toEqual(['japan', 'us', 'joint', 'leaders', 'statement']);
    expect(tokenise(fold('岸田首相の米国国賓訪問 G7')).map((t) => [t.kind, t.term])).toEqual([
      ['cjk', '岸田首相の米国国賓訪問'],
      ['word', 'g7'],
    ]);
  });

  it('accepts exactly one insertion, deletion, substitution or swap', () => {
    expect(withinOneEdit('kishda', 'kishida')).toBe(true);
    expect(withinOneEdit('kihsida', 'kishida')).toBe(true);
    expect(withinOneEdit('kishidi', 'kishida')).toBe(true);
    expect(withinOneEdit('kisda', 'kishida')).toBe(false);
    expect(withinOneEdit('kihsdia', 'kishida')).toBe(false);
  });
});

describe('ranking', () => {
  const entity = (id: string, name: string, aliases: string[], summary: string): Actor => ({
    id,
    type: 'actor',
    kind: 'organisation',
    asOf: '2024-04-30',
    sources: [],
    name: { en: name },
    aliases: aliases.map((text) => ({ text, lang: 'en' })),
    summary: { en: summary },
    description: { en: '' },
    facts: [],
  });
  const ranked = SearchIndex.build(
    [
      entity('summary-only', 'Indo-Pacific partners', [], 'Coordinates with the Quad on maritime security.'),
      entity('prefix', 'Quadrant Partners', [], 'An investment firm.'),
      entity('alias', 'Quadrilateral Security Dialogue', ['Quad'], 'Australia, India, Japan and the U.S.'),
      entity('word', 'Leaders of the Quad', [], 'A meeting.'),
      entity('exact-name', 'Quad', [], 'A short name.'),
    ],
    [],
  );

  it('orders exact name > alias > prefix > whole word in a name > summary text', () => {
    const hits = ranked.search('quad');
    expect(hits.map((h) => h.id)).toEqual(['exact-name', 'alias', 'prefix', 'word', 'summary-only']);
    expect(hits.map((h) => h.matched.field)).toEqual(['name', 'alias', 'name', 'name', 'summary']);
    for (let i = 1; i < hits.length; i++) expect(hits[i]!.score).toBeLessThan(hits[i - 1]!.score);
  });

  it('ranks a typo match below exact matches but above summary text', () => {
    const hits = ranked.search('qaud');
    expect(hits[0]!.id).toBe('exact-name');
    expect(hits[0]!.score).toBeLessThan(ranked.search('quad')[3]!.score);
    expect(hits.at(-1)!.matched.field).toBe('summary');
  });
});

describe('queries over the briefing dataset', () => {
  it('kish: prefix finds Kishida first and highlights the prefix', () => {
    const [first] = index.search('kish');
    expect(first!.id).toBe('fumio-kishida');
    expect(first!.matched).toMatchObject({ field: 'alias', text: 'Kishida', ranges: [[0, 4]] });
  });

  it('kishda: one typo still finds Kishida first', () => {
    const [first] = index.search('kishda');
    expect(first!.id).toBe('fumio-kishida');
    expect(highlighted(first!)).toEqual(['Kishida']);
  });

  it('short words get no typo tolerance', () => {
    expect(index.search('bdn')).toEqual([]);
  });

  it('기시다: Korean finds Kishida by his Korean alias, and Korean text containing it', () => {
    const hits = index.search('기시다');
    expect(hits[0]!.id).toBe('fumio-kishida');
    expect(hits[0]!.matched).toMatchObject({ field: 'alias', text: '기시다', ranges: [[0, 3]] });
    const biden = hits.find((h) => h.id === 'joe-biden')!;
    expect(biden.matched.field).toBe('summary');
    expect(biden.summary).toBe('기시다 총리의 국빈 방문을 맞이한 미국 대통령.');
  });

  it('岸田: Japanese finds Kishida first and the visit whose name starts with it', () => {
    const hits = index.search('岸田');
    expect(hits.slice(0, 2).map((h) => h.id)).toEqual(['fumio-kishida', 'kishida-state-visit-2024']);
    expect(hits[1]!.matched).toMatchObject({ field: 'name', text: '岸田首相の米国国賓訪問', ranges: [[0, 2]] });
  });

  it('国賓: a substring in the middle of an unspaced Japanese name', () => {
    const [first] = index.search('国賓');
    expect(first!.id).toBe('kishida-state-visit-2024');
    expect(highlighted(first!)).toEqual(['国賓']);
  });

  it('반도체: finds the semiconductor agreement through its Korean name', () => {
    const hits = index.search('반도체');
    expect(hits.map((h) => h.id)).toEqual(['japan-us-semiconductor-cooperation']);
    expect(hits[0]!.matched).toMatchObject({ field: 'name', text: '미일 반도체 협력', ranges: [[3, 6]] });
  });

  it('joint statement: multi-word query finds the agreement and highlights both words', () => {
    const [first] = index.search('joint statement');
    expect(first!.id).toBe('japan-us-joint-statement-2024');
    expect(highlighted(first!)).toEqual(['joint', 'statement']);
  });

  it('requires every word: a word found nowhere gives no hits', () => {
    expect(index.search('joint zeppelin')).toEqual([]);
  });

  it('is case- and diacritic-insensitive both ways', () => {
    expect(index.search('JOSE romualdez')[0]!.id).toBe('jose-manuel-romualdez');
    expect(highlighted(index.search('josé')[0]!)).toEqual(['José']);
    expect(index.search('ＢＩＤＥＮ')[0]!.id).toBe('joe-biden');
  });

  it('matches dotted abbreviations without the dots', () => {
    const hits = index.search('us steel');
    expect(hits[0]!.id).toBe('nippon-steel');
    expect(hits[0]!.matched.text).toBe('Japanese steelmaker bidding to buy U.S. Steel.');
    expect(highlighted(hits[0]!)).toEqual(['steel', 'U.S', 'Steel']);
  });

  it('finds quote text and English translations of Japanese quotes', () => {
    const order = index.search('international order');
    expect(order.map((h) => h.id)).toEqual(['quote-kishida-international-order']);
    expect(order[0]!).toMatchObject({ type: 'quote', name: { en: 'Fumio Kishida' }, matched: { field: 'quote' } });
    expect(order[0]!.cardId).toBe('fumio-kishida');
    expect(index.search('kishida')[0]!.cardId).toBeUndefined();
    const partners = index.search('global partners');
    expect(partners.map((h) => h.id)).toEqual(['japan-us-joint-statement-2024', 'quote-kishida-global-partners']);
    expect(partners[1]!.summary).toBe('Japan and the U.S. are now global partners.');
  });

  it('filters by record type', () => {
    const quotes = index.search('kishida', { types: ['quote'] });
    expect(quotes.length).toBe(4);
    expect(quotes.every((h) => h.type === 'quote')).toBe(true);
    const events = index.search('kishida', { types: ['event'] });
    expect(events.map((h) => h.id)).toEqual(['kishida-state-visit-2024']);
    expect(index.search('kishida', { types: ['actor', 'agreement'] }).map((h) => h.type).sort()).toEqual(['actor', 'actor', 'agreement']);
  });

  it('respects the limit and ignores empty queries', () => {
    expect(index.search('kishida', { limit: 2 })).toHaveLength(2);
    expect(index.search('  ,. ')).toEqual([]);
  });
});

describe('search through the store', () => {
  it('builds its index from IndexedDB and rebuilds nothing on a second call', async () => {
    const store = new BriefingStore({ dbName: uniqueDbName('search'), ...bundled(packOf(makeDataset())) });
    const hits = await store.search('岸田', { limit: 1 });
    expect(hits.map((h) => h.id)).toEqual([r('fumio-kishida')]);
    expect(hits[0]!.pack).toEqual(PACK_LABEL);
    expect((await store.search('chip', { types: ['agreement'] })).map((h) => h.id)).toEqual([r('japan-us-semiconductor-cooperation')]);
    expect((await store.ready()).search).toBe((await store.ready()).search);
    await store.close();
  });
});
