/**
 * Compiles the dataset into the compact matcher index the content script receives:
 * every actor, agreement and event (id, type, English name) and every alias with its
 * matching rules, plus the English, Korean and Japanese names themselves as plain
 * aliases when no alias of the entity already has that exact text.
 */
import type { MatcherIndex, IndexedAlias } from './matcher-index';
import type { AliasRule, Dataset, Entity } from './model';
import { LANGS } from './model';

const RULE_LISTS = ['rejectBefore', 'rejectAfter', 'requireNear', 'rejectNear'] as const;

/** The alias's rules without empty or unset fields, so the index stays small. */
function rulesOf(rule: AliasRule): AliasRule {
  const out: AliasRule = {};
  if (rule.caseSensitive) out.caseSensitive = true;
  if (rule.needsAnchor) out.needsAnchor = true;
  for (const key of RULE_LISTS) {
    const words = rule[key]?.filter((w) => w.trim() !== '');
    if (words && words.length > 0) out[key] = words;
  }
  return out;
}

export function compileMatcherIndex(dataset: Dataset): MatcherIndex {
  return compileEntities([...dataset.actors, ...dataset.agreements, ...dataset.events], dataset.meta.version);
}

/**
 * The index of these entities, in this order (the matcher gives an alias two entities
 * share to the earlier one when their rules do not separate them).
 */
export function compileEntities(entities: readonly Entity[], version: string): MatcherIndex {
  const aliases: IndexedAlias[] = [];
  entities.forEach((entity, position) => {
    const seen = new Set<string>();
    for (const alias of entity.aliases) {
      const text = alias.text.trim();
      if (text === '' || seen.has(text)) continue;
      seen.add(text);
      aliases.push({ text, entity: position, ...rulesOf(alias) });
    }
    for (const lang of LANGS) {
      const text = entity.name[lang]?.trim();
      if (!text || seen.has(text)) continue;
      seen.add(text);
      aliases.push({ text, entity: position });
    }
  });
  return {
    version,
    entities: entities.map((e) => ({ id: e.id, type: e.type, name: e.name.en })),
    aliases,
  };
}
