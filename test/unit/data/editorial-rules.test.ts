// The editorial rules: each broken fixture yields exactly the named problem line; the fixed one none.
import { describe, expect, it } from 'vitest';
import { COMMON_SURNAMES, isCommonSurname } from '../../../src/shared/dataset/common-surnames';
import { checkBareSurnames, checkEditorialRules, checkFactsSourced, checkSourceUrls, checkVariantDisputes } from '../../../src/shared/dataset/editorial-rules';
import { formatProblem, validateDataset } from '../../../src/shared/dataset/validate';
import type { Dataset, Dispute, Quote } from '../../../src/shared/model';
import { DisputeSchema } from '../../../src/shared/schemas/dataset';
import { check } from '../../../src/shared/schemas/issues';
import { fixtureDataset, fixtureSeeds } from './fixture';

const lines = (problems: ReturnType<typeof checkEditorialRules>): string[] => problems.map(formatProblem);
const asRec = (data: Dataset): Record<string, unknown> => data;

function dispute(topic: string, extra: Partial<Dispute> = {}): Dispute {
  return { topic, versions: [{ claim: 'a claim', sources: ['seed-900'] }], note: 'our note', ...extra };
}

/** The fixture with two more versions of its quote: a Korean original and an English translation linked to it. */
function withVersions(): Dataset {
  const data = fixtureDataset();
  const base = data.quotes[0]!;
  const ko: Quote = { ...structuredClone(base), id: 'q-meet-again-ko', lang: 'ko', text: '곧 다시 만나자', translation: { en: 'We will meet again soon.' } };
  const third: Quote = { ...structuredClone(base), id: 'q-meet-again-2', variantOf: 'q-meet-again' };
  base.variantOf = 'q-meet-again-ko';
  data.quotes.push(ko, third);
  return data;
}

describe('editorial rule: versions of a quote carry the same disputes', () => {
  it('passes when no version has a dispute, and when all carry it (by topic or by key)', () => {
    const data = withVersions();
    expect(lines(checkVariantDisputes(asRec(data)))).toEqual([]);
    data.quotes[0]!.disputed = [dispute('Who said it')];
    data.quotes[1]!.disputed = [dispute('발언자', { key: 'Who said it' })];
    data.quotes[2]!.disputed = [dispute('Who said it')];
    expect(lines(checkVariantDisputes(asRec(data)))).toEqual([]);
  });

  it('names each linked version that lacks a claim dispute, through the whole group', () => {
    const data = withVersions();
    data.quotes[0]!.disputed = [dispute('Re-export to Ukraine')];
    expect(lines(checkVariantDisputes(asRec(data)))).toEqual([
      'quotes.json › q-meet-again-ko › disputed: lacks the dispute "Re-export to Ukraine" that its linked version q-meet-again carries (give it a dispute with the same key or topic, or mark that one scope "wording")',
      'quotes.json › q-meet-again-2 › disputed: lacks the dispute "Re-export to Ukraine" that its linked version q-meet-again carries (give it a dispute with the same key or topic, or mark that one scope "wording")',
    ]);
  });

  it('leaves a wording dispute on its own text', () => {
    const data = withVersions();
    data.quotes[0]!.disputed = [dispute('Garbled ending', { scope: 'wording' })];
    expect(lines(checkVariantDisputes(asRec(data)))).toEqual([]);
  });

  it('a dispute’s scope is claim or wording (the record schema checks it)', () => {
    const result = check(DisputeSchema, { ...dispute('Garbled ending'), scope: 'translation' });
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([['invalid-value', 'scope']]);
  });

  it('ignores quotes with no linked version', () => {
    const data = fixtureDataset();
    data.quotes[0]!.disputed = [dispute('Exact words')];
    expect(lines(checkVariantDisputes(asRec(data)))).toEqual([]);
  });
});

describe('editorial rule: a bare common surname needs a context rule', () => {
  it('lists the common family names of Korea, Japan and the English-speaking world in each script', () => {
    for (const name of ['Kim', '김', '金', 'Lee', '이', '李', 'Park', '박', '朴', 'Choi', '최', '崔', 'Jung', 'Jeong', '정', '鄭']) expect(isCommonSurname(name), name).toBe(true);
    for (const name of ['佐藤', 'Sato', '사토', '鈴木', 'Suzuki', '스즈키', '高橋', '田中', '伊藤', '渡辺', '山本', '中村', '小林', '加藤']) expect(isCommonSurname(name), name).toBe(true);
    for (const name of ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Harris', '해리스', 'ハリス']) expect(isCommonSurname(name), name).toBe(true);
    expect(isCommonSurname(' KIM ')).toBe(true);
    expect(isCommonSurname('Kishida')).toBe(false);
    expect(isCommonSurname('Kim Jong Un')).toBe(false);
    expect(COMMON_SURNAMES.length).toBeGreaterThanOrEqual(60 * 3);
  });

  it('rejects a bare surname alias with no rule or only rejecting word lists', () => {
    const data = fixtureDataset();
    data.actors[0]!.aliases.push({ text: 'Kim', lang: 'en', rejectBefore: ['Daniel'] }, { text: '佐藤', lang: 'ja', rejectAfter: ['工業'], rejectNear: ['砂糖'] });
    expect(lines(checkBareSurnames(asRec(data)))).toEqual([
      'actors.json › leader-a › aliases[3]: "Kim" is a common family name on its own: give it needsAnchor or requireNear (rejectBefore/rejectAfter/rejectNear alone do not demand context), or write the title or given name into the alias',
      'actors.json › leader-a › aliases[4]: "佐藤" is a common family name on its own: give it needsAnchor or requireNear (rejectBefore/rejectAfter/rejectNear alone do not demand context), or write the title or given name into the alias',
    ]);
  });

  it('accepts needsAnchor, a non-empty requireNear, or a title in the alias itself', () => {
    const data = fixtureDataset();
    data.actors[0]!.aliases.push(
      { text: 'Kim', lang: 'en', needsAnchor: true },
      { text: 'Smith', lang: 'en', requireNear: ['senator'] },
      { text: '김 위원장', lang: 'ko' },
      { text: 'Secretary Smith', lang: 'en' },
    );
    expect(lines(checkBareSurnames(asRec(data)))).toEqual([]);
    data.actors[0]!.aliases.push({ text: 'Smith', lang: 'en', requireNear: [] });
    expect(lines(checkBareSurnames(asRec(data)))).toHaveLength(1);
  });
});

describe('editorial rule: every fact sourced', () => {
  it('names a fact, a dispute version and a relation that cite no known source', () => {
    const data = fixtureDataset();
    data.actors[0]!.facts[0]!.sources = ['nowhere'];
    data.events[0]!.disputed = [{ topic: 'Date', versions: [{ claim: 'x', sources: [] }], note: 'n' }];
    data.relations[0]!.sources = [];
    expect(lines(checkFactsSourced(asRec(data)))).toEqual([
      'actors.json › leader-a › facts[0].sources: is not sourced: cite at least one source id from sources.json',
      'events.json › summit › disputed[0].versions[0].sources: is not sourced: cite at least one source id from sources.json',
      'relations.json › #0 (leader-a met leader-b) › sources: is not sourced: cite at least one source id from sources.json',
    ]);
  });

  it('passes the sourced fixture', () => {
    expect(lines(checkFactsSourced(asRec(fixtureDataset())))).toEqual([]);
  });
});

describe('editorial rule: no source without a URL unless it is a seed', () => {
  it('names a primary source without a URL or with one that is not http(s)', () => {
    const data = fixtureDataset();
    delete data.sources[1]!.url;
    data.sources.push({ id: 'report-1', kind: 'secondary', title: 'Report', publication: 'Paper', date: '2024-04-11', language: 'ja', url: 'ftp://example.org/x' });
    expect(lines(checkSourceUrls(asRec(data)))).toEqual([
      'sources.json › primary-1 › url: a primary source needs an http(s) URL (only seeds may go without)',
      'sources.json › report-1 › url: a secondary source needs an http(s) URL (only seeds may go without)',
    ]);
  });

  it('lets a seed go without a URL', () => {
    expect(lines(checkSourceUrls(asRec(fixtureDataset())))).toEqual([]);
  });
});

describe('validateDataset runs the editorial rules', () => {
  it('reports a rule the shape checks do not cover, once', () => {
    const data = fixtureDataset();
    data.actors[0]!.aliases.push({ text: 'Harris', lang: 'en' });
    expect(validateDataset(data, fixtureSeeds()).map(formatProblem)).toEqual([
      'actors.json › leader-a › aliases[3]: "Harris" is a common family name on its own: give it needsAnchor or requireNear (rejectBefore/rejectAfter/rejectNear alone do not demand context), or write the title or given name into the alias',
    ]);
  });

  it('does not repeat a place the shape checks already flagged', () => {
    const data = fixtureDataset();
    data.actors[0]!.facts[0]!.sources = [];
    const found = validateDataset(data, fixtureSeeds()).filter((p) => p.field === 'facts[0].sources');
    expect(found).toHaveLength(1);
  });
});
