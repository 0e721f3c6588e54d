/**
 * Cooperative scheduling for page work: slices of at most SLICE_MS, then a yield so
 * input and rendering go first. Uses `scheduler.yield()` where the browser has it,
 * else a MessageChannel turn (no 4 ms timer clamping).
 */
export const SLICE_MS = 8;

interface SchedulerLike {
  yield?: () => Promise<void>;
}

let channel: MessageChannel | null = null;
const waiting: (() => void)[] = [];

function viaChannel(): Promise<void> {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  return new Promise<void>((resolve) => {
    waiting.push(resolve);
    channel!.port2.postMessage(null);
  });
}

export function yieldToBrowser(): Promise<void> {
  const s = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  return typeof s?.yield === 'function' ? s.yield() : viaChannel();
}

export function deadline(): number {
  return performance.now() + SLICE_MS;
}
