/**
 * User Timing marks around opening a card, for the card benchmark (scripts/bench/card.ts)
 * and the DevTools performance panel: `briefing-lens:card-open` when the intent delay
 * ends (or the shortcut fires), `briefing-lens:card-painted` after the first frame that
 * shows the card's content. Only the bench and development builds call it (`__BENCH__`,
 * see src/shared/bench-flag.d.ts); the shipped content script leaves it out.
 */
import { nextTask } from '../highlight/schedule';

export const CARD_OPEN_MARK = 'briefing-lens:card-open';
export const CARD_PAINTED_MARK = 'briefing-lens:card-painted';

/** Runs `fn` in a task after the current one (from inside a frame callback: after that frame's paint). */
const inNextTask = (fn: () => void) => void nextTask().then(fn);

/**
 * Opens a card through `open`, marking its start and, once the card shows, the first
 * paint after it. `inFrame`: the call comes from an animation-frame callback, so a card
 * shown at once (cached data) is painted by this very frame; otherwise the next frame.
 */
export function timeCardOpen(open: () => Promise<void>, inFrame: boolean): void {
  performance.mark(CARD_OPEN_MARK);
  const painted = () => performance.mark(CARD_PAINTED_MARK);
  // Shown before this frame's paint (from the cache): the paint is the task after this one.
  let frameDone = !inFrame;
  let shownInFrame = false;
  if (inFrame) {
    inNextTask(() => {
      frameDone = true;
      if (shownInFrame) painted();
    });
  }
  void open().then(() => {
    if (!frameDone) shownInFrame = true;
    else requestAnimationFrame(() => inNextTask(painted));
  });
}
