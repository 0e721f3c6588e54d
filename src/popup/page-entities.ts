/**
 * "On this page": groups the entities a tab's content script found by type, and orders
 * each group by how often the entity is mentioned (most first, then by name) for the popup;
 * keeps the content script's page order (first mention first) for the side panel.
 */
import type { EntitySummary } from '../shared/card';
import { ENTITY_TYPES, type EntityType, type Lang } from '../shared/model';
import { pick } from '../shared/ui/format';

export interface PageEntry {
  entity: EntitySummary;
  count: number;
}

export interface PageGroup {
  type: EntityType;
  entries: PageEntry[];
}

export function groupPageEntities(found: { id: string; count: number }[], entities: EntitySummary[], lang: Lang): PageGroup[] {
  const counts = new Map(found.map((f) => [f.id, f.count]));
  const entries = entities
    .filter((entity) => counts.has(entity.id))
    .map((entity) => ({ entity, count: counts.get(entity.id)! }));
  return ENTITY_TYPES.map((type) => ({
    type,
    entries: entries
      .filter((e) => e.entity.type === type)
      .sort(
        (a, b) =>
          b.count - a.count || pick(a.entity.name, lang).text.localeCompare(pick(b.entity.name, lang).text, lang),
      ),
  })).filter((group) => group.entries.length > 0);
}

/** The entries in the order the content script found them on the page; ids without a summary are left out. */
export function inPageOrder(found: { id: string; count: number }[], entities: EntitySummary[]): PageEntry[] {
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  return found.flatMap(({ id, count }) => {
    const entity = byId.get(id);
    return entity ? [{ entity, count }] : [];
  });
}
