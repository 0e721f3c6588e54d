/**
 * Hover intent: follows the pointer (one hit-test per animation frame, passive
 * listeners, cleaned up by the AbortSignal; synthetic events a page dispatches are
 * ignored) and reports when it has rested on a mark for the intent delay, when it
 * moves to another mark, and when it leaves marks.
 * Moving along one long name keeps the same mark, so nothing flickers.
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
  onIntent: (mark: Mark, pointer: { x: number; y: number }) => void;
  /** The pointer left every mark (and is not over our UI). */
  onLeave: () => void;
}

export function watchHoverIntent(options: IntentOptions): void {
  const { signal } = options;
  let current: Mark | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  let x = 0;
  let y = 0;

  const settle = () => {
    frame = 0;
    if (options.overOwnUi(x, y)) {
      clearTimeout(timer);
      return;
    }
    const registry = options.registry();
    const mark = registry ? markAtPoint(registry, x, y, options.shadowRoots()) : undefined;
    if (mark === current) return;
    clearTimeout(timer);
    current = mark;
    if (mark) {
      const pointer = { x, y };
      timer = setTimeout(() => options.onIntent(mark, pointer), options.delay());
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
      clearTimeout(timer);
      current = undefined;
      options.onLeave();
    },
    { passive: true, signal },
  );
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    cancelAnimationFrame(frame);
  });
}
