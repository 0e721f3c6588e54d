/**
 * What the background tells the extension's own pages (`PanelMessages`): a listener for one
 * message by name. Every extension page also hears the others' requests to the background;
 * those are not ours to answer, so the listener never replies.
 */
import browser from 'webextension-polyfill';
import type { Envelope, PanelMessages } from '../messages';
import { CHANNEL } from '../messaging';

/** Calls `handler` with the params of each `name` message until `signal` aborts. */
export function onPageMessage<N extends keyof PanelMessages>(name: N, handler: (params: PanelMessages[N]['params']) => void, signal: AbortSignal): void {
  const listener = (message: unknown): undefined => {
    const envelope = message as Partial<Envelope<string, PanelMessages[N]['params']>> | null;
    if (envelope && typeof envelope === 'object' && envelope.channel === CHANNEL && envelope.name === name) handler(envelope.params!);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}
