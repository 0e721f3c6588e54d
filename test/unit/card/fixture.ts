// A realistic CardData for Fumio Kishida (trimmed from data/), and a small one for Joe Biden
// so related links can open in place.
import type { CardData, EntityRef } from '../../../src/shared/card';
import type { Source } from '../../../src/shared/model';

const SOURCES: Record<string, Source> = {
  'seed-000': {
    id: 'seed-000',
    kind: 'seed',
    file: '000_ff1a511bfc4cd547.txt',
    title: 'Biden Kishida strategic partnership, North Korea-Japan summit under US-Japan military alliance system',
    publication: "Kim Jong-chan's blog, category 안보 (security) — English translation",
    author: '김종찬 (Kim Jong-chan)',
    date: '2024-04-08',
    language: 'en',
    note: 'English translation of the Korean post in seed 001.',
  },
  'seed-001': {
    id: 'seed-001',
    kind: 'seed',
    file: '001_c6d0f102e0dce42c.txt',
    title: '기시다 바이든 전략제휴, 미일군사동맹체제로 북일정상회담',
    publication: 'Brunch (brunch.co.kr), blog of 김종찬',
    author: '김종찬 (Kim Jong-chan)',
    date: '2024-04-08',
    language: 'ko',
  },
  'seed-002': {
    id: 'seed-002',
    kind: 'seed',
    file: '002_b7d17968f196edb8.txt',
    title: 'Japan, US, and the Philippines On the Verge of Largest Military Alliance Since 1960',
    publication: 'ViewUS (viewusglobal.com)',
    author: 'Daniel Kim',
    date: '2024-04',
    language: 'en',
  },
  'seed-003': {
    id: 'seed-003',
    kind: 'seed',
    file: '003_c1c94b03fb7dcdd2.txt',
    title: 'Global Partnership of Japan and US',
    publication: 'Unnamed blog (comment form "Post a Comment")',
    date: '2024-04',
    language: 'en',
  },
  'wh-joint-leaders-statement-2024-04-10': {
    id: 'wh-joint-leaders-statement-2024-04-10',
    kind: 'primary',
    title: "United States-Japan Joint Leaders' Statement: Global Partners for the Future",
    publication: 'The White House',
    date: '2024-04-10',
    language: 'en',
    url: 'https://www.whitehouse.gov/briefing-room/statements-releases/2024/04/10/united-states-japan-joint-leaders-statement/',
  },
  'japantimes-cabinet-support-2024-02-04': {
    id: 'japantimes-cabinet-support-2024-02-04',
    kind: 'primary',
    title: 'Kishida Cabinet support rate (Kyodo News poll report)',
    publication: 'The Japan Times (Kyodo News)',
    date: '2024-02-04',
    language: 'en',
    url: 'https://www.japantimes.co.jp/news/2024/02/04/japan/politics/kishida-cabinet-support-rate/',
  },
};

const BIDEN_REF: EntityRef = {
  id: 'joe-biden',
  type: 'actor',
  name: { en: 'Joe Biden', ko: '조 바이든', ja: 'ジョー・バイデン' },
  summary: { en: "U.S. president who hosted Kishida's April 2024 official visit and the first Japan–Philippines–US summit." },
};

const KISHIDA_REF: EntityRef = {
  id: 'fumio-kishida',
  type: 'actor',
  name: { en: 'Fumio Kishida', ko: '기시다 후미오', ja: '岸田文雄' },
  summary: { en: 'Japanese prime minister whose April 2024 official visit to Washington produced the "Global Partners for the Future" statement.' },
};

const SUMMIT_REF: EntityRef = {
  id: 'japan-us-summit-2024-04-10',
  type: 'event',
  name: { en: 'Japan–U.S. summit of 10 April 2024', ko: '2024년 4월 10일 미일 정상회담', ja: '2024年4月10日の日米首脳会談' },
  summary: { en: 'Biden–Kishida White House summit that upgraded the alliance and issued "Global Partners for the Future".' },
};

const STATEMENT_REF: EntityRef = {
  id: 'us-japan-joint-leaders-statement-2024',
  type: 'agreement',
  name: { en: 'United States–Japan Joint Leaders\' Statement "Global Partners for the Future"' },
  summary: { en: 'Joint statement of 10 April 2024 recasting the US–Japan alliance as a global partnership.' },
};

export const KISHIDA: CardData = {
  entity: {
    id: 'fumio-kishida',
    type: 'actor',
    kind: 'person',
    asOf: '2025-01-13',
    sources: ['seed-002', 'seed-003', 'wh-joint-leaders-statement-2024-04-10'],
    name: { en: 'Fumio Kishida', ko: '기시다 후미오', ja: '岸田文雄' },
    aliases: [{ text: 'Fumio Kishida', lang: 'en' }],
    role: {
      en: 'Prime Minister of Japan (took office in 2021)',
      ko: '일본 총리 (2021년 취임)',
      ja: '日本国内閣総理大臣(2021年就任)',
    },
    summary: {
      en: 'Japanese prime minister whose April 2024 official visit to Washington produced the "Global Partners for the Future" statement and the first Japan–Philippines–US summit.',
      ko: '2024년 4월 워싱턴 공식 방문에서 "미래를 위한 글로벌 파트너" 공동성명과 첫 미·일·필리핀 정상회의를 이끈 일본 총리.',
    },
    description: {
      en: 'Kishida became prime minister in 2021 and pushed Japan towards a much larger defence effort, including a goal of defence spending at 2% of GDP by 2027.',
    },
    facts: [
      { text: { en: "Took office as prime minister in 2021 and has since strengthened Japan's defence capabilities." }, date: '2021', sources: ['seed-002'] },
      { text: { en: 'Plans to raise defence spending to 2% of GDP by 2027.' }, date: '2027', sources: ['seed-002', 'seed-003'] },
      { text: { en: 'Gave CNN an interview at his Tokyo residence on 7 April 2024, before leaving for the United States.' }, date: '2024-04-07', sources: ['seed-002', 'seed-000'] },
      {
        text: { en: 'Held a summit with President Biden at the White House on 10 April 2024; the two issued the joint statement "Global Partners for the Future".' },
        date: '2024-04-10',
        sources: ['seed-003', 'wh-joint-leaders-statement-2024-04-10'],
      },
    ],
    disputed: [
      {
        topic: 'His approval rating before the visit',
        versions: [
          { claim: "Between 10 and 20 percent, because of the ruling party's secret-funds scandal.", sources: ['seed-002'] },
          { claim: 'Kyodo polls put cabinet support at a record low of 22.3% in December 2023 and 24.5% in early February 2024.', sources: ['japantimes-cabinet-support-2024-02-04'] },
        ],
        note: 'Different polls give different figures; seed 002\'s "10 to 20 percent" is lower than Kyodo\'s readings.',
      },
    ],
    related: ['joe-biden', 'japan-us-summit-2024-04-10'],
  },
  relations: [
    { from: 'fumio-kishida', type: 'met', to: 'joe-biden', date: '2024-04-10', sources: ['seed-002'], direction: 'out', other: BIDEN_REF },
    { from: 'fumio-kishida', type: 'met', to: 'joe-biden', date: '2023-01', sources: ['seed-002'], direction: 'out', other: BIDEN_REF },
    { from: 'fumio-kishida', type: 'attended', to: SUMMIT_REF.id, date: '2024-04-10', sources: ['seed-003'], direction: 'out', other: SUMMIT_REF },
    { from: 'fumio-kishida', type: 'signed', to: STATEMENT_REF.id, date: '2024-04-10', sources: ['wh-joint-leaders-statement-2024-04-10'], direction: 'out', other: STATEMENT_REF },
  ],
  quotes: [
    {
      id: 'q-kishida-without-preconditions-ko',
      type: 'quote',
      asOf: '2024-04-14',
      sources: ['seed-001'],
      text: '핵무장 정권과의 긴장된 관계를 개선하기 위해 김정은 북한 국무위원장과 ‘전제조건 없이’ 만날 용의가 있다',
      lang: 'ko',
      translation: {
        en: 'I am prepared to meet North Korea\'s State Affairs Commission Chairman Kim Jong Un "without preconditions" to improve our strained relations with the nuclear-armed regime.',
      },
      speaker: 'fumio-kishida',
      date: '2024-04',
      venue: 'Press conference in Tokyo before leaving for the United States',
      source: 'seed-001',
    },
    {
      id: 'q-kishida-without-preconditions-en',
      type: 'quote',
      asOf: '2024-04-14',
      sources: ['seed-000'],
      text: 'I am willing to meet with North Korean Chairman Kim Jong-un ‘without preconditions’ in order to improve the strained relationship with the nuclear-armed regime.',
      lang: 'en',
      speaker: 'fumio-kishida',
      date: '2024-04',
      venue: 'Press conference in Tokyo before leaving for the United States',
      source: 'seed-000',
      variantOf: 'q-kishida-without-preconditions-ko',
    },
  ],
  sources: [
    SOURCES['seed-000']!,
    SOURCES['seed-001']!,
    SOURCES['seed-002']!,
    SOURCES['seed-003']!,
    SOURCES['wh-joint-leaders-statement-2024-04-10']!,
    SOURCES['japantimes-cabinet-support-2024-02-04']!,
  ],
  timeline: [SUMMIT_REF],
  dataset: { version: '1.0.0', asOf: '2025-01-13' },
};

export const BIDEN: CardData = {
  entity: {
    id: 'joe-biden',
    type: 'actor',
    kind: 'person',
    asOf: '2025-01-13',
    sources: ['wh-joint-leaders-statement-2024-04-10'],
    name: BIDEN_REF.name,
    aliases: [{ text: 'Joe Biden', lang: 'en' }],
    role: { en: 'President of the United States (2021–2025)' },
    summary: BIDEN_REF.summary,
    description: { en: 'Hosted the April 2024 official visit.' },
    facts: [],
  },
  relations: [{ from: 'fumio-kishida', type: 'met', to: 'joe-biden', date: '2024-04-10', sources: ['wh-joint-leaders-statement-2024-04-10'], direction: 'in', other: KISHIDA_REF }],
  quotes: [],
  sources: [SOURCES['wh-joint-leaders-statement-2024-04-10']!],
  timeline: [],
  dataset: { version: '1.0.0', asOf: '2025-01-13' },
};

export const CARDS: Record<string, CardData> = { [KISHIDA.entity.id]: KISHIDA, [BIDEN.entity.id]: BIDEN };
