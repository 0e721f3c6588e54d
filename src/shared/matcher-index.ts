/**
 * The compact matcher index: what the background sends each content script so it can
 * find mentions without the full dataset. Produced at build time from the dataset by
 * `compileMatcherIndex` (src/shared/compile-matcher-index.ts).
 */
import type { AliasRule, EntityType } from './model';

export interface IndexedEntity {
  id: string;
  type: EntityType;
  /** English canonical name. */
  name: string;
}

export interface IndexedAlias extends AliasRule {
  text: string;
  /** Position of the entity in `MatcherIndex.entities`. */
  entity: number;
}

export interface MatcherIndex {
  /** Dataset version the index was compiled from. */
  version: string;
  entities: IndexedEntity[];
  aliases: IndexedAlias[];
}
