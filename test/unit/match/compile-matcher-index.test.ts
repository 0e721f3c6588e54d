import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../src/content/match/create-matcher';
import { compileMatcherIndex } from '../../../src/shared/compile-matcher-index';
import type { Actor, Agreement, Alias, BriefingEvent, Dataset, LocalisedText } from '../../../src/shared/model';

const base = (id: string, name: LocalisedText, aliases: Alias[]) => ({
  id,
  name,
  aliases,
  asOf: '2024-04-30',
  sources: ['seed-003'],
  summary: { en: `${name.en}.` },
  description: { en: `${name.en}.` },
  facts: [],
});

const kishida: Actor = {
  ...base('kishida', { en: 'Fumio Kishida', ko: '기시다 후미오', ja: '岸田文雄' }, [
    { text: 'Kishida', lang: 'en' },
    { text: 'Fumio Kishida', lang: 'en', note: 'duplicate of the name' },
    { text: '岸田', lang: 'ja', rejectAfter: ['劉生'], requireNear: [], note: 'not the painter' },
  ]),
  type: 'actor',
  kind: 'person',
};
const us: Actor = {
  ...base('us', { en: 'United States' }, [{ text: 'US', lang: 'en', caseSensitive: true, needsAnchor: false }]),
  type: 'actor',
  kind: 'country',
};
const statement: Agreement = {
  ...base('joint-statement', { en: 'Global Partners for the Future' }, []),
  type: 'agreement',
  kind: 'joint-statement',
  parties: ['kishida', 'us'],
};
const summit: BriefingEvent = {
  ...base('summit', { en: 'Kishida–Biden summit', ja: '日米首脳会談' }, []),
  type: 'event',
  kind: 'summit',
  date: '2024-04-10',
  participants: ['kishida'],
};
const dataset: Dataset = {
  meta: { version: '1.2.3', title: 't', asOf: '2024-04-30' },
  sources: [],
  actors: [kishida, us],
  agreements: [statement],
  events: [summit],
  quotes: [],
  relations: [],
};

describe('compileMatcherIndex', () => {
  const index = compileMatcherIndex(dataset);

  it('lists actors, agreements and events with id, type and English name', () => {
    expect(index.version).toBe('1.2.3');
    expect(index.entities).toEqual([
      { id: 'kishida', type: 'actor', name: 'Fumio Kishida' },
      { id: 'us', type: 'actor', name: 'United States' },
      { id: 'joint-statement', type: 'agreement', name: 'Global Partners for the Future' },
      { id: 'summit', type: 'event', name: 'Kishida–Biden summit' },
    ]);
  });

  it('keeps aliases with their non-empty rules, adds the names once, drops notes', () => {
    expect(index.aliases.filter((a) => a.entity === 0)).toEqual([
      { text: 'Kishida', entity: 0 },
      { text: 'Fumio Kishida', entity: 0 },
      { text: '岸田', entity: 0, rejectAfter: ['劉生'] },
      { text: '기시다 후미오', entity: 0 },
      { text: '岸田文雄', entity: 0 },
    ]);
    expect(index.aliases.filter((a) => a.entity === 1)).toEqual([
      { text: 'US', entity: 1, caseSensitive: true },
      { text: 'United States', entity: 1 },
    ]);
    expect(index.aliases.filter((a) => a.entity === 3).map((a) => a.text)).toEqual(['Kishida–Biden summit', '日米首脳会談']);
  });

  it('feeds the matcher', () => {
    const matcher = createMatcher(index);
    const text = 'The Kishida-Biden summit in the US; 岸田劉生 and 日米首脳会談.';
    expect(matcher.scan(text).map((m) => [text.slice(m.start, m.end), index.entities[m.entity]!.id])).toEqual([
      ['Kishida-Biden summit', 'summit'],
      ['US', 'us'],
      ['日米首脳会談', 'summit'],
    ]);
  });
});
