/**
 * A large synthetic briefing pack for the scale benchmarks: `scale` × the first bundled
 * pack's size (100× is 8,300 entities and 6,900 quotes), every record made up here, not
 * copied: invented people, organisations, places, agreements and events with names and
 * aliases in English, Korean and Japanese (the Korean and Japanese forms transliterate
 * the same invented syllables), dated facts, quotes, sources with https URLs and
 * relations. Deterministic for a given scale and seed. A valid pack (format v1) that
 * imports like any other; the extension never runs this code.
 */
import type { Actor, Agreement, BriefingEvent, PackFile, Quote, Relation, Source } from '../../src/shared/model';
import { random } from './random';

/** Per 1×: the first bundled pack's proportions, rounded (83 entities, 69 quotes). */
const PER_SCALE = { person: 35, organisation: 10, place: 8, company: 5, agreement: 14, event: 11, quote: 69, source: 30 };

/** Syllables with their Korean and Japanese forms, so every invented name has all three. */
const SYLLABLES: [string, string, string][] = [
  ['ka', '카', 'カ'], ['ki', '키', 'キ'], ['ko', '코', 'コ'], ['ku', '쿠', 'ク'], ['ke', '케', 'ケ'],
  ['sa', '사', 'サ'], ['shi', '시', 'シ'], ['so', '소', 'ソ'], ['su', '스', 'ス'], ['se', '세', 'セ'],
  ['ta', '타', 'タ'], ['to', '토', 'ト'], ['te', '테', 'テ'], ['na', '나', 'ナ'], ['ni', '니', 'ニ'],
  ['no', '노', 'ノ'], ['ne', '네', 'ネ'], ['ma', '마', 'マ'], ['mi', '미', 'ミ'], ['mo', '모', 'モ'],
  ['mu', '무', 'ム'], ['ra', '라', 'ラ'], ['ri', '리', 'リ'], ['ro', '로', 'ロ'], ['ru', '루', 'ル'],
  ['re', '레', 'レ'], ['va', '와', 'ヴァ'], ['vo', '워', 'ヴォ'], ['da', '다', 'ダ'], ['do', '도', 'ド'],
  ['ga', '가', 'ガ'], ['go', '고', 'ゴ'], ['ba', '바', 'バ'], ['be', '베', 'ベ'], ['za', '자', 'ザ'],
  ['pi', '피', 'ピ'], ['ha', '하', 'ハ'], ['ho', '호', 'ホ'], ['fu', '후', 'フ'], ['ya', '야', 'ヤ'],
];

interface Name {
  en: string;
  ko: string;
  ja: string;
}

/** Distinct invented words of three syllables (the k-th word for k = 0, 1, …, shuffled by the seed). */
function wordMaker(seed: number): () => Name {
  const next = random(seed);
  const used = new Set<string>();
  return () => {
    for (;;) {
      const parts = Array.from({ length: 3 }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]!);
      const en = parts.map((p) => p[0]).join('');
      if (used.has(en)) continue;
      used.add(en);
      return { en: en[0]!.toUpperCase() + en.slice(1), ko: parts.map((p) => p[1]).join(''), ja: parts.map((p) => p[2]).join('') };
    }
  };
}

const join = (a: Name, b: Name, sep: { en: string; ko: string; ja: string }): Name => ({ en: `${a.en}${sep.en}${b.en}`, ko: `${a.ko}${sep.ko}${b.ko}`, ja: `${a.ja}${sep.ja}${b.ja}` });

export interface SyntheticPackOptions {
  /** Multiple of the first pack's size (default 100). */
  scale?: number;
  seed?: number;
  id?: string;
}

export function makeSyntheticPack(options: SyntheticPackOptions = {}): PackFile {
  const scale = options.scale ?? 100;
  const id = options.id ?? `synthetic-x${scale}`;
  const next = random(options.seed ?? 20241007);
  const word = wordMaker((options.seed ?? 20241007) + 1);
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const count = (key: keyof typeof PER_SCALE) => PER_SCALE[key] * scale;
  const day = (k: number) => {
    const date = new Date(Date.UTC(2023, 0, 1) + (k % 730) * 86_400_000);
    return date.toISOString().slice(0, 10);
  };

  const sources: Source[] = Array.from({ length: count('source') }, (_, k) => ({
    id: `source-${k}`,
    kind: k % 3 === 0 ? 'primary' : 'secondary',
    title: `Report ${k} on the synthetic region`,
    publication: `${word().en} Gazette`,
    date: day(k * 7),
    language: pick(['en', 'ko', 'ja'] as const),
    url: `https://example.org/synthetic/${id}/source-${k}`,
  }));
  const cite = () => [sources[Math.floor(next() * sources.length)]!.id];

  const base = (key: string, k: number, name: Name, aliases: Actor['aliases'], summary: string) => ({
    id: `${key}-${k}`,
    asOf: '2025-01-31',
    sources: cite(),
    name,
    aliases,
    summary: { en: summary, ko: `${name.ko}: 합성 데이터`, ja: `${name.ja}: 合成データ` },
    description: { en: `${summary} Invented for the scale benchmark; nothing here is true of any real entity.` },
    facts: Array.from({ length: 3 }, (_, f) => ({ text: { en: `${name.en} took part in matter ${k * 3 + f}.` }, date: day(k + f * 31), sources: cite() })),
  });
  const everyLang = (name: Name): Actor['aliases'] => [
    { text: name.en, lang: 'en' },
    { text: name.ko, lang: 'ko' },
    { text: name.ja, lang: 'ja' },
  ];

  const actors: Actor[] = [];
  for (let k = 0; k < count('person'); k++) {
    const name = join(word(), word(), { en: ' ', ko: ' ', ja: '・' });
    actors.push({ ...base('person', k, name, everyLang(name), `An invented official, number ${k}.`), type: 'actor', kind: 'person', role: { en: `Minister of matter ${k}` } });
  }
  const kinds = [
    ['organisation', 'organisation', { en: ' Council', ko: ' 위원회', ja: '評議会' }],
    ['place', 'place', { en: ' Province', ko: ' 주', ja: '州' }],
    ['company', 'company', { en: ' Industries', ko: ' 공업', ja: '工業' }],
  ] as const;
  for (const [key, kind, suffix] of kinds) {
    for (let k = 0; k < count(key); k++) {
      const stem = word();
      const name = { en: `${stem.en}${suffix.en}`, ko: `${stem.ko}${suffix.ko}`, ja: `${stem.ja}${suffix.ja}` };
      actors.push({ ...base(key, k, name, everyLang(name), `An invented ${key}, number ${k}.`), type: 'actor', kind });
    }
  }
  const people = actors.filter((a) => a.kind === 'person');
  const agreements: Agreement[] = Array.from({ length: count('agreement') }, (_, k) => {
    const stem = word();
    const name = { en: `${stem.en} Accord`, ko: `${stem.ko} 협정`, ja: `${stem.ja}協定` };
    return { ...base('agreement', k, name, everyLang(name), `An invented accord, number ${k}.`), type: 'agreement', kind: 'agreement', date: day(k * 5), parties: [pick(actors).id, pick(actors).id].filter((v, i, all) => all.indexOf(v) === i) };
  });
  const events: BriefingEvent[] = Array.from({ length: count('event') }, (_, k) => {
    const stem = word();
    const name = { en: `${stem.en} Summit`, ko: `${stem.ko} 정상회의`, ja: `${stem.ja}首脳会議` };
    return { ...base('event', k, name, everyLang(name), `An invented summit, number ${k}.`), type: 'event', kind: 'summit', date: day(k * 3), participants: [pick(people).id, pick(people).id].filter((v, i, all) => all.indexOf(v) === i) };
  });
  const quotes: Quote[] = Array.from({ length: count('quote') }, (_, k) => {
    const source = cite()[0]!;
    return {
      id: `quote-${k}`,
      type: 'quote',
      asOf: '2025-01-31',
      sources: [source],
      text: `We will settle matter ${k} with our neighbours, as agreed at meeting ${k % 97}.`,
      lang: 'en',
      speaker: pick(people).id,
      date: day(k * 2),
      venue: `Press conference ${k}`,
      source,
      about: [pick(events).id],
    };
  });
  const relations: Relation[] = [
    ...events.flatMap((event) => event.participants.map((who) => ({ from: who, type: 'attended' as const, to: event.id, sources: cite() }))),
    ...agreements.flatMap((agreement) => agreement.parties.map((who) => ({ from: who, type: 'party-to' as const, to: agreement.id, sources: cite() }))),
  ];
  return {
    format: 'briefing-lens-pack',
    formatVersion: 1,
    pack: {
      id,
      version: '1.0.0',
      title: { en: `Synthetic pack ×${scale}`, ko: `합성 팩 ×${scale}`, ja: `合成パック ×${scale}` },
      description: { en: 'Invented records for the scale benchmarks; nothing in it is true of any real entity.' },
      languages: ['en', 'ko', 'ja'],
      asOf: '2025-01-31',
      license: 'CC0-1.0',
      authors: ['Briefing Lens benchmarks'],
    },
    sources,
    actors,
    agreements,
    events,
    quotes,
    relations,
  };
}
