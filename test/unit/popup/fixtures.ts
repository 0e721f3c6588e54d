/** Realistic card fixtures from the April 2024 Japan state visit, shaped like the background's replies. */
import { summaryOf, type CardData, type EntityRef, type EntitySummary, type SearchHit, type StoreStats } from '../../../src/shared/card';
import type { Actor, Agreement, BriefingEvent, Quote, Source } from '../../../src/shared/model';

export const SOURCES: Source[] = [
  {
    id: 'seed-002',
    kind: 'seed',
    file: '002.md',
    title: 'Biden hosts Kishida for state visit',
    publication: 'Example Wire',
    date: '2024-04-10',
    language: 'en',
  },
  {
    id: 'whitehouse-joint-statement-2024-04-10',
    kind: 'primary',
    title: 'United States-Japan Joint Leaders’ Statement',
    publication: 'The White House',
    date: '2024-04-10',
    language: 'en',
    url: 'https://www.whitehouse.gov/briefing-room/statements-releases/2024/04/10/united-states-japan-joint-leaders-statement/',
  },
];

const base = { asOf: '2024-04-12', sources: ['seed-002'], aliases: [], facts: [] };

export const KISHIDA: Actor = {
  ...base,
  id: 'actor-kishida-fumio',
  type: 'actor',
  kind: 'person',
  name: { en: 'Fumio Kishida', ko: '기시다 후미오', ja: '岸田文雄' },
  role: { en: 'Prime Minister of Japan (2021–2024)', ko: '일본 총리(2021–2024)', ja: '内閣総理大臣(2021–2024)' },
  summary: { en: 'Japanese prime minister who made the April 2024 state visit to Washington.', ko: '2024년 4월 워싱턴을 국빈 방문한 일본 총리.' },
  description: { en: 'Led Japan from October 2021 to October 2024.' },
  facts: [{ text: { en: 'Addressed a joint meeting of the US Congress.' }, date: '2024-04-11', sources: ['seed-002'] }],
};

export const BIDEN: Actor = {
  ...base,
  id: 'actor-biden-joe',
  type: 'actor',
  kind: 'person',
  name: { en: 'Joe Biden', ko: '조 바이든', ja: 'ジョー・バイデン' },
  role: { en: 'President of the United States (2021–2025)' },
  summary: { en: 'US president who hosted the state visit.' },
  description: { en: '46th president of the United States.' },
};

export const MARCOS: Actor = {
  ...base,
  id: 'actor-marcos-ferdinand-jr',
  type: 'actor',
  kind: 'person',
  name: { en: 'Ferdinand Marcos Jr.' },
  role: { en: 'President of the Philippines' },
  summary: { en: 'Joined the first Japan–Philippines–US leaders’ summit.' },
  description: { en: 'President of the Philippines since 2022.' },
};

export const JOINT_STATEMENT: Agreement = {
  ...base,
  id: 'agreement-us-japan-joint-statement-2024',
  type: 'agreement',
  kind: 'joint-statement',
  date: '2024-04-10',
  parties: [KISHIDA.id, BIDEN.id],
  name: { en: 'United States–Japan Joint Leaders’ Statement', ja: '日米首脳共同声明' },
  summary: { en: 'Set out a “global partnership” covering defence, space and technology.' },
  description: { en: 'Issued at the White House on 10 April 2024.' },
};

export const STATE_VISIT: BriefingEvent = {
  ...base,
  id: 'event-kishida-state-visit-2024',
  type: 'event',
  kind: 'visit',
  date: '2024-04-08',
  endDate: '2024-04-14',
  participants: [KISHIDA.id, BIDEN.id],
  name: { en: 'Kishida’s state visit to the United States' },
  summary: { en: 'First state visit by a Japanese prime minister since 2015.' },
  description: { en: 'Included a summit, a state dinner and an address to Congress.' },
};

export const QUOTE: Quote = {
  id: 'quote-kishida-congress-2024',
  type: 'quote',
  asOf: '2024-04-12',
  sources: ['seed-002'],
  text: 'Japan is already standing shoulder to shoulder with the United States.',
  lang: 'en',
  speaker: KISHIDA.id,
  date: '2024-04-11',
  venue: 'Address to a joint meeting of Congress, Washington',
  source: 'seed-002',
  about: [STATE_VISIT.id],
};

export function ref(e: Actor | Agreement | BriefingEvent): EntityRef {
  return { id: e.id, type: e.type, name: e.name, summary: e.summary };
}

export function card(entity: Actor | Agreement | BriefingEvent, extra: Partial<CardData> = {}): CardData {
  return {
    entity,
    relations: [],
    quotes: [],
    sources: SOURCES,
    timeline: [],
    dataset: { version: '1.0.0', asOf: '2024-04-12' },
    ...extra,
  };
}

export const CARDS: Record<string, CardData> = Object.fromEntries(
  [
    card(KISHIDA, {
      relations: [
        { from: KISHIDA.id, type: 'met', to: BIDEN.id, date: '2024-04-10', sources: ['seed-002'], direction: 'out', other: ref(BIDEN) },
      ],
      quotes: [QUOTE],
      timeline: [ref(STATE_VISIT)],
    }),
    card(BIDEN),
    card(MARCOS),
    card(JOINT_STATEMENT),
    card(STATE_VISIT),
  ].map((c) => [c.entity.id, c]),
);

export function hit(partial: Partial<SearchHit> & Pick<SearchHit, 'id' | 'type' | 'matched'>): SearchHit {
  return { name: { en: partial.id }, summary: '', score: 1, ...partial };
}

export const STATS: StoreStats = {
  dataset: { version: '1.0.0', title: 'Japan state visit to the US, April 2024', asOf: '2024-04-12', checksum: 'abc123', seededAt: '2024-05-01T00:00:00.000Z' },
  counts: { actor: 42, agreement: 12, event: 9, quote: 17, source: 2, relation: 80 },
  sources: SOURCES,
};

/** What the background's getSummaries returns for the cards above. */
export const summariesOf = (ids: string[]): EntitySummary[] => ids.flatMap((id) => (CARDS[id] ? [summaryOf(CARDS[id].entity)] : []));
