/**
 * Draws marks with the CSS Custom Highlight API: static ranges added to one named
 * `Highlight`, styled by `::highlight(briefing-lens)`. The page's DOM and text stay
 * byte-identical.
 */
import { rangeFor, type Painter } from './registry';

export const HIGHLIGHT_NAME = 'briefing-lens';

export function cssHighlightsSupported(): boolean {
  return typeof Highlight === 'function' && typeof CSS !== 'undefined' && !!CSS.highlights;
}

export function createCssPainter(name = HIGHLIGHT_NAME): Painter {
  const highlight = new Highlight();
  CSS.highlights.set(name, highlight);
  return {
    draw(block, mentions) {
      return mentions.map((mention) => {
        const range = rangeFor(block, mention);
        highlight.add(range);
        return range;
      });
    },
    remove(range) {
      highlight.delete(range);
    },
    clear() {
      highlight.clear();
      if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
    },
  };
}
