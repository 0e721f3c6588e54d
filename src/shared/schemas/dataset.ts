/**
 * The dataset's records (data/*.json, the seed bundle, what IndexedDB holds): one schema
 * per record, from which model.ts derives the record types, the build and
 * `npm run validate-data` check the structure, the background checks what it reads back
 * from IndexedDB, and docs/dataset.schema.json is generated. Rules that need more than
 * one field's shape (a translation for non-English quotes) or other records (references,
 * unique ids, alias collisions, verbatim quotes) are plain functions in
 * src/shared/dataset/. Editorial rules: data/README.md.
 */
import * as v from 'valibot';
import { ACTOR_KINDS, AGREEMENT_KINDS, DISPUTE_SCOPES, EVENT_KINDS, RELATION_TYPES, SOURCE_KINDS } from '../model';
import { fullDate, lang, localised, partialDate, recordId, semanticVersion, sourceIds, text, textList, webUrl, wikidataId } from './common';

/**
 * Where a claim comes from: a seed article in ../shared/seeds, a primary source (official statement,
 * fact sheet, transcript, record) checked against it, or a secondary report (news) used to settle a
 * dispute or add a date the seeds lack.
 */
export const SourceSchema = v.strictObject({
  /** Stable id, e.g. `seed-003` or `whitehouse-joint-statement-2024-04-10`. */
  id: recordId,
  /**
   * `seed`: one of the five bundled articles; `primary`: an official statement, fact sheet, transcript
   * or record; `secondary`: a news report or reference page consulted to check a seed.
   */
  kind: v.picklist(SOURCE_KINDS),
  /** Seed file name in ../shared/seeds (only for kind `seed`). */
  file: v.optional(text),
  title: text,
  publication: text,
  author: v.optional(text),
  /** ISO date (YYYY-MM-DD) of publication; YYYY-MM or YYYY when the source gives no exact date. */
  date: partialDate,
  language: lang,
  /** Required for primary and secondary sources. */
  url: v.optional(webUrl),
  /** Anything a reader should know about the source itself (e.g. it is a translation, or partly garbled). */
  note: v.optional(text),
});

/**
 * Matching rules for one alias. Defaults are chosen to be safe: case-insensitive
 * whole-word matching that may stand alone.
 */
export const AliasRuleEntries = {
  /** Match case exactly (acronyms such as `DICAS`, `US`, or names that equal a common lower-case word). */
  caseSensitive: v.optional(v.boolean()),
  /**
   * Only link this alias when the same entity was already found on the page through an
   * alias without `needsAnchor` (a bare surname after the full name, an ambiguous short form).
   */
  needsAnchor: v.optional(v.boolean()),
  /** Do not link when the text right before the match (after spaces) ends with one of these, e.g. `Kamala` before `Harris`. */
  rejectBefore: v.optional(textList),
  /** Do not link when the text right after the match (after spaces) starts with one of these, e.g. `City` after `Toyota`, or `川` after `岸田`. */
  rejectAfter: v.optional(textList),
  /** Link only when one of these words occurs within the context window (about 200 characters either side). */
  requireNear: v.optional(textList),
  /** Do not link when one of these words occurs within the context window. */
  rejectNear: v.optional(textList),
};

export const AliasSchema = v.strictObject({
  text,
  lang,
  ...AliasRuleEntries,
  /** Why the rule exists, for reviewers (not shown on cards). */
  note: v.optional(text),
});

/** A dated claim with its sources. */
export const FactSchema = v.strictObject({
  text: localised,
  /** ISO date or partial date (YYYY, YYYY-MM, YYYY-MM-DD) the fact refers to. */
  date: v.optional(partialDate),
  /**
   * For a forward-looking fact (a target, a plan, an expected date): the date it was stated,
   * beside `date`, the date it is about. Same forms as `date`.
   */
  stated: v.optional(partialDate),
  sources: sourceIds,
});

/** Two or more versions of a claim that the sources disagree on, or a claim we doubt. */
export const DisputeSchema = v.strictObject({
  topic: text,
  /** Identity of the dispute across the versions of one quote (`variantOf`) when their topics are worded differently; else the topic is. */
  key: v.optional(text),
  /** On a quote: `claim` (default) or `wording` (see DISPUTE_SCOPES in model.ts). */
  scope: v.optional(v.picklist(DISPUTE_SCOPES)),
  versions: v.pipe(v.array(v.strictObject({ claim: text, sources: sourceIds })), v.minLength(1, 'filled-list')),
  /** Our note: what we think, and why (e.g. which primary source settles it). */
  note: text,
});

const recordBase = {
  id: recordId,
  /** ISO date the record's content is current as of. */
  asOf: fullDate,
  sources: sourceIds,
};

const entityBase = {
  ...recordBase,
  /** In en, ko and ja (the dataset rules require all three; stored records need en). */
  name: localised,
  /** At least one; every entity needs aliases in en, ko and ja. */
  aliases: v.pipe(v.array(AliasSchema), v.minLength(1, 'filled-list')),
  /** Short role line under the name, e.g. "Prime Minister of Japan (2021–2024)". */
  role: v.optional(localised),
  /** One line in our own words. */
  summary: localised,
  /** A longer summary in our own words. */
  description: localised,
  facts: v.array(FactSchema),
  disputed: v.optional(v.array(DisputeSchema)),
  /** Ids of related entities (the typed links live in relations.json). */
  related: v.optional(v.array(text)),
  /**
   * The Wikidata item this entity is (`Q` and digits, e.g. `Q312950`): entities of different
   * packs with the same item are one entity to the reader (one highlight, one merged card).
   */
  wikidata: v.optional(wikidataId),
};

export const ActorSchema = v.strictObject({
  ...entityBase,
  type: v.picklist(['actor']),
  kind: v.picklist(ACTOR_KINDS),
});

export const AgreementSchema = v.strictObject({
  ...entityBase,
  type: v.picklist(['agreement']),
  kind: v.picklist(AGREEMENT_KINDS),
  /** ISO date it was announced, signed or agreed. */
  date: v.optional(partialDate),
  /** Actor ids of the parties. */
  parties: v.array(text),
});

export const EventSchema = v.strictObject({
  ...entityBase,
  type: v.picklist(['event']),
  kind: v.picklist(EVENT_KINDS),
  /** ISO date; a partial date (YYYY or YYYY-MM) when the sources give no day. */
  date: partialDate,
  endDate: v.optional(partialDate),
  place: v.optional(localised),
  /** Actor ids of the participants. */
  participants: v.array(text),
});

/** The schema of each entity type. */
export const ENTITY_SCHEMAS = { actor: ActorSchema, agreement: AgreementSchema, event: EventSchema } as const;

export const QuoteSchema = v.strictObject({
  ...recordBase,
  type: v.picklist(['quote']),
  /** Verbatim text as it appears in the cited source (whitespace aside). */
  text,
  lang,
  /** Our translation; required when the quote is not in English. */
  translation: v.optional(localised),
  /**
   * Actor id of the speaker, or the agreement id of a jointly issued text (a joint statement)
   * when the words are the document's rather than one person's.
   */
  speaker: text,
  /** ISO date the words were said; YYYY-MM when the source gives no day. */
  date: partialDate,
  /** Where they were said, e.g. "CNN interview, Tokyo". */
  venue: text,
  /** The one source the text is verbatim in (also listed in `sources`). */
  source: text,
  /** Entity ids the quote is about. */
  about: v.optional(v.array(text)),
  /**
   * Id of another quote that renders the same utterance in another language or translation
   * (e.g. the English translation of a Korean original), so cards can show them together.
   */
  variantOf: v.optional(text),
  /** Doubts about the wording or attribution (who said it, a garbled translation). */
  disputed: v.optional(v.array(DisputeSchema)),
  note: v.optional(text),
});

/** A typed link between two entities (actors, agreements, events); quotes link through `speaker` and `about`. */
export const RelationSchema = v.strictObject({
  from: text,
  type: v.picklist(RELATION_TYPES),
  to: text,
  date: v.optional(partialDate),
  sources: sourceIds,
  note: v.optional(text),
});

/**
 * Metadata of the dataset as a whole (a pack folder's meta.json). The pack header's other
 * fields (schemas/pack.ts) are optional here, with defaults when the folder is packed.
 */
export const DatasetMetaSchema = v.strictObject({
  /** Semantic version of the dataset; bump it to make installed extensions reseed. */
  version: semanticVersion,
  /** Plain text is the English title. */
  title: v.union([text, localised]),
  asOf: fullDate,
  /** The pack's id; default: the folder's name. */
  id: v.optional(recordId),
  description: v.optional(localised),
  /** Default: the languages the aliases are written in. */
  languages: v.optional(v.pipe(v.array(lang), v.minLength(1, 'filled-list'))),
  /** Default: empty (packing warns). */
  license: v.optional(v.string()),
  /** Default: none (packing warns). */
  authors: v.optional(v.array(text)),
  homepage: v.optional(webUrl),
});

/**
 * An alias text deliberately shared by two or more entities without a rule that separates them
 * (data/alias-collisions.json). Editorial: the validator checks it, the extension does not need it.
 */
export const AliasCollisionAllowanceSchema = v.strictObject({
  /** The shared alias text as written in the data. */
  text,
  /** Ids of the entities that share it. */
  entities: textList,
  /** Why sharing is acceptable (what the matcher should do instead). */
  reason: text,
});

/** The record schema of each data file (the file holds a list of them, meta.json one). */
export const DATA_FILE_SCHEMAS = {
  meta: DatasetMetaSchema,
  sources: SourceSchema,
  actors: ActorSchema,
  agreements: AgreementSchema,
  events: EventSchema,
  quotes: QuoteSchema,
  relations: RelationSchema,
  aliasCollisions: AliasCollisionAllowanceSchema,
} as const;

/** The record collections a dataset folder and a pack file both hold. */
export const COLLECTION_ENTRIES = {
  sources: v.array(SourceSchema),
  actors: v.array(ActorSchema),
  agreements: v.array(AgreementSchema),
  events: v.array(EventSchema),
  quotes: v.array(QuoteSchema),
  relations: v.array(RelationSchema),
  /** Alias texts shared on purpose (alias-collisions.json); editorial, may be left out. */
  aliasCollisions: v.optional(v.array(AliasCollisionAllowanceSchema)),
};

/** The whole dataset as loaded from a pack folder. */
export const DatasetSchema = v.strictObject({ meta: DatasetMetaSchema, ...COLLECTION_ENTRIES });
