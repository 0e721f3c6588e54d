/**
 * Hover intent: follows the pointer (one hit-test per animation frame, passive
 * listeners, cleaned up by the AbortSignal; synthetic events a page dispatches are
 * ignored) and reports when it has rested on a mark for the intent delay, when it
 * moves to another mark, and when it leaves marks.
 * Moving along one long name keeps the same mark, so nothing flickers.
 *
 * The intent is reported from an animation-frame callback, so the card built for it is
 * painted in that same frame: the delay timer ends half a frame early and then waits for
 * the next frame, which keeps the average delay as configured.
 */
import type { Mark, Registry } from '../highlight/registry';
import { markAtPoint } from './hit-test';

export interface IntentOptions {
  signal: AbortSignal;
  registry: () => Registry | null;
  shadowRoots: () => ShadowRoot[];
  delay: () => number;
  /** True when the point is over the extension's own UI (the card keeps itself open). */
  overOwnUi: (x: number, y: number) => boolean;
  /** Called in an animation-frame callback. */
  onIntent: (mark: Mark, pointer: { x: number; y: number }) => void;
  /** The pointer left every mark (and is not over our UI). */
  onLeave: () => void;
}

/** Half a 60 Hz frame. */
const HALF_FRAME_MS = 8;

export function watchHoverIntent(options: IntentOptions): void {
  const { signal } = options;
  let current: Mark | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let intentFrame = 0;
  let frame = 0;
  const cancelIntent = () => {
    clearTimeout(timer);
    cancelAnimationFrame(intentFrame);
  };
  let x = 0;
  let y = 0;

  const settle = () => {
    frame = 0;
    if (options.overOwnUi(x, y)) {
      cancelIntent();
      return;
    }
    const registry = options.registry();
    const mark = registry ? markAtPoint(registry, x, y, options.shadowRoots()) : undefined;
    if (mark === current) return;
    cancelIntent();
    current = mark;
    if (mark) {
      const pointer = { x, y };
      timer = setTimeout(() => {
        intentFrame = requestAnimationFrame(() => options.onIntent(mark, pointer));
      }, Math.max(0, options.delay() - HALF_FRAME_MS));
    } else options.onLeave();
  };

  document.addEventListener(
    'pointermove',
    (event) => {
      // Synthetic events come from the page's scripts: a page must not be able to open cards.
      if (!event.isTrusted || event.pointerType === 'touch') return;
      x = event.clientX;
      y = event.clientY;
      if (!frame) frame = requestAnimationFrame(settle);
    },
    { passive: true, capture: true, signal },
  );
  document.documentElement.addEventListener(
    'pointerleave',
    (event) => {
      if (!event.isTrusted) return;
      cancelIntent();
      current = undefined;
      options.onLeave();
    },
    { passive: true, signal },
  );
  signal.addEventListener('abort', () => {
    cancelIntent();
    cancelAnimationFrame(frame);
  });
}
