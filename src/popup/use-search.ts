/**
 * Instant search against the background store. Every keystroke sends a query; a reply
 * that arrives after a newer query was sent is dropped, so results never go backwards.
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

export function useSearch(query: string, types: RecordType[]): SearchState {
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  const latest = useRef(0);
  const typesKey = types.join(',');
  useEffect(() => {
    const ticket = ++latest.current;
    const text = query.trim();
    if (text === '') {
      setState({ status: 'idle' });
      return;
    }
    setState((prev) => (prev.status === 'ready' ? prev : { status: 'loading' }));
    const params = types.length > 0 ? { query: text, types, limit: SEARCH_LIMIT } : { query: text, limit: SEARCH_LIMIT };
    sendToBackground('search', params).then(
      (hits) => {
        if (ticket === latest.current) setState({ status: 'ready', query, hits });
      },
      (error: unknown) => {
        if (ticket === latest.current) setState({ status: 'error', message: errorText(error) });
      },
    );
  }, [query, typesKey]);
  return state;
}
