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
import type { BriefingDb, DatasetRecord } from '../shared/db/schema';
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

/** Builds one card, or null when no entity has this id; throws `DamagedRecordError` when its record is damaged. */
export async function buildCard(db: BriefingDb, id: string, dataset: DatasetRecord): Promise<CardData | null> {
  const tx = db.transaction(['entities', 'quotes', 'sources', 'relations'], 'readonly');
  const entities = tx.objectStore('entities');
  const stored: unknown = await entities.get(id);
  if (stored === undefined) {
    await tx.done;
    return null;
  }
  const issues = entityRecordIssues(stored);
  if (issues.length > 0) {
    await tx.done;
    throw new DamagedRecordError(id, issues);
  }
  const entity = stored as Entity;
  const relationStore = tx.objectStore('relations');
  const quoteStore = tx.objectStore('quotes');
  const [outgoingRaw, incomingRaw, spoken, about] = await Promise.all([
    relationStore.index('by-from').getAll(id),
    relationStore.index('by-to').getAll(id),
    quoteStore.index('by-speaker').getAll(id),
    quoteStore.index('by-about').getAll(id),
  ]);
  const outgoing = outgoingRaw.filter(isRelationRecord);
  const incoming = incomingRaw.filter(isRelationRecord);

  const others = new Map<string, Entity | undefined>();
  const otherIds = new Set([...outgoing.map((r) => r.to), ...incoming.map((r) => r.from), ...(entity.related ?? [])]);
  await Promise.all(
    [...otherIds].map(async (otherId) => {
      const other: unknown = await entities.get(otherId);
      others.set(otherId, isEntityRecord(other) ? other : undefined);
    }),
  );

  const relations: ResolvedRelation[] = [];
  for (const [list, direction] of [
    [outgoing, 'out'],
    [incoming, 'in'],
  ] as const) {
    for (const relation of list) {
      const other = others.get(direction === 'out' ? relation.to : relation.from);
      if (other) relations.push({ ...relation, direction, other: toRef(other) });
    }
  }

  const quotes = new Map<string, Quote>();
  for (const quote of [...spoken, ...about]) if (isQuoteRecord(quote)) quotes.set(quote.id, quote);
  const quoteList = [...quotes.values()].sort((a, b) => byDateThenId(b, a));

  const events = new Map<string, BriefingEvent>();
  for (const other of others.values()) if (other?.type === 'event' && other.id !== entity.id) events.set(other.id, other);
  const timeline = [...events.values()].sort(byDateThenId).map(toRef);

  const sourceIds = new Set(entitySourceIds(entity));
  for (const relation of relations) for (const s of relation.sources) sourceIds.add(s);
  for (const quote of quoteList) for (const s of quote.sources) sourceIds.add(s);
  const sourceStore = tx.objectStore('sources');
  const found = await Promise.all([...sourceIds].map((sourceId) => sourceStore.get(sourceId)));
  await tx.done;
  const sources = found.filter(isSourceRecord);

  return {
    entity,
    relations,
    quotes: quoteList,
    sources,
    timeline,
    dataset: { version: dataset.version, asOf: dataset.asOf },
  };
}
