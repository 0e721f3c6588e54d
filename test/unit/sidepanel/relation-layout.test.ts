// The relations map's layout: one node per related entity with every relation type to it,
// on rings around the centre, never closer than the spacing, the same picture every time.
import { describe, expect, it } from 'vitest';
import type { ResolvedRelation } from '../../../src/shared/card';
import { relationLayout } from '../../../src/sidepanel/relation-layout';

function relation(other: string, type: ResolvedRelation['type'], direction: ResolvedRelation['direction'] = 'out'): ResolvedRelation {
  return {
    from: direction === 'out' ? 'centre' : other,
    to: direction === 'out' ? other : 'centre',
    type,
    sources: [],
    direction,
    other: { id: other, type: 'actor', name: { en: other.toUpperCase() }, summary: { en: '' } },
  };
}

describe('relationLayout', () => {
  it('merges several relations to the same entity into one node', () => {
    const layout = relationLayout([relation('biden', 'met'), relation('biden', 'attended', 'in'), relation('marcos', 'met')], (n) => n.en);
    expect(layout.nodes.map((n) => n.id).sort()).toEqual(['biden', 'marcos']);
    expect(layout.nodes.find((n) => n.id === 'biden')!.links).toEqual([
      { type: 'met', direction: 'out' },
      { type: 'attended', direction: 'in' },
    ]);
  });

  it('places many neighbours on more than one ring, never closer than the spacing', () => {
    const relations = Array.from({ length: 30 }, (_, i) => relation(`e${String(i).padStart(2, '0')}`, 'related-to'));
    const layout = relationLayout(relations, (n) => n.en, { ring: 100, spacing: 60 });
    const radii = new Set(layout.nodes.map((n) => Math.round(Math.hypot(n.x - layout.centre.x, n.y - layout.centre.y))));
    expect(radii.size).toBeGreaterThan(1);
    for (const a of layout.nodes) {
      for (const b of layout.nodes) if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(50);
      expect(a.x).toBeGreaterThan(0);
      expect(a.y).toBeGreaterThan(0);
      expect(a.x).toBeLessThan(layout.width);
      expect(a.y).toBeLessThan(layout.height);
    }
  });

  it('orders nodes by relation type, then name, so the picture is the same every time', () => {
    const relations = [relation('zeta', 'met'), relation('alpha', 'met'), relation('beta', 'leads')];
    const first = relationLayout(relations, (n) => n.en);
    const again = relationLayout([...relations].reverse(), (n) => n.en);
    expect(first.nodes.map((n) => n.id)).toEqual(['beta', 'alpha', 'zeta']);
    expect(again).toEqual(first);
  });
});
