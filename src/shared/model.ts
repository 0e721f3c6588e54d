/**
 * The briefing data model: the shape of every record in `data/*.json`, of the
 * seed bundle the background loads into IndexedDB, and of what cards show. The
 * types are derived from the schemas in schemas/dataset.ts (where each field is
 * documented); this module names them and holds the vocabularies (kinds, types,
 * languages) both share.
 *
 * Design rules (see data/README.md for the editorial rules):
 * - Every fact, quote, dispute and relation names the source(s) it rests on, by source id.
 * - Quotes are verbatim from the cited source; summaries are our own words.
 * - Doubtful or conflicting claims are recorded as `disputed`, never silently resolved.
 * - Aliases carry the matching rules that keep the highlighter from false links.
 */

import type * as v from 'valibot';
import type * as S from './schemas/dataset';
import type * as P from './schemas/pack';

type Out<T extends v.GenericSchema> = v.InferOutput<T>;

/** Languages the dataset and UI are written in. */
export const LANGS = ['en', 'ko', 'ja'] as const;
export type Lang = (typeof LANGS)[number];

export const SOURCE_KINDS = ['seed', 'primary', 'secondary'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** The kinds of records a card can be shown for. Quotes are searchable but not highlighted. */
export const ENTITY_TYPES = ['actor', 'agreement', 'event'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];
export const RECORD_TYPES = [...ENTITY_TYPES, 'quote'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

export const ACTOR_KINDS = ['person', 'government', 'country', 'organisation', 'company', 'military', 'party', 'media', 'place'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];
/**
 * What a dispute on a quote is about: `claim` (the default), the utterance itself (what was said,
 * by whom, whether it is true), so every linked version carries it; `wording`, how this one text
 * renders the words (a translation slip, a garble), so it stays on this text alone.
 */
export const DISPUTE_SCOPES = ['claim', 'wording'] as const;
/** `programme` also covers a named weapons or equipment programme (e.g. Patriot PAC-3 licence production). */
export const AGREEMENT_KINDS = ['joint-statement', 'agreement', 'deal', 'programme', 'principles', 'forum', 'initiative', 'alliance'] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];
export const EVENT_KINDS = ['summit', 'visit', 'speech', 'meeting', 'press-conference', 'interview', 'election', 'launch', 'exercise', 'incident', 'other'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const RELATION_TYPES = [
  'leads',
  'member-of',
  'part-of',
  'signed',
  'party-to',
  'met',
  'attended',
  'hosted',
  'said',
  'invests-in',
  'announced',
  'supplies',
  'allied-with',
  'rival-of',
  'related-to',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Text in English, optionally also in Korean and Japanese. */
export interface LocalisedText {
  en: string;
  ko?: string;
  ja?: string;
}

/** Where a claim comes from (seed article, primary or secondary source). */
export type Source = Out<typeof S.SourceSchema>;
/** Matching rules for one alias (safe defaults: case-insensitive whole words that may stand alone). */
export type AliasRule = Out<v.ObjectSchema<typeof S.AliasRuleEntries, undefined>>;
/** One name an entity is written as, in one language, with its matching rules. */
export type Alias = Out<typeof S.AliasSchema>;
/** A dated claim with its sources. */
export type Fact = Out<typeof S.FactSchema>;
/** Two or more versions of a claim that the sources disagree on, or a claim we doubt. */
export type Dispute = Out<typeof S.DisputeSchema>;
export type Actor = Out<typeof S.ActorSchema>;
export type Agreement = Out<typeof S.AgreementSchema>;
export type BriefingEvent = Out<typeof S.EventSchema>;
export type Entity = Actor | Agreement | BriefingEvent;
/** The fields every entity has, whatever its type. */
export type EntityBase = Omit<Actor, 'type' | 'kind'> & { type: EntityType };
/** A verbatim quote with speaker, date, venue and the source it is verbatim in. */
export type Quote = Out<typeof S.QuoteSchema>;
/** A typed link between two entities; quotes link through `speaker` and `about`. */
export type Relation = Out<typeof S.RelationSchema>;
/** Metadata of the dataset as a whole. */
export type DatasetMeta = Out<typeof S.DatasetMetaSchema>;
/** An alias text deliberately shared by entities without a rule that separates them (data/alias-collisions.json). */
export type AliasCollisionAllowance = Out<typeof S.AliasCollisionAllowanceSchema>;
/** The whole dataset as loaded from data/ and bundled for the background. */
export type Dataset = Out<typeof S.DatasetSchema>;

/** A briefing pack's header: id, version, title, languages, as-of date, licence, authors. */
export type PackHeader = Out<typeof P.PackHeaderSchema>;
/** A briefing pack file (format v1): the header and the dataset's collections. */
export type PackFile = Out<typeof P.PackFileSchema>;
