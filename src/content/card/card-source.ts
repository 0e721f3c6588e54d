/**
 * Where the hover card's data comes from: the background (`getCard`) behind a small
 * in-tab LRU cache, so repeat hovers render synchronously. Concurrent requests for the
 * same id share one message; failures are not cached (the next hover asks again).
 */
import type { CardData } from '../../shared/card';
import { sendToBackground } from '../../shared/messaging';

export const CARD_CACHE_SIZE = 64;

export type CardLoader = (id: string) => Promise<CardData | null>;

export interface CardSource {
  /** The cached card (null: the background knows no such id), or undefined when not cached. */
  peek(id: string): CardData | null | undefined;
  /** The card from the cache, or from the background (then cached). */
  load(id: string): Promise<CardData | null>;
}

export const loadFromBackground: CardLoader = (id) => sendToBackground('getCard', { id });

export function createCardSource(loader: CardLoader = loadFromBackground, capacity = CARD_CACHE_SIZE): CardSource {
  const cache = new Map<string, CardData | null>();
  const pending = new Map<string, Promise<CardData | null>>();

  function remember(id: string, card: CardData | null): void {
    cache.delete(id);
    cache.set(id, card);
    while (cache.size > capacity) cache.delete(cache.keys().next().value as string);
  }

  function peek(id: string): CardData | null | undefined {
    if (!cache.has(id)) return undefined;
    const card = cache.get(id) as CardData | null;
    remember(id, card);
    return card;
  }

  function load(id: string): Promise<CardData | null> {
    const cached = peek(id);
    if (cached !== undefined) return Promise.resolve(cached);
    const inFlight = pending.get(id);
    if (inFlight) return inFlight;
    const request = loader(id)
      .then((card) => {
        remember(id, card);
        return card;
      })
      .finally(() => pending.delete(id));
    pending.set(id, request);
    return request;
  }

  return { peek, load };
}
