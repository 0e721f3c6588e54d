// happy-dom lacks the CSS Custom Highlight API, which every supported browser has: a
// minimal `Highlight` (a set of ranges) and `CSS.highlights` (a map of names to them)
// stand in for the browser's, both plain containers as in the specification, and a
// reader gives a highlight's texts in document order as a test sees them on screen.
import { afterEach, beforeEach } from 'vitest';

const globals = globalThis as unknown as { Highlight?: unknown; CSS?: unknown };

/** Installs the fake before each test of the calling file and removes it after; returns the registry. */
export function useHighlightApi(): Map<string, Set<AbstractRange>> {
  const registry = new Map<string, Set<AbstractRange>>();
  const saved = { Highlight: globals.Highlight, CSS: globals.CSS };
  beforeEach(() => {
    globals.Highlight = class extends Set<AbstractRange> {};
    globals.CSS = { highlights: registry };
  });
  afterEach(() => {
    registry.clear();
    Object.assign(globals, saved);
  });
  return registry;
}

/** The texts of a highlight's ranges in document order ([] when it is not registered). */
export function highlightTexts(registry: Map<string, Set<AbstractRange>>, name = 'briefing-lens'): string[] {
  const live = [...(registry.get(name) ?? [])].map((r) => {
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    return range;
  });
  live.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  return live.map((r) => r.toString());
}
