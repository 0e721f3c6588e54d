/**
 * The matcher index (every alias with its rules, per entity), compiled from the dataset
 * by `compileMatcherIndex` (src/shared/compile-matcher-index.ts), and the matcher bundle
 * made from it at build time: the index already compiled into the matcher's tables,
 * which is what the background sends each content script (no compile on the page).
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

/**
 * Rules of one alias in a packed matcher: alias position, its case-kept folded text
 * (case-sensitive aliases only), folded rejectBefore and rejectAfter words, and the
 * context-word ids of requireNear and rejectNear.
 */
export type PackedRule = [alias: number, cased: string | null, rejectBefore: string[], rejectAfter: string[], requireNear: number[], rejectNear: number[]];

export interface MatcherBundle {
  /** Dataset version the bundle was compiled from. */
  version: string;
  entities: IndexedEntity[];
  /** The matcher's tables (src/content/match/pack.ts), base64. */
  tables: string;
  rules: PackedRule[];
}
