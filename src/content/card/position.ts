/**
 * Keeps a card window next to its anchor with floating-ui so that it never covers the
 * hovered term's line: below the term, above it when there is no room below, beside it
 * when there is room on neither; on the line the pointer is on for a mention that wraps,
 * shifted along the line to stay in the viewport, and its height capped to the room on
 * its side (`--bl-room`, which host-css.ts applies). `autoUpdate` re-runs it on scroll,
 * resize and layout changes, and when the card's own size changes (a card expanded in place
 * is placed again); a ResizeObserver's first report of the size just placed is skipped, so
 * opening a card lays it out once rather than three times. The window
 * is `position: fixed` inside the host, which is its containing block, so floating-ui
 * measures from the host even where the page transforms or filters <html>.
 */
import { autoUpdate, computePosition, flip, inline, offset, shift, size } from '@floating-ui/dom';
import type { ResolvedAnchor } from './anchor';

export const VIEWPORT_PADDING = 8;
const GAP = 6;

export interface Point {
  x: number;
  y: number;
}

/** Places `floating` at host-local coordinates. */
export function placeAt(floating: HTMLElement, point: Point): void {
  floating.style.setProperty('left', `${Math.round(point.x)}px`);
  floating.style.setProperty('top', `${Math.round(point.y)}px`);
}

/**
 * Positions `floating` by `anchor` until the returned function is called. `onLost` runs
 * when the anchor has left the document.
 */
export function trackAnchor(anchor: ResolvedAnchor, floating: HTMLElement, pointer: Point | undefined, onLost: () => void): () => void {
  let stopped = false;
  const update = () => {
    if (!anchor.isConnected()) {
      onLost();
      return;
    }
    computePosition(anchor.reference, floating, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        inline(pointer ? { x: pointer.x, y: pointer.y, padding: 2 } : { padding: 2 }),
        offset(GAP),
        flip({ padding: VIEWPORT_PADDING, fallbackPlacements: ['top-start', 'bottom-end', 'top-end', 'right-start', 'left-start'] }),
        shift({ padding: VIEWPORT_PADDING, crossAxis: false }),
        size({
          padding: VIEWPORT_PADDING,
          apply({ availableHeight, elements }) {
            elements.floating.style.setProperty('--bl-room', `${Math.max(0, Math.floor(availableHeight))}px`);
          },
        }),
      ],
    }).then(
      ({ x, y }) => {
        if (!stopped) placeAt(floating, { x, y });
      },
      () => undefined,
    );
  };
  // floating-ui's own resize observer would place the card again for the initial report of the
  // card and of the paragraph around the term; only later changes of the card's size matter.
  const cleanup = autoUpdate(anchor.reference, floating, update, { elementResize: false });
  let initial = true;
  const resized = new ResizeObserver(() => {
    if (initial) initial = false;
    else update();
  });
  resized.observe(floating);
  return () => {
    stopped = true;
    resized.disconnect();
    cleanup();
  };
}
