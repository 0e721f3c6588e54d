/**
 * What the background hands to the UIs: a card's resolved contents, search hits and
 * store statistics. Built by the background from IndexedDB; shown by the hover card,
 * the popup and the options page.
 */
import type { Entity, EntityType, LocalisedText, Quote, Relation, RecordType, Source } from './model';

/** The other end of a relation, enough to render a link to its card. */
export interface EntityRef {
  id: string;
  type: EntityType;
  name: LocalisedText;
  summary: LocalisedText;
}

/** An entity in one line: what the popup's "On this page" list shows. */
export interface EntitySummary extends EntityRef {
  role?: LocalisedText;
}

export function summaryOf(entity: Entity): EntitySummary {
  const { id, type, name, summary, role } = entity;
  return { id, type, name, summary, ...(role ? { role } : {}) };
}

export interface ResolvedRelation extends Relation {
  /** `out` when the card's entity is `from`, `in` when it is `to`. */
  direction: 'out' | 'in';
  other: EntityRef;
}

/** Everything a card shows about one entity, with references resolved. */
export interface CardData {
  entity: Entity;
  relations: ResolvedRelation[];
  /** Quotes by or about the entity, newest first. */
  quotes: Quote[];
  /** Every source cited anywhere on the card. */
  sources: Source[];
  /** Events related to the entity, oldest first (for the timeline). */
  timeline: EntityRef[];
  /** Dataset version and as-of date the card was built from. */
  dataset: { version: string; asOf: string };
}

/** One dated point of the side panel's timeline: an event's own date, or a dated fact of an entity. */
export interface TimelineEntry {
  /** The entity the point belongs to (the event itself, or the entity whose fact it is). */
  entity: EntityRef;
  kind: 'event' | 'fact';
  /** ISO date or partial date; `endDate` for an event over several days. */
  date: string;
  endDate?: string;
  /** For a forward-looking fact: when it was stated. */
  stated?: string;
  /** The event's summary, or the fact's text. */
  text: LocalisedText;
  sources: Source[];
}

/** A part of a field that matched the query, as [start, end) string offsets. */
export type MatchRange = [number, number];

export interface SearchHit {
  id: string;
  type: RecordType;
  /** Display name (for quotes: the speaker's name). */
  name: LocalisedText;
  /** One line: the summary, or the quote text. */
  summary: string;
  /** The entity whose card opens for this hit when it is not `id` itself: for a quote, its speaker. */
  cardId?: string;
  /** The field and text that matched, with the matched ranges to highlight. */
  matched: { field: 'name' | 'alias' | 'summary' | 'description' | 'quote'; text: string; ranges: MatchRange[] };
  score: number;
}

export interface StoreStats {
  dataset: { version: string; title: string; asOf: string; checksum: string; seededAt: string };
  counts: Record<RecordType | 'source' | 'relation', number>;
  sources: Source[];
}
