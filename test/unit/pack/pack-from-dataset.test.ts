// packFromDataset: a pack folder's dataset as a pack file with the folder defaults of the
// briefing-packs issue (id from the folder, plain title as English, description from the
// title, languages from the aliases, empty license and authors), each defaulted field that
// an author should fill in warned; packText gives the same bytes for the same dataset.
import { describe, expect, it } from 'vitest';
import { PACK_FORMAT, PACK_FORMAT_VERSION } from '../../../src/shared/schemas/pack';
import { checkPackFile } from '../../../src/shared/pack/parse-pack';
import { aliasLanguages, packFromDataset, packText } from '../../../src/shared/pack/pack-from-dataset';
import { fixtureDataset } from '../data/fixture';

describe('packFromDataset', () => {
  it('applies the folder defaults to a meta.json written against the dataset model, with a warning for each field to fill in', () => {
    const dataset = fixtureDataset();
    const { pack, warnings } = packFromDataset(dataset, 'my-folder');
    expect(pack.format).toBe(PACK_FORMAT);
    expect(pack.formatVersion).toBe(PACK_FORMAT_VERSION);
    expect(pack.pack).toEqual({
      id: 'my-folder',
      version: '1.0.0',
      title: { en: 'Fixture' },
      description: { en: 'Fixture' },
      languages: ['en', 'ko', 'ja'],
      asOf: '2024-04-14',
      license: '',
      authors: [],
    });
    expect(warnings.map((w) => [w.file, w.field])).toEqual([
      ['meta.json', 'description'],
      ['meta.json', 'license'],
      ['meta.json', 'authors'],
    ]);
    expect(checkPackFile(pack).problems).toEqual([]);
  });

  it('takes every header field meta.json gives, without warnings', () => {
    const dataset = fixtureDataset();
    dataset.meta = {
      ...dataset.meta,
      id: 'named-pack',
      title: { en: 'Title', ko: '제목', ja: '題名' },
      description: { en: 'About it' },
      languages: ['en', 'ja'],
      license: 'CC-BY-4.0',
      authors: ['A. Author'],
      homepage: 'https://example.org/pack',
    };
    const { pack, warnings } = packFromDataset(dataset, 'folder-name');
    expect(pack.pack).toEqual({
      id: 'named-pack',
      version: '1.0.0',
      title: { en: 'Title', ko: '제목', ja: '題名' },
      description: { en: 'About it' },
      languages: ['en', 'ja'],
      asOf: '2024-04-14',
      license: 'CC-BY-4.0',
      authors: ['A. Author'],
      homepage: 'https://example.org/pack',
    });
    expect(warnings).toEqual([]);
  });

  it('warns about a license written as empty text', () => {
    const dataset = fixtureDataset();
    dataset.meta = { ...dataset.meta, license: ' ', authors: ['x'], description: { en: 'd' } };
    expect(packFromDataset(dataset, 'f').warnings.map((w) => w.field)).toEqual(['license']);
  });

  it('carries the collections as they are, and alias-collisions only when there are some', () => {
    const dataset = fixtureDataset();
    const { pack } = packFromDataset(dataset, 'f');
    expect([pack.sources, pack.actors, pack.agreements, pack.events, pack.quotes, pack.relations]).toEqual([
      dataset.sources,
      dataset.actors,
      dataset.agreements,
      dataset.events,
      dataset.quotes,
      dataset.relations,
    ]);
    expect('aliasCollisions' in packFromDataset({ ...dataset, aliasCollisions: [] }, 'f').pack).toBe(false);
    const allowance = { text: 'Leader', entities: ['leader-a', 'leader-b'], reason: 'test' };
    expect(packFromDataset({ ...dataset, aliasCollisions: [allowance] }, 'f').pack.aliasCollisions).toEqual([allowance]);
  });

  it('lists the alias languages in en, ko, ja order', () => {
    const dataset = fixtureDataset();
    const only = dataset.actors.map((actor) => ({ ...actor, aliases: actor.aliases.filter((a) => a.lang !== 'ko').reverse() }));
    expect(aliasLanguages(only)).toEqual(['en', 'ja']);
  });
});

describe('packText', () => {
  it('is two-space JSON with a final newline, the same bytes every time', () => {
    const text = packText(packFromDataset(fixtureDataset(), 'f').pack);
    expect(text.startsWith('{\n  "format": "briefing-lens-pack",\n  "formatVersion": 1,\n  "pack": {\n    "id": "f",')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(packText(packFromDataset(fixtureDataset(), 'f').pack)).toBe(text);
  });
});
