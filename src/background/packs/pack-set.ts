/**
 * The installed packs as the background reads with them: their order, which are
 * enabled, their labels, and which entities of enabled packs are one real-world entity
 * (same `wikidata` item). Records of disabled packs stay stored but are read as absent.
 * Built from the `packs` store and the entities; rebuilt whenever packs change.
 */
import type { PackLabel } from '../../shared/card';
import type { InstalledPack } from '../../shared/db/schema';
import type { Entity } from '../../shared/model';
import { packOfRef } from '../../shared/pack-ref';

export class PackSet {
  /** Installed packs in the reader's order. */
  readonly ordered: readonly InstalledPack[];
  private readonly byId: Map<string, InstalledPack>;
  private readonly rank: Map<string, number>;
  /** Refs of each merged group (two or more enabled packs' entities with one `wikidata` item), in pack order. */
  private readonly groups = new Map<string, string[]>();

  constructor(packs: readonly InstalledPack[], entities: readonly Pick<Entity, 'id' | 'wikidata'>[]) {
    this.ordered = [...packs].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
    this.byId = new Map(this.ordered.map((pack) => [pack.id, pack]));
    this.rank = new Map(this.ordered.map((pack, i) => [pack.id, i]));
    const byItem = new Map<string, string[]>();
    for (const entity of entities) {
      if (!entity.wikidata || !this.isEnabled(entity.id)) continue;
      const refs = byItem.get(entity.wikidata) ?? [];
      refs.push(entity.id);
      byItem.set(entity.wikidata, refs);
    }
    for (const refs of byItem.values()) {
      if (refs.length < 2) continue;
      refs.sort((a, b) => this.packRank(a) - this.packRank(b) || a.localeCompare(b));
      for (const ref of refs) this.groups.set(ref, refs);
    }
  }

  get(pack: string): InstalledPack | undefined {
    return this.byId.get(pack);
  }

  /** Whether the record `ref` belongs to an installed, enabled pack. */
  isEnabled(ref: string): boolean {
    return this.byId.get(packOfRef(ref))?.enabled === true;
  }

  get enabled(): InstalledPack[] {
    return this.ordered.filter((pack) => pack.enabled);
  }

  label(pack: string): PackLabel {
    const installed = this.byId.get(pack);
    if (!installed) return { id: pack, title: { en: pack }, version: '', asOf: '' };
    return { id: installed.id, title: installed.header.title, version: installed.header.version, asOf: installed.header.asOf };
  }

  labelOf(ref: string): PackLabel {
    return this.label(packOfRef(ref));
  }

  /** Every ref that is the same entity as `ref` (itself first when alone), in the reader's pack order. */
  group(ref: string): string[] {
    return this.groups.get(ref) ?? [ref];
  }

  /** The ref that stands for `ref`'s entity: the first pack's in the reader's order. */
  primary(ref: string): string {
    return this.group(ref)[0]!;
  }

  /** Position of a ref's pack in the reader's order. */
  packRank(ref: string): number {
    return this.rank.get(packOfRef(ref)) ?? Number.MAX_SAFE_INTEGER;
  }

  /** A key that changes whenever what the matcher is compiled from changes. */
  get matcherKey(): string {
    return this.enabled.map((pack) => `${pack.id}@${pack.checksum}`).join('|');
  }
}
