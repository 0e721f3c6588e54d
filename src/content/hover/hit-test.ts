/**
 * Maps a pointer position to the mark under it without touching the page: CSS
 * highlights take no pointer events, so we ask the browser for the caret position at
 * the point (piercing our known open shadow roots), look the text position up in the
 * registry, and accept it only if the point really lies inside one of the mark's
 * rectangles (caret APIs snap to the nearest text even far from it).
 */
import type { Mark, Registry } from '../highlight/registry';

interface CaretPositionLike {
  offsetNode: Node;
  offset: number;
}

type CaretFromPoint = (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => CaretPositionLike | null;

function caretAt(x: number, y: number, shadowRoots: ShadowRoot[]): CaretPositionLike | null {
  const doc = document as Document & { caretPositionFromPoint?: CaretFromPoint };
  if (typeof doc.caretPositionFromPoint === 'function') {
    return doc.caretPositionFromPoint(x, y, shadowRoots.length > 0 ? { shadowRoots } : undefined);
  }
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { offsetNode: range.startContainer, offset: range.startOffset } : null;
}

/** A live Range over a mark (static ranges have no geometry). */
export function liveRange(range: AbstractRange): Range {
  if (range instanceof Range) return range;
  const live = document.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live;
}

const SLOP = 2;

export function pointInRange(range: AbstractRange, x: number, y: number): boolean {
  for (const r of liveRange(range).getClientRects()) {
    if (x >= r.left - SLOP && x <= r.right + SLOP && y >= r.top - SLOP && y <= r.bottom + SLOP) return true;
  }
  return false;
}

export function markAtPoint(registry: Registry, x: number, y: number, shadowRoots: ShadowRoot[] = []): Mark | undefined {
  const caret = caretAt(x, y, shadowRoots);
  if (!caret || caret.offsetNode.nodeType !== Node.TEXT_NODE) return undefined;
  const node = caret.offsetNode as Text;
  const candidates = [registry.markAt(node, caret.offset)];
  if (caret.offset > 0) candidates.push(registry.markAt(node, caret.offset - 1));
  return candidates.find((mark): mark is Mark => !!mark && pointInRange(mark.range, x, y));
}
