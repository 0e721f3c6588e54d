import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../src/content/match/create-matcher';
import type { MatcherIndex } from '../../../src/shared/matcher-index';
import { random } from '../../../scripts/lib/random';

// Units with no boundary rule and no folding, ASCII and not, so both the dense ASCII rows
// and the sorted edge lists of the automaton are exercised.
const ALPHABET = ['#', '%', '+', '@', 'あ', 'い', '岸', '田'];

function word(next: () => number, min: number, spread: number): string {
  let out = '';
  const length = min + Math.floor(next() * spread);
  for (let k = 0; k < length; k++) out += ALPHABET[Math.floor(next() * ALPHABET.length)];
  return out;
}

/** Leftmost-longest non-overlapping matches, the slow obvious way. */
function naive(text: string, patterns: string[]): [number, number, number][] {
  const out: [number, number, number][] = [];
  let i = 0;
  while (i < text.length) {
    let best = -1;
    for (let p = 0; p < patterns.length; p++) {
      if (text.startsWith(patterns[p]!, i) && (best === -1 || patterns[p]!.length > patterns[best]!.length)) best = p;
    }
    if (best === -1) {
      i++;
    } else {
      out.push([i, i + patterns[best]!.length, best]);
      i += patterns[best]!.length;
    }
  }
  return out;
}

describe('automaton', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('agrees with a naive leftmost-longest search (seed %i)', (seed) => {
    const next = random(seed);
    const patterns = [...new Set(Array.from({ length: 5 + Math.floor(next() * 60) }, () => word(next, 1, 5)))];
    const index: MatcherIndex = {
      version: 't',
      entities: patterns.map((_, k) => ({ id: `e${k}`, type: 'actor', name: `E${k}` })),
      aliases: patterns.map((text, k) => ({ text, entity: k })),
    };
    const text = word(next, 500, 500);
    const found = createMatcher(index)
      .scan(text)
      .map((m) => [m.start, m.end, m.alias]);
    expect(found).toEqual(naive(text, patterns));
  });
});
