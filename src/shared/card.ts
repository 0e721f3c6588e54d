/**
 * What the background hands to the UIs: a card's resolved contents, search hits and
 * store statistics. Built by the background from IndexedDB; shown by the hover card,
 * the popup and the options page.
 */
import type { Entity, EntityType, LocalisedText, Quote, Relation, RecordType, Source } from './model';

/** Which briefing pack a record comes from, as cards and lists name it. */
export interface PackLabel {
  id: string;
  title: LocalisedText;
  version: string;
  /** The pack's own as-of date (each record also has its own `asOf`). */
  asOf: string;
}

/** The other end of a relation, enough to render a link to its card. */
export interface EntityRef {
  id: string;
  type: EntityType;
  name: LocalisedText;
  summary: LocalisedText;
}

/** An entity in one line: what the popup's "On this page" list shows, with the pack it comes from. */
export interface EntitySummary extends EntityRef {
  role?: LocalisedText;
  pack: PackLabel;
  asOf: string;
}

export function summaryOf(entity: Entity, pack: PackLabel): EntitySummary {
  const { id, type, name, summary, role, asOf } = entity;
  return { id, type, name, summary, ...(role ? { role } : {}), pack, asOf };
}

/** What one pack says about a card's entity: that pack's own record (facts, disputes, as-of date, sources). */
export interface CardSection {
  pack: PackLabel;
  entity: Entity;
}

export interface ResolvedRelation extends Relation {
  /** `out` when the card's entity is `from`, `in` when it is `to`. */
  direction: 'out' | 'in';
  other: EntityRef;
}

/**
 * Everything a card shows about one entity, with references resolved. An entity that several
 * enabled packs describe (same `wikidata` item) is one card: the header record comes from the
 * pack the reader ordered first, and each pack's own record is a section.
 */
export interface CardData {
  /** The header record: name, role, summary, description (the first section's entity). */
  entity: Entity;
  /** The header record's pack. */
  pack: PackLabel;
  /** One per pack that describes the entity, in the reader's pack order. */
  sections: CardSection[];
  relations: ResolvedRelation[];
  /** Quotes by or about the entity, newest first. */
  quotes: Quote[];
  /** Every source cited anywhere on the card. */
  sources: Source[];
  /** Events related to the entity, oldest first (for the timeline). */
  timeline: EntityRef[];
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
  /** The pack the hit comes from (for an entity several packs describe, the first in the reader's order). */
  pack: PackLabel;
  /** The field and text that matched, with the matched ranges to highlight. */
  matched: { field: 'name' | 'alias' | 'summary' | 'description' | 'quote'; text: string; ranges: MatchRange[] };
  score: number;
}

export interface StoreStats {
  dataset: { version: string; title: string; asOf: string; checksum: string; seededAt: string };
  counts: Record<RecordType | 'source' | 'relation', number>;
  sources: Source[];
}
