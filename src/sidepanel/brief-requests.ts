/**
 * "Brief me on “…”" requests for the side panel of this window: the one waiting when the
 * panel opens, and those made while it is open (the background announces them with `briefRequested`). Each
 * arrives with a new sequence number so the same text asked twice fills the search again.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { sendToBackground } from '../shared/messaging';
import { onPageMessage } from '../shared/ui/page-messages';

export type BriefRequest = { query: string; seq: number };

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
    const life = new AbortController();
    onPageMessage('briefRequested', () => void take(), life.signal);
    void take();
    return () => life.abort();
  }, []);
  return request;
}
