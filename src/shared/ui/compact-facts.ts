/**
 * Which facts the compact hover card shows. `compactFacts` is a pure ranking over
 * candidates drawn from every section of the card (each pack that describes its entity) together: the facts resting on the most sources first, then the most recent
 * (a forward-looking fact counts from when it was stated), then the order the pack gives.
 * Pack format v1 carries no ranking of its own; the candidates keep their pack so the
 * card can still group what it shows by section.
 */
import type { CardSection } from '../card';
import type { Fact } from '../model';

/** How many facts the compact card shows at most. */
export const COMPACT_FACTS = 3;

/** One fact of one section, as the compact selection ranks it. */
export interface FactCandidate {
  fact: Fact;
  /** Index of the section (pack) the fact comes from, in the reader's order of packs. */
  section: number;
}

/** Every fact of every section, in section order and then each pack's own order. */
export function factCandidates(sections: readonly CardSection[]): FactCandidate[] {
  return sections.flatMap((s, section) => s.entity.facts.map((fact) => ({ fact, section })));
}

/** When a fact was last true to the record: when it was stated for a forward-looking fact, else its date. */
function recency(fact: Fact): string {
  return fact.stated ?? fact.date ?? '';
}

/**
 * The facts the compact card shows: at most `limit`, ranked by number of sources, then
 * recency (ISO and partial dates compare as text; undated last), then the given order.
 * Returned in rank order; the input is left as it is.
 */
export function compactFacts<C extends FactCandidate>(candidates: readonly C[], limit = COMPACT_FACTS): C[] {
  return candidates
    .map((candidate, order) => ({ candidate, order }))
    .sort((a, b) => {
      const bySources = b.candidate.fact.sources.length - a.candidate.fact.sources.length;
      if (bySources !== 0) return bySources;
      const ra = recency(a.candidate.fact);
      const rb = recency(b.candidate.fact);
      if (ra !== rb) return ra < rb ? 1 : -1;
      return a.order - b.order;
    })
    .slice(0, Math.max(0, limit))
    .map(({ candidate }) => candidate);
}
