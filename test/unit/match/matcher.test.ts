import { describe, expect, it } from 'vitest';
import { createMatcher, type Mention } from '../../../src/content/match/create-matcher';
import type { MatcherIndex } from '../../../src/shared/matcher-index';
import { entityId, INDEX } from './fixture';

const matcher = createMatcher(INDEX);

/** `[matched text, entity id, start]` for each mention. */
function found(text: string, anchors = new Set<number>()): [string, string, number][] {
  return matcher.scan(text, anchors).map((m) => [text.slice(m.start, m.end), entityId(m.entity), m.start]);
}

describe('positive cases: the mention, its entity and its exact offset', () => {
  it.each<[string, string, [string, string, number][]]>([
    ['English name', 'Prime Minister Fumio Kishida arrived.', [['Fumio Kishida', 'kishida', 15]]],
    ['surname', 'Kishida arrived.', [['Kishida', 'kishida', 0]]],
    ['possessive straight', "Kishida's visit", [['Kishida', 'kishida', 0]]],
    ['possessive curly', 'Kishida’s visit', [['Kishida', 'kishida', 0]]],
    ['every occurrence', 'Biden, Biden and Biden.', [['Biden', 'biden', 0], ['Biden', 'biden', 7], ['Biden', 'biden', 17]]],
    ['case-insensitive by default', 'BIDEN and biden', [['BIDEN', 'biden', 0], ['biden', 'biden', 10]]],
    ['hyphen', 'Kim Jong-un spoke', [['Kim Jong-un', 'kim-jong-un', 0]]],
    ['non-breaking hyphen', 'Kim Jong‑un spoke', [['Kim Jong‑un', 'kim-jong-un', 0]]],
    ['en dash', 'Kim Jong–un spoke', [['Kim Jong–un', 'kim-jong-un', 0]]],
    ['spaced', 'Kim Jong Un spoke', [['Kim Jong Un', 'kim-jong-un', 0]]],
    ['line break inside a name', 'leader Kim\nJong Un spoke', [['Kim\nJong Un', 'kim-jong-un', 7]]],
    ['several spaces and CRLF', 'Fumio \r\n   Kishida', [['Fumio \r\n   Kishida', 'kishida', 0]]],
    ['non-breaking space', 'Fumio\u00a0Kishida', [['Fumio\u00a0Kishida', 'kishida', 0]]],
    ['U.S. at sentence end keeps its period', 'He flew to the U.S.', [['U.S.', 'us', 15]]],
    ['U.S. mid-sentence', 'The U.S. and Japan', [['U.S.', 'us', 4]]],
    ['U.S without final period', 'The U.S and Japan', [['U.S', 'us', 4]]],
    ['US', 'The US and Japan', [['US', 'us', 4]]],
    ['US at sentence end without the period', 'He flew to the US.', [['US', 'us', 15]]],
    ['U.S.-Japan', 'U.S.-Japan ties', [['U.S.', 'us', 0]]],
    ['Patriot missiles (longest)', 'more Patriot missiles', [['Patriot missiles', 'patriot', 5]]],
    ['Patriot capitalised', 'the Patriot system', [['Patriot', 'patriot', 4]]],
    ['Artemis near NASA', 'NASA said Artemis will fly.', [['NASA', 'nasa', 0], ['Artemis', 'artemis', 10]]],
    ['Artemis near astronauts (word prefix)', 'Artemis will carry astronauts.', [['Artemis', 'artemis', 0]]],
    ['Artemis programme without context', 'the Artemis programme', [['Artemis programme', 'artemis', 4]]],
    ['Artemis Accords over Artemis', 'the Artemis Accords on the moon', [['Artemis Accords', 'artemis-accords', 4]]],
    ['Toyota', 'Toyota Motor and Toyota’s profits', [['Toyota Motor', 'toyota', 0], ['Toyota', 'toyota', 17]]],
    ['diacritics folded in text', 'Societe Generale', [['Societe Generale', 'socgen', 0]]],
    ['decomposed accents', 'Socie\u0301te\u0301 Ge\u0301ne\u0301rale', [['Socie\u0301te\u0301 Ge\u0301ne\u0301rale', 'socgen', 0]]],
    ['Latin next to Japanese', 'ＮＡＳＡの発表', [['ＮＡＳＡ', 'nasa', 0]]],
    ['Latin next to Korean', 'NASA가 발표', [['NASA', 'nasa', 0]]],
    ['quoted name', '“Biden”', [['Biden', 'biden', 1]]],
  ])('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('negative cases: nothing is linked', () => {
  it.each<[string, string]>([
    ['inside a longer word', 'Bidenomics and Kishidas'],
    ['Unicode letter before', 'ÉBiden'],
    ['Unicode letter after', 'Bidené'],
    ['digit glued', 'L3Harris and Biden2'],
    ['"us" is not the US', 'Join us today'],
    ['USA is not US', 'USA today'],
    ['a patriot', 'a true patriot'],
    ['Patriot in capitals (case-sensitive)', 'PATRIOT ACT'],
    ['the goddess Artemis', 'Artemis, the Greek goddess of the hunt.'],
    ['Artemis with moon but also goddess', 'Artemis, goddess of the moon.'],
    ['Toyota City', 'He lives in Toyota City.'],
    ['Toyota  City across spaces', 'He lives in Toyota\n City.'],
    ['another Harris without anchor', 'Harris said the bill would pass.'],
    ['Kim alone', 'Kim said nothing.'],
    ['Daniel Kim', 'Daniel Kim reported.'],
    ['Korean author', '김종찬 기자'],
    ['Hangul alias inside a longer word', '북미국장 회의'],
    ['Japanese rejectAfter', '画家の岸田劉生の作品'],
  ])('%s', (_name, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('Korean', () => {
  it.each<[string, [string, string, number][]]>([
    ['기시다 총리는 바이든 대통령과', [['기시다', 'kishida', 0], ['바이든', 'biden', 8]]],
    ['기시다 후미오 총리', [['기시다 후미오', 'kishida', 0]]],
    ['김정은 위원장은', [['김정은', 'kim-jong-un', 0]]],
    ['“기시다 총리가', [['기시다', 'kishida', 1]]],
    ['미국은 일본과', [['미국', 'us', 0]]],
    ['일본산 패트리어트, 순항 미사일', [['패트리어트', 'patriot', 4]]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('Japanese', () => {
  it.each<[string, [string, string, number][]]>([
    ['岸田首相は', [['岸田', 'kishida', 0]]],
    ['岸田文雄首相は', [['岸田文雄', 'kishida', 0]]],
    ['バイデン大統領と岸田首相', [['バイデン', 'biden', 0], ['岸田', 'kishida', 8]]],
    ['パトリオットミサイルを', [['パトリオット', 'patriot', 0]]],
    ['金正恩総書記', [['金正恩', 'kim-jong-un', 0]]],
    ['米国とアルテミス計画', [['米国', 'us', 0], ['アルテミス計画', 'artemis', 3]]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('anchors (needsAnchor aliases)', () => {
  const kim = INDEX.entities.findIndex((e) => e.id === 'kim-jong-un');
  const harris = INDEX.entities.findIndex((e) => e.id === 'kamala-harris');

  it('links a bare surname after the full name', () => {
    expect(found('Kim Jong Un spoke. Later Kim left.')).toEqual([
      ['Kim Jong Un', 'kim-jong-un', 0],
      ['Kim', 'kim-jong-un', 25],
    ]);
  });

  it('links a bare surname that comes before the full name in the same text', () => {
    expect(found('Kim left. Earlier, Kim Jong Un spoke.')).toEqual([
      ['Kim', 'kim-jong-un', 0],
      ['Kim Jong Un', 'kim-jong-un', 19],
    ]);
  });

  it('links through the page anchor set and records new anchors in it', () => {
    const anchors = new Set<number>([kim]);
    expect(found('Kim left.', anchors)).toEqual([['Kim', 'kim-jong-un', 0]]);
    const page = new Set<number>();
    found('Kamala Harris spoke.', page);
    expect(page.has(harris)).toBe(true);
    expect(found('Harris left.', page)).toEqual([['Harris', 'kamala-harris', 0]]);
  });

  it('does not anchor an entity through a needsAnchor alias', () => {
    const anchors = new Set<number>();
    found('Kim left.', anchors);
    expect(anchors.size).toBe(0);
  });

  it('still applies rejectBefore / rejectAfter to anchored surnames', () => {
    expect(found('Kamala Harris met Jennifer Harris.')).toEqual([['Kamala Harris', 'kamala-harris', 0]]);
    expect(found('Kim Jong Un and his sister Kim Yo Jong.')).toEqual([['Kim Jong Un', 'kim-jong-un', 0]]);
    expect(found('Kim Jong Un met Daniel Kim.')).toEqual([['Kim Jong Un', 'kim-jong-un', 0]]);
  });

  it('returns unanchored surnames as pending from scanBlock', () => {
    const text = 'Kim left. Harris stayed.';
    const { mentions, pending } = matcher.scanBlock(text, new Set());
    expect(mentions).toEqual([]);
    expect(pending.map((m: Mention) => [text.slice(m.start, m.end), entityId(m.entity)])).toEqual([
      ['Kim', 'kim-jong-un'],
      ['Harris', 'kamala-harris'],
    ]);
  });
});

describe('context window', () => {
  it('ignores context words farther than the window', () => {
    const far = `Artemis ${'x '.repeat(150)} NASA`;
    expect(found(far).map(([text]) => text)).toEqual(['NASA']);
    const near = `Artemis ${'x '.repeat(50)} NASA`;
    expect(found(near).map(([text]) => text)).toEqual(['Artemis', 'NASA']);
  });

  it('uses the window given to createMatcher', () => {
    const narrow = createMatcher(INDEX, { window: 10 });
    const text = `Artemis ${'x '.repeat(20)} moon`;
    expect(narrow.scan(text)).toEqual([]);
    expect(matcher.scan(text).length).toBe(1);
  });
});

describe('overlaps and longest match', () => {
  const index: MatcherIndex = {
    version: 't',
    entities: [
      { id: 'a', type: 'actor', name: 'A' },
      { id: 'b', type: 'actor', name: 'B' },
      { id: 'c', type: 'actor', name: 'C' },
    ],
    aliases: [
      { text: 'ab cd', entity: 0 },
      { text: 'cd ef', entity: 1 },
      { text: 'cd', entity: 2 },
      { text: 'ab cd ef gh', entity: 2 },
    ],
  };
  const small = createMatcher(index);
  const spans = (text: string) => small.scan(text).map((m) => [text.slice(m.start, m.end), index.entities[m.entity]!.id]);

  it('leftmost wins over a later overlapping match', () => {
    expect(spans('ab cd ef')).toEqual([['ab cd', 'a']]);
  });

  it('longest wins at the same start', () => {
    expect(spans('ab cd ef gh')).toEqual([['ab cd ef gh', 'c']]);
  });

  it('finds a shorter match when the longer one fails its boundary', () => {
    expect(spans('ab cd ef ghx')).toEqual([['ab cd', 'a']]);
    expect(spans('x cd ef')).toEqual([['cd ef', 'b']]);
  });

  it('mentions never overlap and come in text order', () => {
    const text = 'cd ef ab cd ef gh cd';
    const mentions = small.scan(text);
    for (let k = 1; k < mentions.length; k++) expect(mentions[k]!.start).toBeGreaterThanOrEqual(mentions[k - 1]!.end);
    expect(mentions.map((m) => text.slice(m.start, m.end))).toEqual(['cd ef', 'ab cd ef gh', 'cd']);
  });
});

describe('entityType', () => {
  it('reports the entity type from the index', () => {
    const artemis = INDEX.entities.findIndex((e) => e.id === 'artemis');
    expect(matcher.entityType(artemis)).toBe('agreement');
  });
});
