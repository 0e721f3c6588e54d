// The published JSON Schema (docs/pack.schema.json, generated from PackFileSchema) and the
// extension's validator (checkPackFile) give the same verdict on the structural cases: the
// example pack and packs broken in each structural way the issue names. The schema is checked
// with Ajv, the standard JSON Schema validator editors' tooling uses, so a pack an author's
// editor accepts is one the extension accepts, and the other way round. (Rules a JSON Schema
// cannot state, such as references between records, are the validator's alone and not compared.)
import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPackFile } from '../../../src/shared/pack/parse-pack';
import { PACK_SCHEMA_PATH, packJsonSchema, schemaText } from '../../../scripts/lib/json-schema';
import { REPO_ROOT } from '../../../scripts/lib/paths';
import { examplePack } from './fixture';

const schema = JSON.parse(readFileSync(join(REPO_ROOT, PACK_SCHEMA_PATH), 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

type Pack = ReturnType<typeof examplePack>;

const CASES: [string, (pack: Pack) => unknown, boolean][] = [
  ['the example pack', (pack) => pack, true],
  ['the example pack without $schema', (pack) => ({ ...pack, $schema: undefined }), true],
  ['a wrong format', (pack) => ({ ...pack, format: 'briefing-lens-export' }), false],
  ['no format', (pack) => ({ ...pack, format: undefined }), false],
  ['a formatVersion from the future', (pack) => ({ ...pack, formatVersion: 2 }), false],
  ['a formatVersion as text', (pack) => ({ ...pack, formatVersion: '1' }), false],
  ['no header', (pack) => ({ ...pack, pack: undefined }), false],
  ['a header without its title', (pack) => ({ ...pack, pack: { ...pack.pack, title: undefined } }), false],
  ['a header without its license', (pack) => ({ ...pack, pack: { ...pack.pack, license: undefined } }), false],
  ['a header with an unknown field', (pack) => ({ ...pack, pack: { ...pack.pack, publisher: 'someone' } }), false],
  ['a version that is not semantic', (pack) => ({ ...pack, pack: { ...pack.pack, version: 'v1' } }), false],
  ['a pack id with capitals', (pack) => ({ ...pack, pack: { ...pack.pack, id: 'Apollo' } }), false],
  ['an unknown top-level field', (pack) => ({ ...pack, extra: true }), false],
  ['actors that are not a list', (pack) => ({ ...pack, actors: {} }), false],
  ['no quotes list', (pack) => ({ ...pack, quotes: undefined }), false],
  ['a title that is a number', (pack) => ({ ...pack, pack: { ...pack.pack, title: 42 } }), false],
  ['languages that are not a list', (pack) => ({ ...pack, pack: { ...pack.pack, languages: 'en' } }), false],
  ['an unknown language', (pack) => ({ ...pack, pack: { ...pack.pack, languages: ['en', 'fr'] } }), false],
  ['an alias with caseSensitive as text', (pack) => withActor(pack, (actor) => (actor.aliases[0]!.caseSensitive = 'yes' as never)), false],
  ['a source with an http URL', (pack) => withSourceUrl(pack, 'http://example.org/page'), true],
  ['a source with an https URL', (pack) => withSourceUrl(pack, 'https://example.org/page'), true],
  ['a source with a javascript: URL', (pack) => withSourceUrl(pack, 'javascript:alert(1)'), false],
  ['a source with a data: URL', (pack) => withSourceUrl(pack, 'data:text/html,<b>x</b>'), false],
  ['a homepage with a file: URL', (pack) => ({ ...pack, pack: { ...pack.pack, homepage: 'file:///etc/passwd' } }), false],
  ['a Wikidata id', (pack) => withActor(pack, (actor) => (actor.wikidata = 'Q42')), true],
  ['a Wikidata id without the Q', (pack) => withActor(pack, (actor) => (actor.wikidata = '1615')), false],
  ['a Wikidata property id', (pack) => withActor(pack, (actor) => (actor.wikidata = 'P31')), false],
  ['a Wikidata id with a leading zero', (pack) => withActor(pack, (actor) => (actor.wikidata = 'Q0615')), false],
  ['a fact date that is not a date', (pack) => withActor(pack, (actor) => (actor.facts[0]!.date = 'July 1969')), false],
  ['a fact with a stated date', (pack) => withActor(pack, (actor) => (actor.facts[0]!.stated = '1969-07-01')), true],
  ['an unknown actor kind', (pack) => withActor(pack, (actor) => (actor.kind = 'astronaut' as never)), false],
  ['a quote without its source', (pack) => ({ ...pack, quotes: pack.quotes.map((quote) => ({ ...quote, source: undefined })) }), false],
];

function withActor(pack: Pack, edit: (actor: Pack['actors'][number]) => void): Pack {
  const copy = structuredClone(pack);
  edit(copy.actors[0]!);
  return copy;
}

function withSourceUrl(pack: Pack, url: string): Pack {
  const copy = structuredClone(pack);
  copy.sources[0]!.url = url;
  return copy;
}

describe('docs/pack.schema.json', () => {
  it('is up to date with the schemas (run `npm run schema` after changing them)', () => {
    expect(readFileSync(join(REPO_ROOT, PACK_SCHEMA_PATH), 'utf8')).toBe(schemaText(packJsonSchema()));
  });

  it('names the header and every collection, and allows $schema for editors', () => {
    expect(Object.keys((schema as { properties: object }).properties)).toEqual(['$schema', 'format', 'formatVersion', 'pack', 'sources', 'actors', 'agreements', 'events', 'quotes', 'relations', 'aliasCollisions']);
    expect((schema as { required: string[] }).required).toEqual(expect.arrayContaining(['format', 'formatVersion', 'pack', 'sources', 'actors', 'agreements', 'events', 'quotes', 'relations']));
  });
});

describe('the JSON Schema and checkPackFile agree', () => {
  it.each(CASES)('on %s', (_name, make, valid) => {
    // JSON round trip: fields set to undefined are left out, as they would be in a file.
    const pack = JSON.parse(JSON.stringify(make(examplePack()))) as unknown;
    const bySchema = validate(pack);
    const byValidator = checkPackFile(pack, { file: 'case.briefing.json' });
    expect({ schema: bySchema, validator: byValidator.problems.length === 0 }).toEqual({ schema: valid, validator: valid });
    expect(byValidator.pack === null).toBe(!valid);
  });
});
