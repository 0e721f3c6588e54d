/**
 * Dragging a card window by its title bar with pointer events (mouse, pen, touch): the
 * pointer is captured, the window follows it and stays reachable (its bar cannot leave
 * the viewport). A press that moves less than a few pixels is not a drag, so clicks on
 * the bar's buttons work as usual.
 */
import { placeAt, VIEWPORT_PADDING, type Point } from './position';

const THRESHOLD = 4;
/** How much of the window must stay in the viewport horizontally. */
const KEEP_VISIBLE = 48;
const BAR_HEIGHT = 36;

export interface DragHandlers {
  /** The press became a drag; `from` is the window's current host-local position. */
  onStart(from: Point): void;
  onEnd(to: Point): void;
}

function clamp(point: Point, width: number): Point {
  const maxX = window.innerWidth - KEEP_VISIBLE;
  const maxY = window.innerHeight - BAR_HEIGHT;
  return {
    x: Math.min(maxX, Math.max(KEEP_VISIBLE - width, point.x)),
    y: Math.min(maxY, Math.max(VIEWPORT_PADDING - BAR_HEIGHT / 2, point.y)),
  };
}

/** Call from the bar's `pointerdown`; `win` is the window element that moves. */
export function startDrag(event: PointerEvent, bar: HTMLElement, win: HTMLElement, handlers: DragHandlers): void {
  if (event.button !== 0 || (event.target as Element).closest('button, a')) return;
  const startX = event.clientX;
  const startY = event.clientY;
  const from: Point = { x: Number.parseFloat(win.style.left) || 0, y: Number.parseFloat(win.style.top) || 0 };
  const width = win.getBoundingClientRect().width;
  let dragging = false;
  let last = from;
  const controller = new AbortController();
  const { signal } = controller;
  bar.setPointerCapture?.(event.pointerId);

  bar.addEventListener(
    'pointermove',
    (move) => {
      const dx = move.clientX - startX;
      const dy = move.clientY - startY;
      if (!dragging) {
        if (Math.hypot(dx, dy) < THRESHOLD) return;
        dragging = true;
        win.setAttribute('data-dragging', '');
        handlers.onStart(from);
      }
      last = clamp({ x: from.x + dx, y: from.y + dy }, width);
      placeAt(win, last);
    },
    { signal },
  );
  const end = () => {
    controller.abort();
    if (bar.hasPointerCapture?.(event.pointerId)) bar.releasePointerCapture(event.pointerId);
    if (!dragging) return;
    win.removeAttribute('data-dragging');
    handlers.onEnd(last);
  };
  bar.addEventListener('pointerup', end, { signal });
  bar.addEventListener('pointercancel', end, { signal });
}
