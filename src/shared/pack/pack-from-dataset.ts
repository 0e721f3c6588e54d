/**
 * A pack folder's dataset (data/packs/<id>/ in today's layout: meta.json, sources.json, …) as a
 * pack file (format v1), with the folder defaults for the header fields meta.json may leave out:
 * `id` from the folder's name, a plain-text `title` as English, `description` the title (warned),
 * `languages` those the aliases are written in (in en, ko, ja order), `license` empty and `authors`
 * none (each warned). The collections are carried as they are. Pure (no I/O) and deterministic:
 * the same dataset always gives the same pack, key for key.
 */
import { LANGS, type Dataset, type Entity, type Lang, type PackFile, type PackHeader } from '../model';
import { PACK_FORMAT, PACK_FORMAT_VERSION } from '../schemas/pack';
import { DATA_FILES } from '../dataset/files';
import type { Problem } from '../dataset/rules';

function warning(field: string, message: string): Problem {
  return { file: DATA_FILES.meta, field, code: 'missing', message };
}

/** The languages `entities`' aliases are written in, in LANGS order. */
export function aliasLanguages(entities: readonly Entity[]): Lang[] {
  const used = new Set(entities.flatMap((entity) => entity.aliases.map((alias) => alias.lang)));
  return LANGS.filter((lang) => used.has(lang));
}

/** The pack file of a folder's dataset (`folderName` is the folder's base name), and warnings for defaulted header fields. */
export function packFromDataset(dataset: Dataset, folderName: string): { pack: PackFile; warnings: Problem[] } {
  const meta = dataset.meta;
  const warnings: Problem[] = [];
  const title = typeof meta.title === 'string' ? { en: meta.title } : meta.title;
  if (meta.description === undefined) warnings.push(warning('description', 'is not set: the pack is described by its title; write a description (en, and ko, ja if you can)'));
  if (meta.license === undefined || meta.license.trim() === '') {
    warnings.push(warning('license', 'is not set: readers see no licence; name the terms the pack may be shared under (e.g. CC-BY-4.0)'));
  }
  if (meta.authors === undefined || meta.authors.length === 0) warnings.push(warning('authors', 'is not set: readers see no author; name who wrote the pack'));
  const header: PackHeader = {
    id: meta.id ?? folderName,
    version: meta.version,
    title,
    description: meta.description ?? title,
    languages: meta.languages ?? aliasLanguages([...dataset.actors, ...dataset.agreements, ...dataset.events]),
    asOf: meta.asOf,
    license: meta.license ?? '',
    authors: meta.authors ?? [],
  };
  if (meta.homepage !== undefined) header.homepage = meta.homepage;
  const pack: PackFile = {
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    pack: header,
    sources: dataset.sources,
    actors: dataset.actors,
    agreements: dataset.agreements,
    events: dataset.events,
    quotes: dataset.quotes,
    relations: dataset.relations,
  };
  if (dataset.aliasCollisions !== undefined && dataset.aliasCollisions.length > 0) pack.aliasCollisions = dataset.aliasCollisions;
  return { pack, warnings };
}

/** The text of a pack file: two-space JSON with a final newline (the same pack always gives the same bytes). */
export function packText(pack: PackFile): string {
  return `${JSON.stringify(pack, null, 2)}\n`;
}
