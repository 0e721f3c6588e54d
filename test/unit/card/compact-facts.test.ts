import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../src/shared/model';
import type { CardSection } from '../../../src/shared/card';
import { COMPACT_FACTS, compactFacts, factCandidates } from '../../../src/shared/ui/compact-facts';
import { KISHIDA } from '../../fixtures/dataset';

const fact = (text: string, sources: number, date?: string, stated?: string): Fact => ({
  text: { en: text },
  sources: Array.from({ length: sources }, (_, i) => `s${i}`),
  ...(date ? { date } : {}),
  ...(stated ? { stated } : {}),
});

const texts = (candidates: { fact: Fact }[]) => candidates.map((c) => c.fact.text.en);
const section = (id: string, facts: Fact[]): CardSection => ({
  pack: { id, title: { en: id }, version: '1', asOf: '2024-04-30' },
  entity: { ...KISHIDA, facts },
});

describe('compactFacts', () => {
  it('ranks by number of sources, then most recent, then the pack\'s order, and keeps three', () => {
    const facts = [
      fact('one source, newest', 1, '2024-05-01'),
      fact('two sources, 2023', 2, '2023'),
      fact('two sources, April 2024', 2, '2024-04'),
      fact('three sources, undated', 3),
      fact('two sources, April 2024 again', 2, '2024-04'),
    ];
    const picked = compactFacts(factCandidates([section('a', facts)]));
    expect(picked).toHaveLength(COMPACT_FACTS);
    expect(texts(picked)).toEqual(['three sources, undated', 'two sources, April 2024', 'two sources, April 2024 again']);
  });

  it('puts undated facts after dated ones with as many sources', () => {
    const picked = compactFacts(factCandidates([section('a', [fact('undated', 1), fact('dated', 1, '1990')])]));
    expect(texts(picked)).toEqual(['dated', 'undated']);
  });

  it('dates a forward-looking fact by when it was stated, not the future date it is about', () => {
    const facts = [fact('target for 2030, stated in 2022', 1, '2030', '2022-12'), fact('done in 2024', 1, '2024-04-10')];
    expect(texts(compactFacts(factCandidates([section('a', facts)])))).toEqual(['done in 2024', 'target for 2030, stated in 2022']);
  });

  it('ranks the facts of every section together and keeps each one\'s section', () => {
    const sections = [section('first', [fact('first pack, one source', 1, '2024')]), section('second', [fact('second pack, two sources', 2, '2020'), fact('second pack, one source', 1, '2019')])];
    const picked = compactFacts(factCandidates(sections), 2);
    expect(texts(picked)).toEqual(['second pack, two sources', 'first pack, one source']);
    expect(picked.map((c) => c.section)).toEqual([1, 0]);
  });

  it('leaves its input as it was and returns nothing for a limit of 0', () => {
    const candidates = factCandidates([section('a', [fact('a', 1), fact('b', 2)])]);
    const before = [...candidates];
    compactFacts(candidates);
    expect(candidates).toEqual(before);
    expect(compactFacts(candidates, 0)).toEqual([]);
  });
});
