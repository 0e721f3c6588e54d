/**
 * Alias texts a pack shares with installed packs, as notes for its author and importer. They are
 * not errors: at match time the longest match wins, then the alias rules (needsAnchor, requireNear,
 * the reject lists), then the pack the reader ordered first. Entities with the same `wikidata` id
 * are one entity to the reader (merged), so their shared aliases are no collision; nor are two
 * case-sensitive aliases that differ in case, which never match the same text.
 */
import type { Alias, Dataset, Entity, PackFile } from '../model';
import { DATA_FILES } from '../dataset/files';
import { collisionKey, type Problem } from '../dataset/rules';

interface Use {
  pack: string;
  entity: Entity;
  alias: Alias;
}

const ENTITY_KEYS = ['actors', 'agreements', 'events'] as const;

function sameMatch(a: Alias, b: Alias): boolean {
  return !(a.caseSensitive === true && b.caseSensitive === true && a.text.normalize('NFKC') !== b.text.normalize('NFKC'));
}

/**
 * One note per alias of `dataset` (the pack being checked, id `packId`) that an entity of an
 * installed pack also uses, naming the other pack and entities. A pack with the same id as the
 * one checked is skipped: importing would replace it.
 */
export function packCollisionNotes(dataset: Pick<Dataset, 'actors' | 'agreements' | 'events'>, packId: unknown, installed: readonly PackFile[]): Problem[] {
  const others = new Map<string, Use[]>();
  for (const pack of installed) {
    if (pack.pack.id === packId) continue;
    for (const key of ENTITY_KEYS) {
      for (const entity of pack[key] as Entity[]) {
        for (const alias of entity.aliases) {
          const text = collisionKey(alias.text);
          others.set(text, [...(others.get(text) ?? []), { pack: pack.pack.id, entity, alias }]);
        }
      }
    }
  }
  const notes: Problem[] = [];
  if (others.size === 0) return notes;
  for (const key of ENTITY_KEYS) {
    for (const entity of dataset[key] as Entity[]) {
      const seen = new Set<string>();
      entity.aliases.forEach((alias, i) => {
        const text = collisionKey(alias.text);
        if (seen.has(text)) return;
        const clashes = (others.get(text) ?? []).filter(
          (use) => sameMatch(alias, use.alias) && !(entity.wikidata !== undefined && use.entity.wikidata === entity.wikidata),
        );
        if (clashes.length === 0) return;
        seen.add(text);
        const where = [...new Set(clashes.map((use) => `${use.entity.id} in pack ${use.pack}`))].join(', ');
        notes.push({
          file: DATA_FILES[key],
          id: entity.id,
          field: `aliases[${i}]`,
          code: 'alias-collision',
          message:
            `alias "${alias.text}" is also an alias of ${where}: on a page the longest match wins, then the alias rules (needsAnchor, requireNear, the reject lists), ` +
            `then the pack the reader ordered first. If they are the same, give both the same wikidata id to merge them`,
        });
      });
    }
  }
  return notes;
}
