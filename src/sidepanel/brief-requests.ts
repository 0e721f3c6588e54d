/**
 * Requests for the side panel of this window: "Brief me on “…”" (a query) and a card's
 * "Open in side panel" (an entity). For each kind, the one waiting when the panel opens and
 * those made while it is open (the background announces them with `briefRequested` or
 * `entityRequested`). Each arrives with a new sequence number so the same request made twice
 * is acted on again.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { sendToBackground } from '../shared/messaging';
import { onPageMessage } from '../shared/ui/page-messages';

export type BriefRequest = { query: string; seq: number };
export type EntityRequest = { id: string; seq: number };

/** Takes this window's requests of one kind: on mount, and whenever the background announces one. */
function useRequests<T>(announced: 'briefRequested' | 'entityRequested', take: (windowId: number) => Promise<T | null>, what: string): (T & { seq: number }) | undefined {
  const [request, setRequest] = useState<T & { seq: number }>();
  useEffect(() => {
    let seq = 0;
    const windowId = browser.windows.getCurrent().then((window) => window.id ?? -1);
    const fetch = () =>
      windowId.then(take).then(
        (taken) => taken && setRequest({ ...taken, seq: ++seq }),
        (error: unknown) => console.warn(`Briefing Lens: could not read the ${what} request`, error),
      );
    const life = new AbortController();
    onPageMessage(announced, () => void fetch(), life.signal);
    void fetch();
    return () => life.abort();
  }, []);
  return request;
}

export function useBriefRequests(): BriefRequest | undefined {
  return useRequests('briefRequested', (windowId) => sendToBackground('takeBriefRequest', { windowId }), 'Brief me');
}

export function useEntityRequests(): EntityRequest | undefined {
  return useRequests('entityRequested', (windowId) => sendToBackground('takeEntityRequest', { windowId }), 'card');
}
