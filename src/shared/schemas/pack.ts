/**
 * The briefing pack file (`NAME.briefing.json`, format v1): a header naming and dating the
 * pack, then the same collections as a dataset folder (schemas/dataset.ts). The extension
 * validates imports with this schema, `npm run pack` writes and checks files with it, and
 * docs/pack.schema.json is generated from it. Format and field guide: docs/pack-format.md.
 */
import * as v from 'valibot';
import { COLLECTION_ENTRIES } from './dataset';
import { fullDate, lang, localised, recordId, semanticVersion, text, webUrl } from './common';

export const PACK_FORMAT = 'briefing-lens-pack';
/** The format version this build reads and writes; files from a later version are refused by name. */
export const PACK_FORMAT_VERSION = 1;
/** The largest pack file the extension imports, in bytes (kept beside the message limits, so pages need no schema code to check it). */
export { PACK_MAX_BYTES } from '../packs';

/** Who made the pack, what it covers and as of when. */
export const PackHeaderSchema = v.strictObject({
  /** Unique among packs (a-z, 0-9, hyphens); an import with an installed id is an update of that pack. */
  id: recordId,
  /** Semantic version; an import replaces the installed pack only with a higher one (or on the reader's confirmation). */
  version: semanticVersion,
  title: localised,
  description: localised,
  /** The languages the pack's names and aliases are written in. */
  languages: v.pipe(v.array(lang), v.minLength(1, 'filled-list')),
  /** The date the pack as a whole is current as of; each record also has its own `asOf`. */
  asOf: fullDate,
  /** The licence of the pack's text (e.g. `CC-BY-4.0`); empty when not stated. */
  license: v.string(),
  /** Who wrote the pack; may be empty. */
  authors: v.array(text),
  homepage: v.optional(webUrl),
});

export const PackFileSchema = v.strictObject({
  /** The JSON Schema the file follows (docs/pack.schema.json), for editors' completion; the extension ignores it. */
  $schema: v.optional(text),
  format: v.literal(PACK_FORMAT),
  formatVersion: v.literal(PACK_FORMAT_VERSION),
  pack: PackHeaderSchema,
  ...COLLECTION_ENTRIES,
});
