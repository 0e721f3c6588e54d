/**
 * The briefing data model: the shape of every record in `data/*.json`, of the
 * seed bundle the background loads into IndexedDB, and of what cards show.
 *
 * Design rules (see data/README.md for the editorial rules):
 * - Every fact, quote, dispute and relation names the source(s) it rests on, by source id.
 * - Quotes are verbatim from the cited source; summaries are our own words.
 * - Doubtful or conflicting claims are recorded as `disputed`, never silently resolved.
 * - Aliases carry the matching rules that keep the highlighter from false links.
 */

/** Languages the dataset and UI are written in. */
export type Lang = 'en' | 'ko' | 'ja';
export const LANGS: readonly Lang[] = ['en', 'ko', 'ja'];

/** Text in English, optionally also in Korean and Japanese. */
export interface LocalisedText {
  en: string;
  ko?: string;
  ja?: string;
}

export type SourceKind = 'seed' | 'primary' | 'secondary';
export const SOURCE_KINDS: readonly SourceKind[] = ['seed', 'primary', 'secondary'];

/**
 * Where a claim comes from: a seed article in ../shared/seeds, a primary source (official statement,
 * fact sheet, transcript, record) checked against it, or a secondary report (news) used to settle a
 * dispute or add a date the seeds lack.
 */
export interface Source {
  /** Stable id, e.g. `seed-003` or `whitehouse-joint-statement-2024-04-10`. */
  id: string;
  /**
   * `seed`: one of the five bundled articles; `primary`: an official statement, fact sheet, transcript
   * or record; `secondary`: a news report or reference page consulted to check a seed.
   */
  kind: SourceKind;
  /** Seed file name in ../shared/seeds (only for kind `seed`). */
  file?: string;
  title: string;
  publication: string;
  author?: string;
  /** ISO date (YYYY-MM-DD) of publication; YYYY-MM or YYYY when the source gives no exact date. */
  date: string;
  language: Lang;
  url?: string;
  /** Anything a reader should know about the source itself (e.g. it is a translation, or partly garbled). */
  note?: string;
}

/** The kinds of records a card can be shown for. Quotes are searchable but not highlighted. */
export type EntityType = 'actor' | 'agreement' | 'event';
export type RecordType = EntityType | 'quote';
export const ENTITY_TYPES: readonly EntityType[] = ['actor', 'agreement', 'event'];

export const ACTOR_KINDS = ['person', 'government', 'country', 'organisation', 'company', 'military', 'party', 'media'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];
/** `programme` also covers a named weapons or equipment programme (e.g. Patriot PAC-3 licence production). */
export const AGREEMENT_KINDS = ['joint-statement', 'agreement', 'deal', 'programme', 'principles', 'forum', 'initiative', 'alliance'] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];
export const EVENT_KINDS = ['summit', 'visit', 'speech', 'meeting', 'press-conference', 'interview', 'election', 'launch', 'exercise', 'incident', 'other'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/**
 * Matching rules for one alias. Defaults are chosen to be safe: case-insensitive
 * whole-word matching that may stand alone.
 */
export interface AliasRule {
  /** Match case exactly (acronyms such as `DICAS`, `US`, or names that equal a common lower-case word). */
  caseSensitive?: boolean;
  /**
   * Only link this alias when the same entity was already found on the page through an
   * alias without `needsAnchor` (a bare surname after the full name, an ambiguous short form).
   */
  needsAnchor?: boolean;
  /** Do not link when the text right before the match (after spaces) ends with one of these, e.g. `Kamala` before `Harris`. */
  rejectBefore?: string[];
  /** Do not link when the text right after the match (after spaces) starts with one of these, e.g. `City` after `Toyota`, or `川` after `岸田`. */
  rejectAfter?: string[];
  /** Link only when one of these words occurs within the context window (about 200 characters either side). */
  requireNear?: string[];
  /** Do not link when one of these words occurs within the context window. */
  rejectNear?: string[];
}

export interface Alias extends AliasRule {
  text: string;
  lang: Lang;
  /** Why the rule exists, for reviewers (not shown on cards). */
  note?: string;
}

/** A dated claim with its sources. */
export interface Fact {
  text: LocalisedText;
  /** ISO date or partial date (YYYY, YYYY-MM, YYYY-MM-DD) the fact refers to. */
  date?: string;
  /**
   * For a forward-looking fact (a target, a plan, an expected date): the date it was stated,
   * beside `date`, the date it is about. Same forms as `date`.
   */
  stated?: string;
  sources: string[];
}

/** Two or more versions of a claim that the sources disagree on, or a claim we doubt. */
export interface Dispute {
  topic: string;
  versions: { claim: string; sources: string[] }[];
  /** Our note: what we think, and why (e.g. which primary source settles it). */
  note: string;
}

interface RecordBase {
  id: string;
  /** ISO date the record's content is current as of. */
  asOf: string;
  sources: string[];
}

export interface EntityBase extends RecordBase {
  type: EntityType;
  name: LocalisedText;
  aliases: Alias[];
  /** Short role line under the name, e.g. "Prime Minister of Japan (2021–2024)". */
  role?: LocalisedText;
  /** One line in our own words. */
  summary: LocalisedText;
  /** A longer summary in our own words. */
  description: LocalisedText;
  facts: Fact[];
  disputed?: Dispute[];
  /** Ids of related entities (the typed links live in relations.json). */
  related?: string[];
}

export interface Actor extends EntityBase {
  type: 'actor';
  kind: ActorKind;
}

export interface Agreement extends EntityBase {
  type: 'agreement';
  kind: AgreementKind;
  /** ISO date it was announced, signed or agreed. */
  date?: string;
  /** Actor ids of the parties. */
  parties: string[];
}

export interface BriefingEvent extends EntityBase {
  type: 'event';
  kind: EventKind;
  /** ISO date; a partial date (YYYY or YYYY-MM) when the sources give no day. */
  date: string;
  endDate?: string;
  place?: LocalisedText;
  /** Actor ids of the participants. */
  participants: string[];
}

export type Entity = Actor | Agreement | BriefingEvent;

export interface Quote extends RecordBase {
  type: 'quote';
  /** Verbatim text as it appears in the cited source (whitespace aside). */
  text: string;
  lang: Lang;
  /** Our translation when the quote is not in English. */
  translation?: LocalisedText;
  /**
   * Actor id of the speaker, or the agreement id of a jointly issued text (a joint statement)
   * when the words are the document's rather than one person's.
   */
  speaker: string;
  /** ISO date the words were said; YYYY-MM when the source gives no day. */
  date: string;
  /** Where they were said, e.g. "CNN interview, Tokyo". */
  venue: string;
  /** The one source the text is verbatim in (also listed in `sources`). */
  source: string;
  /** Entity ids the quote is about. */
  about?: string[];
  /**
   * Id of another quote that renders the same utterance in another language or translation
   * (e.g. the English translation of a Korean original), so cards can show them together.
   */
  variantOf?: string;
  /** Doubts about the wording or attribution (who said it, a garbled translation). */
  disputed?: Dispute[];
  note?: string;
}

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

/** A typed link between two entities (actors, agreements, events); quotes link through `speaker` and `about`. */
export interface Relation {
  from: string;
  type: RelationType;
  to: string;
  date?: string;
  sources: string[];
  note?: string;
}

/** Metadata of the dataset as a whole. */
export interface DatasetMeta {
  /** Semantic version of the dataset; bump it to make installed extensions reseed. */
  version: string;
  title: string;
  asOf: string;
}

/**
 * An alias text deliberately shared by two or more entities without a rule that separates them
 * (data/alias-collisions.json). Editorial: the validator checks it, the extension does not need it.
 */
export interface AliasCollisionAllowance {
  /** The shared alias text as written in the data. */
  text: string;
  /** Ids of the entities that share it. */
  entities: string[];
  /** Why sharing is acceptable (what the matcher should do instead). */
  reason: string;
}

/** The whole dataset as loaded from data/ and bundled for the background. */
export interface Dataset {
  meta: DatasetMeta;
  sources: Source[];
  actors: Actor[];
  agreements: Agreement[];
  events: BriefingEvent[];
  quotes: Quote[];
  relations: Relation[];
  /** Allowed alias collisions (data/alias-collisions.json); editorial, may be left out of bundles. */
  aliasCollisions?: AliasCollisionAllowance[];
}
