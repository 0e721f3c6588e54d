/**
 * The matcher bundle content scripts receive, compiled here from the enabled packs'
 * entities in the reader's pack order (an entity several packs describe is one matcher
 * entity under its first pack's ref, with every pack's aliases), and cached in
 * IndexedDB under the packs' ids and checksums, so a service worker waking up reuses it
 * and only a change of packs compiles again.
 */
import { packPrepared } from '../../content/match/pack';
import { prepare } from '../../content/match/prepare';
import { compileEntities } from '../../shared/compile-matcher-index';
import { isEntityRecord } from '../../shared/db/records';
import type { BriefingDb } from '../../shared/db/schema';
import type { MatcherBundle, MatcherIndex } from '../../shared/matcher-index';
import type { Alias, Entity } from '../../shared/model';
import { LANGS } from '../../shared/model';
import type { PackSet } from './pack-set';

/** Base64 of bytes, in chunks (no Node Buffer, no stack-sized spreads). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}

export function bundleOf(index: MatcherIndex): MatcherBundle {
  const { bytes, rules } = packPrepared(prepare(index));
  return { version: index.version, entities: index.entities, tables: toBase64(bytes), rules };
}

/** One entity per merged group: the first pack's record, with the other records' aliases and names as aliases. */
export function matcherEntities(entities: readonly Entity[], packs: PackSet): Entity[] {
  const byRef = new Map(entities.map((entity) => [entity.id, entity]));
  const out: Entity[] = [];
  for (const entity of [...entities].sort((a, b) => packs.packRank(a.id) - packs.packRank(b.id))) {
    const group = packs.group(entity.id);
    if (group[0] !== entity.id) continue;
    if (group.length === 1) {
      out.push(entity);
      continue;
    }
    const aliases: Alias[] = [...entity.aliases];
    for (const ref of group.slice(1)) {
      const other = byRef.get(ref);
      if (!other) continue;
      aliases.push(...other.aliases);
      for (const lang of LANGS) {
        const name = other.name[lang];
        if (name) aliases.push({ text: name, lang });
      }
    }
    out.push({ ...entity, aliases });
  }
  return out;
}

/** The bundle for the enabled packs: from the cache when it was compiled from the same packs, else compiled and cached. */
export async function matcherBundle(db: BriefingDb, packs: PackSet): Promise<MatcherBundle> {
  const key = packs.matcherKey;
  const cached = await db.get('cache', 'matcher');
  if (cached?.key === key) return cached.bundle;
  const all = (await db.getAll('entities')).filter((record): record is Entity => isEntityRecord(record) && packs.isEnabled(record.id));
  const bundle = bundleOf(compileEntities(matcherEntities(all, packs), key));
  await db.put('cache', { key, bundle }, 'matcher');
  return bundle;
}
