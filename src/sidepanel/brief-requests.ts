/**
 * "Brief me on “…”" requests for the side panel of this window: the one waiting when the
 * panel opens, and those made while it is open (the background announces them with `briefRequested`). Each
 * arrives with a new sequence number so the same text asked twice fills the search again.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Envelope, PanelMessages } from '../shared/messages';
import { CHANNEL, sendToBackground } from '../shared/messaging';

export type BriefRequest = { query: string; seq: number };

/** Every extension page hears the others' requests to the background: answer none of them, only take ours. */
function isBriefRequested(message: unknown): boolean {
  const envelope = message as Partial<Envelope> | null;
  const name: keyof PanelMessages = 'briefRequested';
  return !!envelope && typeof envelope === 'object' && envelope.channel === CHANNEL && envelope.name === name;
}

export function useBriefRequests(): BriefRequest | undefined {
  const [request, setRequest] = useState<BriefRequest>();
  useEffect(() => {
    let seq = 0;
    const windowId = browser.windows.getCurrent().then((window) => window.id ?? -1);
    const take = () =>
      windowId.then((id) => sendToBackground('takeBriefRequest', { windowId: id })).then(
        (taken) => taken && setRequest({ query: taken.query, seq: ++seq }),
        (error: unknown) => console.warn('Briefing Lens: could not read the Brief me request', error),
      );
    const onMessage = (message: unknown): undefined => {
      if (isBriefRequested(message)) void take();
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    void take();
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, []);
  return request;
}
