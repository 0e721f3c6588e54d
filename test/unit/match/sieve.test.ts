// The sieve must agree exactly with the scan's own fold, automaton and boundaries: a
// block passes if and only if some alias occurs in its folded text with its word
// boundaries, however the text is split into pieces (text nodes), and every block the
// matcher finds anything in passes.
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../src/content/match/create-matcher';
import { endOk, endRule, startOk, startRule } from '../../../src/content/match/boundary';
import { foldStrings, units } from '../../../src/shared/fold/match';
import { compileMatcherIndex } from '../../../src/shared/compile-matcher-index';
import type { MatcherIndex } from '../../../src/shared/matcher-index';
import { loadDataset } from '../../../scripts/lib/load-dataset';
import { random } from '../../../scripts/lib/random';
import { INDEX } from './fixture';

/** The folded aliases (context words alone never make a match). */
function aliasPatterns(index: MatcherIndex): string[] {
  return [...new Set(foldStrings(index.aliases.map((a) => a.text)))].filter((p) => p !== '');
}

/** Whether an alias occurs in `folded` with its word boundaries, the slow obvious way. */
function holdsAlias(folded: string, patterns: string[]): boolean {
  const text = units(folded);
  return patterns.some((p) => {
    for (let at = folded.indexOf(p); at !== -1; at = folded.indexOf(p, at + 1)) {
      const start = startOk(startRule(p.charCodeAt(0)), text, at);
      if (start && endOk(endRule(p.charCodeAt(p.length - 1)), text, at + p.length, text.length)) return true;
    }
    return false;
  });
}

/** The folded text as `foldInto` makes it (foldStrings keeps inner spaces; a block's leading spaces are dropped either way). */
function folded(text: string): string {
  return foldStrings([text])[0]!;
}

function pieces(next: () => number, words: string[]): string[] {
  const glue = ['', ' ', '  ', '\u00a0', '\u00ad', '.', '. ', ',', '\n', '–', 'x', '의', 'の'];
  const text: string[] = [];
  const count = 1 + Math.floor(next() * 6);
  for (let k = 0; k < count; k++) text.push(words[Math.floor(next() * words.length)]!, glue[Math.floor(next() * glue.length)]!);
  // Split the block anywhere, including inside words, into "text nodes".
  const joined = text.join('');
  const out: string[] = [];
  let from = 0;
  while (from < joined.length) {
    const to = Math.min(joined.length, from + 1 + Math.floor(next() * 8));
    out.push(joined.slice(from, to));
    from = to;
  }
  return out;
}

const realIndex = compileMatcherIndex(await loadDataset());

describe('sieve', () => {
  for (const [name, index] of [
    ['the test index', INDEX],
    ['the real dataset', realIndex],
  ] as const) {
    it(`passes a block exactly when an alias occurs in its folded text within word boundaries, however it is split (${name})`, () => {
      const matcher = createMatcher(index);
      const patterns = aliasPatterns(index);
      const sieve = matcher.sieve();
      const next = random(7);
      const aliasWords = index.aliases.map((a) => a.text);
      // Near misses: aliases cut short or with a letter changed, so many blocks hold no pattern.
      const nearMisses = aliasWords.map((w) => (w.length > 2 ? w.slice(1) : `${w}q`));
      const words = [...aliasWords, ...nearMisses, 'U.S', 'S.', 'the', 'Mr.', 'a', 'J.', 'kishida', '総理'];
      let passed = 0;
      let rejected = 0;
      for (let k = 0; k < 3000; k++) {
        const parts = pieces(next, words);
        sieve.reset();
        for (const part of parts) sieve.feed(part);
        const result = sieve.end();
        const text = parts.join('');
        const expected = holdsAlias(folded(text), patterns);
        expect({ parts, result }).toEqual({ parts, result: expected });
        if (result) passed++;
        else rejected++;
        if (!result) {
          const scan = matcher.scanBlock(text, new Set());
          expect(scan.mentions.length + scan.pending.length).toBe(0);
        }
      }
      expect(passed).toBeGreaterThan(100);
      expect(rejected).toBeGreaterThan(100);
    });
  }

  it('finds every alias of the real dataset fed one character at a time, with runs of spaces and dots inside', () => {
    const sieve = createMatcher(realIndex).sieve();
    const missed: string[] = [];
    for (const { text } of realIndex.aliases) {
      for (const variant of [text, text.replaceAll(' ', ' \u00a0\n '), `  ${text.replaceAll('.', '.\u00ad')}.`]) {
        sieve.reset();
        for (const unit of variant) sieve.feed(unit);
        if (!sieve.end()) missed.push(variant);
      }
    }
    expect(missed).toEqual([]);
  });

  it('follows dotted abbreviations across pieces as the fold does (U.S. and J.P. inside running text)', () => {
    const index: MatcherIndex = {
      version: 'test',
      entities: [{ id: 'jpm', type: 'actor', name: 'JPMorgan' }],
      aliases: [{ text: 'J.P. Morgan', entity: 0 }, { text: 'U.S. Steel', entity: 0 }],
    };
    const sieve = createMatcher(index).sieve();
    for (const text of ['Shares of J.P. Morgan rose', 'the U.S. Steel deal', 'the U.S.\u00a0Steel deal']) {
      sieve.reset();
      for (const unit of text) sieve.feed(unit);
      expect([text, sieve.end()]).toEqual([text, true]);
    }
  });

  it('keeps saying yes for the rest of a block once it has passed, and starts over on reset', () => {
    const sieve = createMatcher(INDEX).sieve();
    expect(sieve.feed('Fumio Kish')).toBe(false);
    // "Kishida" needs a word boundary after it: known at the next unit (or the block's end).
    expect(sieve.feed('ida')).toBe(false);
    expect(sieve.feed(' met')).toBe(true);
    expect(sieve.feed('nothing')).toBe(true);
    expect(sieve.end()).toBe(true);
    sieve.reset();
    expect(sieve.feed('nothing')).toBe(false);
    expect(sieve.feed('ida')).toBe(false);
    expect(sieve.end()).toBe(false);
  });

  it('rejects aliases inside longer words, and context words on their own', () => {
    const sieve = createMatcher(INDEX).sieve();
    for (const text of ['Kishidas', 'unKishida', 'because', 'Bidens']) {
      sieve.reset();
      sieve.feed(text);
      expect([text, sieve.end()]).toEqual([text, false]);
    }
  });
});
