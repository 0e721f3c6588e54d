/**
 * User Timing marks around opening a card, for the DevTools performance panel and the
 * card benchmark (`npm run bench`): `briefing-lens:card-open` when the intent delay
 * ends (or the shortcut fires), `briefing-lens:card-painted` after the first frame that
 * shows the card's content. Marks are cheap and stay in the page's own timeline.
 */
export const CARD_OPEN_MARK = 'briefing-lens:card-open';
export const CARD_PAINTED_MARK = 'briefing-lens:card-painted';

/** Runs `fn` just after the next frame is painted (a task queued from the frame's rAF). */
function afterNextPaint(fn: () => void): void {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      fn();
    };
    channel.port2.postMessage(null);
  });
}

/** Opens a card through `open`, marking its start and, once the card shows, the first paint after it. */
export function timeCardOpen(open: () => Promise<void>): void {
  performance.mark(CARD_OPEN_MARK);
  void open().then(() => afterNextPaint(() => performance.mark(CARD_PAINTED_MARK)));
}
