/**
 * Builds a card's contents from IndexedDB: the entity with its relations (both
 * directions, the other end resolved), the quotes by or about it (newest first), the
 * related events as a timeline (oldest first) and every source the card cites.
 * Damaged records (src/shared/db/records.ts) around the entity are left out; a damaged
 * entity itself is a `DamagedRecordError`.
 */
import type { CardData, EntityRef, ResolvedRelation } from '../shared/card';
import { CodedError, issueLine, type Issue } from '../shared/errors';
import { entityRecordIssues, isEntityRecord, isQuoteRecord, isRelationRecord, isSourceRecord } from '../shared/db/records';
import type { BriefingDb } from '../shared/db/schema';
import type { PackSet } from './packs/pack-set';
import type { BriefingEvent, Entity, Quote } from '../shared/model';

function toRef(entity: Entity): EntityRef {
  return { id: entity.id, type: entity.type, name: entity.name, summary: entity.summary };
}

function entitySourceIds(entity: Entity): string[] {
  const ids = [...entity.sources];
  for (const fact of entity.facts) ids.push(...fact.sources);
  for (const dispute of entity.disputed ?? []) for (const version of dispute.versions) ids.push(...version.sources);
  return ids;
}

function byDateThenId(a: { date?: string; id?: string }, b: { date?: string; id?: string }): number {
  return (a.date ?? '').localeCompare(b.date ?? '') || (a.id ?? '').localeCompare(b.id ?? '');
}

/** The stored record of an entity cannot be read as an entity. */
export class DamagedRecordError extends CodedError {
  override name = 'DamagedRecordError';
  constructor(id: string, issues: Issue[]) {
    super(
      'damaged-record',
      `The stored briefing for "${id}" is damaged (${issues.map((issue) => issueLine(issue, 'record')).join('; ')}), so its card cannot be shown. The bundled dataset is restored on the next dataset update; your pins, notes and settings are not affected.`,
      issues,
    );
  }
}

/**
 * Builds one card, or null when no enabled pack has this entity; throws `DamagedRecordError`
 * when its record is damaged. An entity several enabled packs describe (same `wikidata`
 * item) is one card: the header from the pack first in the reader's order, one section per pack.
 */
export async function buildCard(db: BriefingDb, ref: string, packs: PackSet): Promise<CardData | null> {
  if (!packs.isEnabled(ref)) return null;
  const members = packs.group(ref);
  const tx = db.transaction(['entities', 'quotes', 'sources', 'relations'], 'readonly');
  const entities = tx.objectStore('entities');
  const stored: unknown[] = await Promise.all(members.map((id) => entities.get(id)));
  if (stored[members.indexOf(ref)] === undefined) {
    await tx.done;
    return null;
  }
  const sections: { pack: ReturnType<PackSet['labelOf']>; entity: Entity }[] = [];
  for (const [i, record] of stored.entries()) {
    const issues = record === undefined ? [] : entityRecordIssues(record);
    if (issues.length > 0 && members[i] === ref) {
      await tx.done;
      throw new DamagedRecordError(ref, issues);
    }
    if (record !== undefined && issues.length === 0) sections.push({ pack: packs.labelOf(members[i]!), entity: record as Entity });
  }
  const memberIds = new Set(sections.map((section) => section.entity.id));
  const relationStore = tx.objectStore('relations');
  const quoteStore = tx.objectStore('quotes');
  const perMember = await Promise.all(
    [...memberIds].map((id) =>
      Promise.all([relationStore.index('by-from').getAll(id), relationStore.index('by-to').getAll(id), quoteStore.index('by-speaker').getAll(id), quoteStore.index('by-about').getAll(id)]),
    ),
  );
  const outgoing = perMember.flatMap(([from]) => from.filter(isRelationRecord));
  const incoming = perMember.flatMap(([, to]) => to.filter(isRelationRecord));
  const spoken = perMember.flatMap(([, , by]) => by);
  const about = perMember.flatMap(([, , , on]) => on);

  const others = new Map<string, Entity | undefined>();
  const otherIds = new Set([...outgoing.map((r) => r.to), ...incoming.map((r) => r.from), ...sections.flatMap((section) => section.entity.related ?? [])]);
  await Promise.all(
    [...otherIds].map(async (otherId) => {
      const other: unknown = packs.isEnabled(otherId) ? await entities.get(otherId) : undefined;
      others.set(otherId, isEntityRecord(other) ? other : undefined);
    }),
  );
  const refTo = (other: Entity): EntityRef => ({ ...toRef(other), id: packs.primary(other.id) });

  const relations: ResolvedRelation[] = [];
  for (const [list, direction] of [
    [outgoing, 'out'],
    [incoming, 'in'],
  ] as const) {
    for (const relation of list) {
      const other = others.get(direction === 'out' ? relation.to : relation.from);
      if (other && !memberIds.has(other.id)) relations.push({ ...relation, direction, other: refTo(other) });
    }
  }

  const quotes = new Map<string, Quote>();
  for (const quote of [...spoken, ...about]) if (isQuoteRecord(quote)) quotes.set(quote.id, quote);
  const quoteList = [...quotes.values()].sort((a, b) => byDateThenId(b, a));

  const events = new Map<string, BriefingEvent>();
  for (const other of others.values()) if (other?.type === 'event' && !memberIds.has(other.id)) events.set(packs.primary(other.id), other);
  const timeline = [...events.values()].sort(byDateThenId).map(refTo);

  const sourceIds = new Set(sections.flatMap((section) => entitySourceIds(section.entity)));
  for (const relation of relations) for (const s of relation.sources) sourceIds.add(s);
  for (const quote of quoteList) for (const s of quote.sources) sourceIds.add(s);
  const sourceStore = tx.objectStore('sources');
  const found = await Promise.all([...sourceIds].map((sourceId) => sourceStore.get(sourceId)));
  await tx.done;
  const sources = found.filter(isSourceRecord);

  const header = sections[0]!;
  return { entity: header.entity, pack: header.pack, sections, relations, quotes: quoteList, sources, timeline };
}
