/**
 * The side panel's timeline data: every dated event and dated fact of a set of entities,
 * oldest first, each with its sources resolved. Damaged and unknown records are left out.
 */
import type { TimelineEntry } from '../shared/card';
import { isEntityRecord, isSourceRecord } from '../shared/db/records';
import type { BriefingDb } from '../shared/db/schema';
import type { Source } from '../shared/model';

/** `canonical` names the entity a record stands under (one entity several packs describe is one entity). */
export async function buildTimeline(db: BriefingDb, ids: readonly string[], canonical: (id: string) => string = (id) => id): Promise<TimelineEntry[]> {
  const tx = db.transaction(['entities', 'sources'], 'readonly');
  const entityStore = tx.objectStore('entities');
  const sourceStore = tx.objectStore('sources');
  const entities = (await Promise.all([...new Set(ids)].map((id) => entityStore.get(id)))).filter(isEntityRecord);
  const wanted = new Set<string>();
  for (const entity of entities) {
    if (entity.type === 'event') entity.sources.forEach((id) => wanted.add(id));
    for (const fact of entity.facts) if (fact.date) fact.sources.forEach((id) => wanted.add(id));
  }
  const sources = new Map<string, Source>();
  for (const record of await Promise.all([...wanted].map((id) => sourceStore.get(id)))) {
    if (isSourceRecord(record)) sources.set(record.id, record);
  }
  await tx.done;
  const resolve = (ids: string[]) => ids.flatMap((id) => sources.get(id) ?? []);

  const entries: TimelineEntry[] = [];
  for (const entity of entities) {
    const ref = { id: canonical(entity.id), type: entity.type, name: entity.name, summary: entity.summary };
    if (entity.type === 'event' && entity.date) {
      entries.push({
        entity: ref,
        kind: 'event',
        date: entity.date,
        ...(entity.endDate ? { endDate: entity.endDate } : {}),
        text: entity.summary,
        sources: resolve(entity.sources),
      });
    }
    for (const fact of entity.facts) {
      if (!fact.date) continue;
      entries.push({
        entity: ref,
        kind: 'fact',
        date: fact.date,
        ...(fact.stated ? { stated: fact.stated } : {}),
        text: fact.text,
        sources: resolve(fact.sources),
      });
    }
  }
  return entries.sort((a, b) => a.date.localeCompare(b.date) || a.entity.id.localeCompare(b.entity.id));
}
