/**
 * Builds a card's contents from IndexedDB: the entity with its relations (both
 * directions, the other end resolved), the quotes by or about it (newest first), the
 * related events as a timeline (oldest first) and every source the card cites.
 */
import type { CardData, EntityRef, ResolvedRelation } from '../shared/card';
import type { BriefingDb, DatasetRecord } from '../shared/db/schema';
import type { BriefingEvent, Entity, Quote, Source } from '../shared/model';

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

/** Builds one card, or null when no entity has this id. */
export async function buildCard(db: BriefingDb, id: string, dataset: DatasetRecord): Promise<CardData | null> {
  const tx = db.transaction(['entities', 'quotes', 'sources', 'relations'], 'readonly');
  const entities = tx.objectStore('entities');
  const entity = await entities.get(id);
  if (!entity) {
    await tx.done;
    return null;
  }
  const relationStore = tx.objectStore('relations');
  const quoteStore = tx.objectStore('quotes');
  const [outgoing, incoming, spoken, about] = await Promise.all([
    relationStore.index('by-from').getAll(id),
    relationStore.index('by-to').getAll(id),
    quoteStore.index('by-speaker').getAll(id),
    quoteStore.index('by-about').getAll(id),
  ]);

  const others = new Map<string, Entity | undefined>();
  const otherIds = new Set([...outgoing.map((r) => r.to), ...incoming.map((r) => r.from), ...(entity.related ?? [])]);
  await Promise.all([...otherIds].map(async (otherId) => others.set(otherId, await entities.get(otherId))));

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
  for (const quote of [...spoken, ...about]) quotes.set(quote.id, quote);
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
  const sources = found.filter((s): s is Source => s !== undefined);

  return {
    entity,
    relations,
    quotes: quoteList,
    sources,
    timeline,
    dataset: { version: dataset.version, asOf: dataset.asOf },
  };
}
