/**
 * Cooperative scheduling for page work: slices of at most SLICE_MS, then a yield so
 * input, rendering and the page's own tasks go first. The yield is a MessageChannel
 * turn: an ordinary task, queued behind the page's timers and messages (no 4 ms timer
 * clamping). `scheduler.yield()` is not used on purpose: its continuations jump ahead
 * of the page's tasks, so a long pass would starve the page's timers.
 */
export const SLICE_MS = 8;

let channel: MessageChannel | null = null;
const waiting: (() => void)[] = [];

export function yieldToBrowser(): Promise<void> {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  return new Promise<void>((resolve) => {
    waiting.push(resolve);
    channel!.port2.postMessage(null);
  });
}

export function deadline(): number {
  return performance.now() + SLICE_MS;
}
