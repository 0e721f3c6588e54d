// Small, realistic inline datasets for the store suites (independent of data/*.json):
// Kishida, Biden, Marcos, an ambassador with a diacritic, the joint statement, a chips
// agreement with a Korean summary about 반도체, the state visit and trilateral summit, quotes.
import { createHash } from 'node:crypto';
import type { SeedBundle } from '../../../src/shared/db/seed';
import type { Actor, Agreement, BriefingEvent, Dataset, Quote } from '../../../src/shared/model';

let counter = 0;
/** A database name no other test uses. */
export function uniqueDbName(label: string): string {
  counter += 1;
  return `test-${label}-${counter}-${Math.random().toString(36).slice(2)}`;
}

const kishida: Actor = {
  id: 'fumio-kishida',
  type: 'actor',
  kind: 'person',
  asOf: '2024-04-30',
  sources: ['seed-003'],
  name: { en: 'Fumio Kishida', ko: '기시다 후미오', ja: '岸田文雄' },
  aliases: [
    { text: 'Kishida', lang: 'en', needsAnchor: true },
    { text: 'Prime Minister Kishida', lang: 'en' },
    { text: '기시다', lang: 'ko' },
    { text: '岸田', lang: 'ja', rejectAfter: ['川'] },
    { text: '岸田首相', lang: 'ja' },
  ],
  role: { en: 'Prime Minister of Japan (2021–2024)' },
  summary: {
    en: 'Prime Minister of Japan who made a state visit to Washington in April 2024.',
    ko: '2024년 4월 워싱턴을 국빈 방문한 일본 총리.',
    ja: '2024年4月にワシントンを国賓訪問した日本の首相。',
  },
  description: { en: 'Leader of the Liberal Democratic Party and Prime Minister of Japan from October 2021 to October 2024.' },
  facts: [{ text: { en: 'Addressed a joint meeting of the U.S. Congress on 11 April 2024.' }, date: '2024-04-11', sources: ['seed-001'] }],
};

const biden: Actor = {
  id: 'joe-biden',
  type: 'actor',
  kind: 'person',
  asOf: '2024-04-30',
  sources: ['seed-003'],
  name: { en: 'Joe Biden', ko: '조 바이든', ja: 'ジョー・バイデン' },
  aliases: [
    { text: 'Biden', lang: 'en', needsAnchor: true, rejectBefore: ['Hunter', 'Jill'] },
    { text: 'President Biden', lang: 'en' },
    { text: '바이든', lang: 'ko' },
    { text: 'バイデン', lang: 'ja' },
  ],
  summary: {
    en: "President of the United States who hosted Kishida's state visit.",
    ko: '기시다 총리의 국빈 방문을 맞이한 미국 대통령.',
  },
  description: { en: 'The 46th President of the United States.' },
  facts: [],
};

const marcos: Actor = {
  id: 'ferdinand-marcos-jr',
  type: 'actor',
  kind: 'person',
  asOf: '2024-04-30',
  sources: ['seed-004'],
  name: { en: 'Ferdinand Marcos Jr.', ko: '페르디난드 마르코스', ja: 'フェルディナンド・マルコス' },
  aliases: [
    { text: 'Marcos', lang: 'en', needsAnchor: true },
    { text: 'Bongbong Marcos', lang: 'en' },
  ],
  summary: { en: 'President of the Philippines who joined the first trilateral summit with Japan and the U.S.' },
  description: { en: 'President of the Philippines since 2022.' },
  facts: [],
};

const romualdez: Actor = {
  id: 'jose-manuel-romualdez',
  type: 'actor',
  kind: 'person',
  asOf: '2024-04-30',
  sources: ['seed-004'],
  name: { en: 'José Manuel Romualdez' },
  aliases: [{ text: 'Romualdez', lang: 'en' }],
  summary: { en: 'Philippine Ambassador to the United States.' },
  description: { en: 'Ambassador of the Philippines in Washington.' },
  facts: [],
};

const nipponSteel: Actor = {
  id: 'nippon-steel',
  type: 'actor',
  kind: 'company',
  asOf: '2024-04-30',
  sources: ['seed-002'],
  name: { en: 'Nippon Steel', ko: '일본제철', ja: '日本製鉄' },
  aliases: [{ text: 'Nippon Steel Corporation', lang: 'en' }],
  summary: { en: 'Japanese steelmaker bidding to buy U.S. Steel.' },
  description: { en: 'The largest steelmaker in Japan.' },
  facts: [],
};

const jointStatement: Agreement = {
  id: 'japan-us-joint-statement-2024',
  type: 'agreement',
  kind: 'joint-statement',
  asOf: '2024-04-30',
  sources: ['whitehouse-joint-statement'],
  name: { en: "Japan-U.S. Joint Leaders' Statement", ko: '미일 정상 공동성명', ja: '日米首脳共同声明' },
  aliases: [
    { text: 'joint statement', lang: 'en', needsAnchor: true },
    { text: 'Global Partners for the Future', lang: 'en' },
    { text: '공동성명', lang: 'ko' },
    { text: '共同声明', lang: 'ja' },
  ],
  summary: {
    en: 'Statement issued by Kishida and Biden on 10 April 2024 upgrading defence and technology ties.',
    ko: '2024년 4월 10일 기시다와 바이든이 발표한 공동성명.',
  },
  description: { en: 'Sets out upgrades to command and control, space cooperation and technology.' },
  facts: [],
  date: '2024-04-10',
  parties: ['fumio-kishida', 'joe-biden'],
  disputed: [
    {
      topic: 'Scope of the command-and-control upgrade',
      versions: [{ claim: 'A joint command', sources: ['seed-002'] }],
      note: 'The statement itself speaks of upgrading frameworks, not a joint command.',
    },
  ],
};

const chips: Agreement = {
  id: 'japan-us-semiconductor-cooperation',
  type: 'agreement',
  kind: 'programme',
  asOf: '2024-04-30',
  sources: ['seed-001'],
  name: { en: 'Japan-U.S. Semiconductor Cooperation', ko: '미일 반도체 협력', ja: '日米半導体協力' },
  aliases: [{ text: 'chip cooperation', lang: 'en' }],
  summary: {
    en: 'Cooperation on next-generation chips and resilient supply chains.',
    ko: '차세대 반도체와 공급망에 관한 미일 협력.',
    ja: '次世代半導体とサプライチェーンに関する協力。',
  },
  description: { en: 'Joint research on advanced chips.' },
  facts: [],
  date: '2024-04-10',
  parties: ['fumio-kishida', 'joe-biden'],
};

const stateVisit: BriefingEvent = {
  id: 'kishida-state-visit-2024',
  type: 'event',
  kind: 'visit',
  asOf: '2024-04-30',
  sources: ['seed-003'],
  name: { en: "Kishida's state visit to the United States", ko: '기시다 총리 미국 국빈 방문', ja: '岸田首相の米国国賓訪問' },
  aliases: [{ text: 'state visit', lang: 'en', needsAnchor: true }],
  summary: { en: 'Official state visit with a summit, a state dinner and an address to Congress.' },
  description: { en: 'The first state visit by a Japanese leader in nine years.' },
  facts: [],
  date: '2024-04-08',
  endDate: '2024-04-14',
  participants: ['fumio-kishida', 'joe-biden'],
};

const trilateral: BriefingEvent = {
  id: 'japan-philippines-us-summit-2024',
  type: 'event',
  kind: 'summit',
  asOf: '2024-04-30',
  sources: ['seed-004'],
  name: { en: 'Japan-Philippines-U.S. Trilateral Summit', ko: '미일필 3국 정상회의', ja: '日米比首脳会談' },
  aliases: [{ text: 'trilateral summit', lang: 'en' }],
  summary: { en: 'First leaders’ summit of Japan, the Philippines and the U.S., held at the White House.' },
  description: { en: 'Focused on the South China Sea.' },
  facts: [],
  date: '2024-04-11',
  participants: ['fumio-kishida', 'joe-biden', 'ferdinand-marcos-jr'],
};

const quoteCongress: Quote = {
  id: 'quote-kishida-international-order',
  type: 'quote',
  asOf: '2024-04-30',
  sources: ['seed-003'],
  text: 'The international order that the U.S. worked for generations to build is facing new challenges.',
  lang: 'en',
  speaker: 'fumio-kishida',
  date: '2024-04-11',
  venue: 'Address to a joint meeting of Congress, Washington',
  source: 'seed-003',
  about: ['kishida-state-visit-2024'],
};

const quotePartners: Quote = {
  id: 'quote-kishida-global-partners',
  type: 'quote',
  asOf: '2024-04-30',
  sources: ['seed-001'],
  text: '日米は今、グローバル・パートナーである。',
  lang: 'ja',
  translation: { en: 'Japan and the U.S. are now global partners.' },
  speaker: 'fumio-kishida',
  date: '2024-04-10',
  venue: 'Joint press conference, White House',
  source: 'seed-001',
  about: ['japan-us-joint-statement-2024'],
};

const quoteBiden: Quote = {
  id: 'quote-biden-alliance',
  type: 'quote',
  asOf: '2024-04-30',
  sources: ['seed-003'],
  text: 'This is the most significant upgrade in our alliance since it was first established.',
  lang: 'en',
  speaker: 'joe-biden',
  date: '2024-04-10',
  venue: 'Joint press conference, White House',
  source: 'seed-003',
  about: ['japan-us-joint-statement-2024'],
};

export function makeDataset(version = '1.0.0'): Dataset {
  return structuredClone({
    meta: { version, title: 'Japan state visit to the US, April 2024', asOf: '2024-04-30' },
    sources: [
      { id: 'seed-001', kind: 'seed', file: '001.md', title: '기시다 국빈 방문', publication: 'Example News', date: '2024-04-12', language: 'ko' },
      { id: 'seed-002', kind: 'seed', file: '002.md', title: 'Steel and security', publication: 'Example Times', date: '2024-04-09', language: 'en' },
      { id: 'seed-003', kind: 'seed', file: '003.md', title: 'Kishida in Washington', publication: 'Example Post', date: '2024-04-11', language: 'en' },
      { id: 'seed-004', kind: 'seed', file: '004.md', title: 'Trilateral summit', publication: 'Example Daily', date: '2024-04-12', language: 'en' },
      {
        id: 'whitehouse-joint-statement',
        kind: 'primary',
        title: "United States-Japan Joint Leaders' Statement",
        publication: 'The White House',
        date: '2024-04-10',
        language: 'en',
      },
    ],
    actors: [kishida, biden, marcos, romualdez, nipponSteel],
    agreements: [jointStatement, chips],
    events: [stateVisit, trilateral],
    quotes: [quoteCongress, quotePartners, quoteBiden],
    relations: [
      { from: 'fumio-kishida', type: 'met', to: 'joe-biden', date: '2024-04-10', sources: ['seed-003'] },
      { from: 'fumio-kishida', type: 'signed', to: 'japan-us-joint-statement-2024', sources: ['whitehouse-joint-statement'] },
      { from: 'joe-biden', type: 'signed', to: 'japan-us-joint-statement-2024', sources: ['whitehouse-joint-statement'] },
      { from: 'joe-biden', type: 'hosted', to: 'kishida-state-visit-2024', sources: ['seed-003'] },
      { from: 'fumio-kishida', type: 'attended', to: 'kishida-state-visit-2024', sources: ['seed-003'] },
      { from: 'fumio-kishida', type: 'attended', to: 'japan-philippines-us-summit-2024', sources: ['seed-004'] },
      { from: 'ferdinand-marcos-jr', type: 'attended', to: 'japan-philippines-us-summit-2024', sources: ['seed-004'] },
      { from: 'japan-us-semiconductor-cooperation', type: 'part-of', to: 'japan-us-joint-statement-2024', sources: ['seed-001'] },
    ],
  } satisfies Dataset);
}

/** The next dataset version: Nippon Steel removed, Biden's summary revised, a new actor. */
export function makeUpdatedDataset(): Dataset {
  const dataset = makeDataset('1.1.0');
  dataset.actors = dataset.actors.filter((a) => a.id !== 'nippon-steel');
  dataset.actors.find((a) => a.id === 'joe-biden')!.summary.en = 'President of the United States (2021–2025).';
  dataset.actors.push({
    id: 'rahm-emanuel',
    type: 'actor',
    kind: 'person',
    asOf: '2024-05-01',
    sources: ['seed-003'],
    name: { en: 'Rahm Emanuel', ko: '람 이매뉴얼' },
    aliases: [{ text: 'Emanuel', lang: 'en', needsAnchor: true }],
    summary: { en: 'U.S. Ambassador to Japan.' },
    description: { en: 'U.S. Ambassador to Japan from 2022.' },
    facts: [],
  });
  return dataset;
}

export function bundle(dataset: Dataset): SeedBundle {
  return { dataset, checksum: createHash('sha256').update(JSON.stringify(dataset)).digest('hex') };
}

export function entityCount(dataset: Dataset): number {
  return dataset.actors.length + dataset.agreements.length + dataset.events.length;
}
