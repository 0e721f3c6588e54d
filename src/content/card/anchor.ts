/**
 * What a card is anchored to: a highlighted mention's Range (a StaticRange is turned
 * into a live Range), a page element, or any virtual anchor with a client rect. It is
 * adapted to floating-ui's VirtualElement, whose rects are read afresh on every
 * position update (so scrolling, zoom and fixed-position contexts stay correct) and
 * whose `contextElement` lets floating-ui watch the right scroll containers.
 */
import type { VirtualElement } from '@floating-ui/dom';

/** Anything with a client rect: an element, a Range, or a hand-made anchor. */
export interface VirtualAnchor {
  getBoundingClientRect(): DOMRect;
  getClientRects?(): DOMRectList | DOMRect[];
  /** The element the anchor lives in (for scroll tracking); recommended for virtual anchors. */
  contextElement?: Element;
}

export type CardAnchor = AbstractRange | VirtualAnchor;

export interface ResolvedAnchor {
  /** What the caller passed, to recognise the same anchor on the next `show`. */
  source: CardAnchor;
  reference: VirtualElement;
  /** Whether the anchor is still in the document. */
  isConnected(): boolean;
}

function isAbstractRange(anchor: CardAnchor): anchor is AbstractRange {
  return 'startContainer' in anchor && 'endContainer' in anchor;
}

function toLiveRange(range: AbstractRange): Range {
  if ('getBoundingClientRect' in range) return range as Range;
  const live = range.startContainer.ownerDocument!.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live;
}

function elementOf(node: Node): Element | undefined {
  return node.nodeType === Node.ELEMENT_NODE ? (node as Element) : (node.parentElement ?? undefined);
}

export function resolveAnchor(anchor: CardAnchor): ResolvedAnchor {
  if (isAbstractRange(anchor)) {
    const range = toLiveRange(anchor);
    const context = elementOf(range.startContainer);
    return {
      source: anchor,
      reference: {
        getBoundingClientRect: () => range.getBoundingClientRect(),
        getClientRects: () => range.getClientRects(),
        ...(context ? { contextElement: context } : {}),
      },
      isConnected: () => range.startContainer.isConnected && range.endContainer.isConnected,
    };
  }
  const element = anchor instanceof Element ? anchor : anchor.contextElement;
  return {
    source: anchor,
    reference: {
      getBoundingClientRect: () => anchor.getBoundingClientRect(),
      ...(anchor.getClientRects ? { getClientRects: () => anchor.getClientRects!() } : {}),
      ...(element ? { contextElement: element } : {}),
    },
    isConnected: () => (element ? element.isConnected : true),
  };
}

/** Same object, or two ranges over the same text. */
export function sameAnchor(a: CardAnchor, b: CardAnchor): boolean {
  if (a === b) return true;
  if (!isAbstractRange(a) || !isAbstractRange(b)) return false;
  return (
    a.startContainer === b.startContainer &&
    a.startOffset === b.startOffset &&
    a.endContainer === b.endContainer &&
    a.endOffset === b.endOffset
  );
}
