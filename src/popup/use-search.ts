/**
 * Instant search against the background store, optionally within some record types and
 * some packs. Every keystroke sends a query; a reply that arrives after a newer query was
 * sent is dropped, so results never go backwards.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SearchHit } from '../shared/card';
import type { RecordType } from '../shared/model';
import { sendToBackground } from '../shared/messaging';
import { errorText } from '../shared/ui/error-text';

export const SEARCH_LIMIT = 30;

export type SearchState =
  | { status: 'idle' }
  | { status: 'loading' }
  /** `query`: the search box's text these hits answer. */
  | { status: 'ready'; query: string; hits: SearchHit[] }
  | { status: 'error'; message: string };

/** `packs`: only hits from these packs (empty: every enabled pack). */
export function useSearch(query: string, types: RecordType[], packs: string[] = []): SearchState {
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  const latest = useRef(0);
  const typesKey = types.join(',');
  const packsKey = packs.join(',');
  useEffect(() => {
    const ticket = ++latest.current;
    const text = query.trim();
    if (text === '') {
      setState({ status: 'idle' });
      return;
    }
    setState((prev) => (prev.status === 'ready' ? prev : { status: 'loading' }));
    const params = { query: text, limit: SEARCH_LIMIT, ...(types.length > 0 ? { types } : {}), ...(packs.length > 0 ? { packs } : {}) };
    sendToBackground('search', params).then(
      (hits) => {
        if (ticket === latest.current) setState({ status: 'ready', query, hits });
      },
      (error: unknown) => {
        if (ticket === latest.current) setState({ status: 'error', message: errorText(error) });
      },
    );
  }, [query, typesKey, packsKey]);
  return state;
}
