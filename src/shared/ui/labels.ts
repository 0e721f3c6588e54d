/**
 * Localised labels for the data model's enumerations: an entity's kind ("Person",
 * "Joint statement", "Summit") and a relation seen from the card's entity
 * ("Led by", "Attended", "Parties"). The key types make the compiler check that
 * every kind and relation type has a `card_` message.
 */
import type { ResolvedRelation } from '../card';
import type { Entity, RelationType } from '../model';
import { t } from './i18n';

type Underscored<S extends string> = S extends `${infer A}-${infer B}` ? `${A}_${Underscored<B>}` : S;
type KindKey = `card_kind_${Underscored<Entity['kind']>}`;
type RelationKey = `card_rel_${Underscored<RelationType>}_${ResolvedRelation['direction']}`;

function underscored<S extends string>(name: S): Underscored<S> {
  return name.replace(/-/g, '_') as Underscored<S>;
}

/** "Person", "Joint statement", "Summit" … in the UI language. */
export function kindLabel(entity: Pick<Entity, 'kind'>): string {
  const key: KindKey = `card_kind_${underscored(entity.kind)}`;
  return t(key);
}

/** How the other end relates to the card's entity, e.g. "Attended" (out) or "Attended by" (in). */
export function relationLabel(relation: Pick<ResolvedRelation, 'type' | 'direction'>): string {
  const key: RelationKey = `card_rel_${underscored(relation.type)}_${relation.direction}`;
  return t(key);
}
