/**
 * Draws marks with the CSS Custom Highlight API: static ranges added to one named
 * `Highlight`, styled by `::highlight(briefing-lens)`. The page's DOM and text stay
 * byte-identical. New ranges wait for `flush()`: every change to a styled highlight
 * makes the browser repaint the whole page, so changes go in as a few batches.
 */
import { HIGHLIGHT_NAME } from '../../shared/highlight-look';
import { rangeFor, type Painter } from './registry';

export function createCssPainter(name = HIGHLIGHT_NAME): Painter {
  // Registered on the first flush with ranges (most pages have none), and again after a clear.
  let highlight: Highlight | null = null;
  const pending = new Set<AbstractRange>();
  return {
    draw(block, mentions) {
      return mentions.map((mention) => {
        const range = rangeFor(block, mention);
        pending.add(range);
        return range;
      });
    },
    flush() {
      if (pending.size === 0) return;
      if (!highlight) {
        highlight = new Highlight();
        CSS.highlights.set(name, highlight);
      }
      for (const range of pending) highlight.add(range);
      pending.clear();
    },
    remove(range) {
      if (!pending.delete(range)) highlight?.delete(range);
    },
    clear() {
      pending.clear();
      if (!highlight) return;
      highlight.clear();
      if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
      highlight = null;
    },
  };
}
