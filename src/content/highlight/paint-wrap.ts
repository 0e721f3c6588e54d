/**
 * Fallback painter for browsers without the CSS Custom Highlight API: wraps each
 * mention's text (each text node's piece of it) in a `<briefing-lens-mark>` element (inline, no box of its own, so
 * the layout and the visible text stay the same). Mentions are wrapped from the last
 * to the first so earlier offsets stay valid; `clear` restores the original text nodes.
 */
import { locate } from './collect';
import type { Painter } from './registry';

export const MARK_TAG = 'briefing-lens-mark';

export function createWrapPainter(): Painter {
  const wrappers = new Map<AbstractRange, Element[]>();
  const rangeOfText = new WeakMap<Text, AbstractRange>();

  const unwrap = (wrapper: Element) => {
    const parent = wrapper.parentNode;
    if (!parent) return;
    while (wrapper.firstChild) parent.insertBefore(wrapper.firstChild, wrapper);
    parent.removeChild(wrapper);
    parent.normalize();
  };

  /** Wraps characters [from, to) of a text node; returns the wrapper and the text it holds. */
  const wrap = (node: Text, from: number, to: number): { wrapper: Element; text: Text } => {
    const text = from > 0 ? node.splitText(from) : node;
    if (to - from < text.data.length) text.splitText(to - from);
    const wrapper = document.createElement(MARK_TAG);
    text.parentNode!.insertBefore(wrapper, text);
    wrapper.appendChild(text);
    return { wrapper, text };
  };

  return {
    draw(block, mentions) {
      const ranges: (AbstractRange | null)[] = new Array<AbstractRange | null>(mentions.length).fill(null);
      for (let i = mentions.length - 1; i >= 0; i--) {
        const mention = mentions[i]!;
        const start = locate(block, mention.start);
        const end = locate(block, mention.end, true);
        const first = block.nodes.indexOf(start.node);
        const last = block.nodes.indexOf(end.node);
        const pieces: { wrapper: Element; text: Text }[] = [];
        for (let n = last; n >= first; n--) {
          const node = block.nodes[n]!;
          const from = n === first ? start.offset : 0;
          const to = n === last ? end.offset : node.data.length;
          if (to > from) pieces.unshift(wrap(node, from, to));
        }
        if (pieces.length === 0) continue;
        const range = document.createRange();
        range.setStartBefore(pieces[0]!.wrapper);
        range.setEndAfter(pieces[pieces.length - 1]!.wrapper);
        wrappers.set(range, pieces.map((p) => p.wrapper));
        for (const piece of pieces) rangeOfText.set(piece.text, range);
        ranges[i] = range;
      }
      return ranges;
    },
    remove(range) {
      wrappers.get(range)?.forEach(unwrap);
      wrappers.delete(range);
    },
    rangeOf(node) {
      return rangeOfText.get(node);
    },
    clear() {
      for (const pieces of wrappers.values()) pieces.forEach(unwrap);
      wrappers.clear();
    },
  };
}
