/**
 * Cooperative scheduling for page work: slices of at most SLICE_MS, then a yield so
 * input, rendering and the page's own tasks go first. The yield is two MessageChannel
 * turns: ordinary tasks, without the 4 ms clamping of nested timers. One turn is not
 * enough: a page timer that falls due during a slice is queued only after the message
 * posted at the slice's end, so the page would wait for two of our slices; the second
 * hop is posted behind it. `scheduler.yield()` is not used on purpose: its continuations
 * jump ahead of the page's tasks, so a long pass would starve the page's timers.
 */
export const SLICE_MS = 5;

let channel: MessageChannel | null = null;
const waiting: (() => void)[] = [];

/** Resolves in a task of its own, queued behind those already waiting: one MessageChannel turn. */
export function nextTask(): Promise<void> {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  return new Promise<void>((resolve) => {
    waiting.push(resolve);
    channel!.port2.postMessage(null);
  });
}

/** Lets the browser and the page's own tasks run before the caller's next slice. */
export async function yieldToBrowser(): Promise<void> {
  await nextTask();
  await nextTask();
}

export function deadline(): number {
  return performance.now() + SLICE_MS;
}
