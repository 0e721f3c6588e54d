/**
 * The relations map's layout: the selected entity in the centre and its neighbours on
 * concentric rings, evenly spaced, in a stable order (by relation type, then name). An
 * ego network one step deep has this closed-form layout, so no force simulation is run:
 * the picture is the same every time it is drawn, and nodes never overlap their labels'
 * minimum spacing.
 */
import type { ResolvedRelation } from '../shared/card';
import type { EntityType, LocalisedText, RelationType } from '../shared/model';

export interface MapNode {
  id: string;
  type: EntityType;
  name: LocalisedText;
  /** Relation types to the centre, as read from the centre (e.g. `met`, `leads` ←). */
  links: { type: RelationType; direction: 'out' | 'in' }[];
  x: number;
  y: number;
}

export interface MapLayout {
  width: number;
  height: number;
  centre: { x: number; y: number };
  nodes: MapNode[];
}

export interface LayoutOptions {
  /** Radius of the first ring, and the distance between rings. */
  ring?: number;
  /** Least arc length between two neighbours on a ring. */
  spacing?: number;
  margin?: number;
}

export function relationLayout(relations: readonly ResolvedRelation[], nameOf: (name: LocalisedText) => string, options: LayoutOptions = {}): MapLayout {
  const { ring = 110, spacing = 78, margin = 70 } = options;
  const byId = new Map<string, Omit<MapNode, 'x' | 'y'>>();
  for (const relation of relations) {
    const node = byId.get(relation.other.id) ?? { id: relation.other.id, type: relation.other.type, name: relation.other.name, links: [] };
    if (!node.links.some((l) => l.type === relation.type && l.direction === relation.direction)) node.links.push({ type: relation.type, direction: relation.direction });
    byId.set(relation.other.id, node);
  }
  const ordered = [...byId.values()].sort(
    (a, b) => a.links[0]!.type.localeCompare(b.links[0]!.type) || nameOf(a.name).localeCompare(nameOf(b.name)),
  );
  const rings: (typeof ordered)[] = [];
  let rest = ordered;
  for (let k = 1; rest.length > 0; k++) {
    const capacity = Math.max(1, Math.floor((2 * Math.PI * ring * k) / spacing));
    rings.push(rest.slice(0, capacity));
    rest = rest.slice(capacity);
  }
  const radius = ring * Math.max(1, rings.length);
  const size = 2 * (radius + margin);
  const centre = { x: size / 2, y: size / 2 };
  const nodes: MapNode[] = [];
  rings.forEach((members, k) => {
    const r = ring * (k + 1);
    // Each ring starts at the top and turns clockwise; outer rings are offset by half a step so labels interleave.
    const step = (2 * Math.PI) / members.length;
    members.forEach((member, i) => {
      const angle = -Math.PI / 2 + step * (i + (k % 2) / 2);
      nodes.push({ ...member, x: centre.x + r * Math.cos(angle), y: centre.y + r * Math.sin(angle) });
    });
  });
  return { width: size, height: size, centre, nodes };
}
