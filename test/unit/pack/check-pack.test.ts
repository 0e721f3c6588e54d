// checkPackFile, parsePackText and checkPackSize on every bad input of the briefing-packs issue:
// each gives a problem with its own code naming file, record and field, and no pack; the
// editorial rules are skipped for an imported pack and are warnings on request; alias texts
// shared with installed packs are notes, never problems, unless the entities are merged by
// their Wikidata id.
import { describe, expect, it } from 'vitest';
import type { Actor, PackFile } from '../../../src/shared/model';
import { PACK_FORMAT_VERSION, PACK_MAX_BYTES } from '../../../src/shared/schemas/pack';
import { formatProblem, type Problem } from '../../../src/shared/dataset/validate';
import { checkPackFile, checkPackSize, parsePackText } from '../../../src/shared/pack/parse-pack';
import { examplePack, fixturePack } from './fixture';

const FILE = 'test.briefing.json';

function problemsOf(raw: unknown): Problem[] {
  const result = checkPackFile(raw, { file: FILE });
  expect(result.pack).toBeNull();
  return result.problems;
}

function edit(change: (pack: PackFile) => void, base: PackFile = fixturePack()): PackFile {
  const copy = structuredClone(base);
  change(copy);
  return copy;
}

function aliasPack(alias: Actor['aliases'][number]): PackFile {
  return edit((pack) => pack.actors[0]!.aliases.push(alias));
}

describe('a good pack', () => {
  it('passes with the validated pack and nothing to report', () => {
    const result = checkPackFile(examplePack(), { file: FILE });
    expect(result).toEqual({ pack: examplePack(), problems: [], warnings: [], notes: [] });
    expect(checkPackFile(fixturePack()).problems).toEqual([]);
  });
});

describe('parsePackText', () => {
  it('parses JSON, ignoring a byte-order mark', () => {
    expect(parsePackText('\uFEFF{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  it('gives a pack-not-json problem for text that is not JSON', () => {
    const result = parsePackText('<html>not a pack</html>', FILE);
    expect(result.ok).toBe(false);
    const problem = (result as { problem: Problem }).problem;
    expect(problem).toMatchObject({ file: FILE, code: 'pack-not-json' });
    expect(formatProblem(problem)).toMatch(/^test\.briefing\.json: is not JSON \(.+\): expected a briefing pack file/);
  });
});

describe('checkPackSize', () => {
  it('allows a file of up to 50 MB and refuses a larger one with pack-too-large', () => {
    expect(PACK_MAX_BYTES).toBe(50 * 1024 * 1024);
    expect(checkPackSize(PACK_MAX_BYTES, FILE)).toBeNull();
    const problem = checkPackSize(PACK_MAX_BYTES + 1, FILE);
    expect(problem).toMatchObject({ file: FILE, code: 'pack-too-large' });
    expect(problem?.message).toContain('at most 50.0 MB');
  });
});

describe('the file and its header', () => {
  it('refuses a value that is not an object', () => {
    for (const raw of [null, [], 'pack', 3]) expect(problemsOf(raw).map((p) => p.code)).toEqual(['invalid-type']);
  });

  it('refuses a wrong or missing format with pack-format, and checks nothing further', () => {
    const problems = problemsOf({ ...fixturePack(), format: 'briefing-lens-export', pack: 'broken' });
    expect(problems).toEqual([expect.objectContaining({ file: FILE, field: 'format', code: 'pack-format' })]);
    expect(formatProblem(problems[0]!)).toBe('test.briefing.json › format: is "briefing-lens-export": expected "briefing-lens-pack" (this is not a Briefing Lens pack)');
    expect(problemsOf({ ...fixturePack(), format: undefined })[0]).toMatchObject({ code: 'pack-format', message: expect.stringMatching(/^is missing/) as unknown });
  });

  it('refuses a formatVersion from the future (a whole number above ours) with pack-format-version-future, naming both versions', () => {
    const problems = problemsOf({ ...fixturePack(), formatVersion: 3 });
    expect(problems).toEqual([expect.objectContaining({ field: 'formatVersion', code: 'pack-format-version-future' })]);
    expect(problems[0]!.message).toBe(`is 3, a later format than this version of Briefing Lens reads (${PACK_FORMAT_VERSION}): update the extension to use this pack`);
  });

  it('refuses any other formatVersion as invalid, and goes on checking', () => {
    for (const version of [0, '1', 1.5, null]) {
      const problems = problemsOf({ ...fixturePack(), formatVersion: version, extra: 1 });
      expect(problems.map((p) => [p.field, p.code])).toEqual([
        ['formatVersion', 'invalid-value'],
        ['extra', 'unknown-field'],
      ]);
    }
    expect(problemsOf({ ...fixturePack(), formatVersion: undefined })[0]).toMatchObject({ field: 'formatVersion', code: 'missing' });
  });

  it('names each missing or malformed header field', () => {
    const problems = problemsOf(
      edit((pack) => {
        delete (pack.pack as Partial<PackFile['pack']>).title;
        pack.pack.version = '1.0';
        pack.pack.asOf = 'today';
        pack.pack.languages = [];
      }),
    );
    expect(problems.map((p) => [p.file, p.field, p.code])).toEqual([
      [FILE, 'pack.version', 'invalid-value'],
      [FILE, 'pack.title', 'missing'],
      [FILE, 'pack.languages', 'empty'],
      [FILE, 'pack.asOf', 'invalid-value'],
    ]);
    expect(formatProblem(problems[1]!)).toBe('test.briefing.json › pack.title: is required (expected object)');
  });

  it('refuses a missing header', () => {
    expect(problemsOf({ ...fixturePack(), pack: undefined }).map((p) => [p.field, p.code])).toEqual([['pack', 'missing']]);
  });

  it('refuses a homepage or source URL that is not http(s), and accepts http', () => {
    expect(problemsOf(edit((pack) => (pack.pack.homepage = 'javascript:alert(1)'))).map((p) => p.field)).toEqual(['pack.homepage']);
    const problems = problemsOf(edit((pack) => (pack.sources[1]!.url = 'javascript:alert(1)')));
    expect(problems).toEqual([expect.objectContaining({ file: 'sources.json', id: 'primary-1', field: 'url', code: 'invalid-value' })]);
    expect(checkPackFile(edit((pack) => (pack.sources[1]!.url = 'http://example.org/statement'))).problems).toEqual([]);
  });

  it('refuses a malformed Wikidata id', () => {
    const problems = problemsOf(edit((pack) => (pack.actors[0]!.wikidata = 'q42')));
    expect(problems).toEqual([expect.objectContaining({ file: 'actors.json', id: 'leader-a', field: 'wikidata', expected: 'wikidata Q123' })]);
  });
});

describe('the collections', () => {
  it('refuses broken references, naming record and field', () => {
    const problems = problemsOf(
      edit((pack) => {
        pack.relations[0]!.to = 'no-such-entity';
        pack.actors[0]!.facts[0]!.sources = ['no-such-source'];
      }),
    );
    expect(problems.map(formatProblem)).toEqual([
      'actors.json › leader-a › facts[0].sources[0]: unknown source "no-such-source"',
      expect.stringMatching(/^relations\.json › #0 \(.+\) › to: unknown entity "no-such-entity"$/),
    ]);
  });

  it('refuses duplicate ids', () => {
    const problems = problemsOf(edit((pack) => pack.events.push({ ...structuredClone(pack.events[0]!) })));
    expect(problems).toEqual([expect.objectContaining({ file: 'events.json', field: 'id', code: 'duplicate' })]);
  });

  it('refuses a quote without a source, and one whose source does not exist', () => {
    const without = problemsOf(edit((pack) => delete (pack.quotes[0] as Partial<PackFile['quotes'][number]>).source));
    expect(without).toEqual([expect.objectContaining({ file: 'quotes.json', field: 'source', code: 'missing' })]);
    const unknown = problemsOf(edit((pack) => (pack.quotes[0]!.source = 'ghost')));
    expect(unknown).toEqual([expect.objectContaining({ file: 'quotes.json', field: 'source', code: 'unknown-reference' })]);
  });

  it('refuses an empty or whitespace alias (the schema: non-empty text)', () => {
    for (const text of ['', '   ', '\u3000']) {
      const problems = problemsOf(aliasPack({ text, lang: 'en' }));
      expect(problems).toEqual([expect.objectContaining({ file: 'actors.json', id: 'leader-a', field: 'aliases[3].text', expected: 'filled-text' })]);
    }
  });

  it('refuses an alias that would match everything: one Latin letter or digit, punctuation only', () => {
    for (const text of ['a', 'X', 'Ｘ', '7', '-', '…', ' . ']) {
      const problems = problemsOf(aliasPack({ text, lang: 'en', caseSensitive: true }));
      expect(problems).toEqual([expect.objectContaining({ file: 'actors.json', id: 'leader-a', field: 'aliases[3].text', code: 'alias-too-broad' })]);
    }
  });

  it('refuses a single Han, kana or Hangul character unless its alias demands context', () => {
    for (const text of ['米', 'ア', '미']) {
      expect(problemsOf(aliasPack({ text, lang: 'ja' }))[0]).toMatchObject({ code: 'alias-too-broad', message: expect.stringContaining('needsAnchor or requireNear') as unknown });
      expect(problemsOf(aliasPack({ text, lang: 'ja', rejectAfter: ['国'] }))[0]).toMatchObject({ code: 'alias-too-broad' });
      expect(checkPackFile(aliasPack({ text, lang: 'ja', needsAnchor: true })).problems).toEqual([]);
      expect(checkPackFile(aliasPack({ text, lang: 'ja', requireNear: ['首脳'] })).problems).toEqual([]);
    }
    expect(checkPackFile(aliasPack({ text: 'US', lang: 'en', caseSensitive: true })).problems).toEqual([]);
  });

  it('refuses an alias shared inside the pack without a rule, and accepts it with one', () => {
    expect(problemsOf(aliasPack({ text: 'Leader B', lang: 'en' }))).toEqual([expect.objectContaining({ code: 'alias-collision', field: 'aliases' })]);
    expect(checkPackFile(aliasPack({ text: 'Leader B', lang: 'en', needsAnchor: true })).problems).toEqual([]);
  });
});

describe('the editorial rules', () => {
  // An entity named only in English, with English aliases, and an acronym that is not case-sensitive.
  const plain = edit((pack) => {
    const actor = pack.actors[0]!;
    delete actor.name.ko;
    delete actor.name.ja;
    actor.aliases = [{ text: 'Leader A', lang: 'en' }, { text: 'LDA', lang: 'en' }];
  });

  it('are not applied to an imported pack', () => {
    expect(checkPackFile(plain)).toMatchObject({ problems: [], warnings: [] });
  });

  it('are warnings on request, and the pack is still valid', () => {
    const result = checkPackFile(plain, { editorial: 'warning' });
    expect(result.problems).toEqual([]);
    expect(result.pack).not.toBeNull();
    expect(result.warnings.map((w) => w.field)).toEqual(expect.arrayContaining(['name.ko', 'name.ja', 'aliases', 'aliases[1].caseSensitive']));
  });

  it('are problems when asked for as errors', () => {
    expect(checkPackFile(plain, { editorial: 'error' }).problems.length).toBeGreaterThan(0);
  });
});

describe('alias collisions with installed packs', () => {
  const installed = edit((pack) => {
    pack.pack.id = 'other-pack';
    pack.actors[0]!.id = 'someone-else';
    pack.relations = [];
    pack.quotes = [];
    pack.events[0]!.participants = [];
    pack.agreements[0]!.parties = [];
  });

  it('are notes naming the other pack and the resolution order, never problems', () => {
    const result = checkPackFile(fixturePack(), { file: FILE, installed: [installed] });
    expect(result.problems).toEqual([]);
    expect(result.pack).not.toBeNull();
    expect(result.notes.length).toBeGreaterThan(0);
    const note = result.notes.find((n) => n.id === 'leader-a')!;
    expect(formatProblem(note)).toMatch(
      /^actors\.json › leader-a › aliases\[0\]: alias "Leader A" is also an alias of someone-else in pack other-pack: on a page the longest match wins, then the alias rules .*, then the pack the reader ordered first/,
    );
  });

  it('leave out entities with the same Wikidata id (merged, not a collision)', () => {
    const same = (pack: PackFile) => edit((p) => p.actors.forEach((a) => (a.wikidata = a.id === 'leader-a' || a.id === 'someone-else' ? 'Q42' : undefined)), pack);
    const notes = checkPackFile(same(fixturePack()), { installed: [same(installed)] }).notes;
    expect(notes.map((n) => n.id)).not.toContain('leader-a');
    expect(notes.length).toBeGreaterThan(0);
  });

  it('leave out the installed pack with the same id (an import would replace it)', () => {
    expect(checkPackFile(fixturePack(), { installed: [fixturePack()] }).notes).toEqual([]);
  });

  it('leave out case-sensitive aliases that differ in case', () => {
    const mine = edit((pack) => pack.actors[1]!.aliases.push({ text: 'AB', lang: 'en', caseSensitive: true }));
    const theirs = edit((pack) => (pack.actors[0]!.aliases = [{ text: 'Ab', lang: 'en', caseSensitive: true }, ...pack.actors[0]!.aliases.slice(1).map((a) => ({ ...a, text: `${a.text} x` }))]), installed);
    const notes = checkPackFile(mine, { installed: [theirs] }).notes;
    expect(notes.filter((n) => n.message.includes('"AB"'))).toEqual([]);
    const insensitive = edit((pack) => (pack.actors[0]!.aliases[0] = { text: 'Ab', lang: 'en' }), theirs);
    expect(checkPackFile(mine, { installed: [insensitive] }).notes.filter((n) => n.message.includes('"AB"'))).toHaveLength(1);
  });
});
