/**
 * The extension's UI in the page: one `<briefing-lens-ui>` host element appended to
 * <html> (never <body>, so page transforms and layouts do not reach it), created on
 * first use (under a random-suffixed name if the page claimed that one as a custom
 * element that took the shadow root), and the hover-card controller living in its closed shadow root. The
 * highlighter may also put its fallback <style> in the host's light DOM.
 */
import browser from 'webextension-polyfill';
import { sendToBackground } from '../shared/messaging';
import { langFromTag } from '../shared/ui/format';
import { createCardController, type CardController } from './card/controller';
import { UI_HOST_TAG } from './highlight/collect';
import type { Mark } from './highlight/registry';

export interface ContentUi {
  /** The host element (created and attached on first call). */
  host: () => HTMLElement;
  /** Opens the card for a mark's entity; `pointer` picks the hovered line of a wrapped mention. */
  open(mark: Mark, id: string, options: { byKeyboard: boolean; pointer?: { x: number; y: number } }): void;
  hideSoon(): void;
  /** Closes every card, pinned ones included. */
  hideAll(): void;
  isPointInside(x: number, y: number): boolean;
}

/**
 * Where a card's "open the full briefing" goes: Chromium opens its side panel from a click
 * in the page (the background opens it within that click); Firefox opens its sidebar only
 * from its own UI, so there the briefing opens in an extension tab. The manifest says which.
 */
function fullBriefingIn(): 'panel' | 'tab' {
  return 'side_panel' in browser.runtime.getManifest() ? 'panel' : 'tab';
}

export function createUi(signal: AbortSignal, options: { alwaysExpanded: () => boolean }): ContentUi {
  let host: HTMLElement | null = null;
  let cards: CardController | null = null;

  const newHost = (tag: string): HTMLElement => {
    const el = document.createElement(tag);
    document.documentElement.appendChild(el);
    return el;
  };
  const ensureHost = (): HTMLElement => (host ??= newHost(UI_HOST_TAG));
  const fullIn = fullBriefingIn();
  const cardsOn = (el: HTMLElement): CardController =>
    createCardController({
      signal,
      lang: langFromTag(document.documentElement.lang),
      host: el,
      fullIn,
      alwaysExpanded: options.alwaysExpanded,
      onOpenFull: (id) => {
        sendToBackground(fullIn === 'panel' ? 'openSidePanel' : 'openDetails', { id }).catch((error: unknown) =>
          console.warn('Briefing Lens: could not open the full briefing', error),
        );
      },
    });
  const ensureCards = (): CardController => {
    if (cards) return cards;
    try {
      cards = cardsOn(ensureHost());
    } catch {
      // The page defined a custom element with our host's name and it took the shadow root:
      // move to a name the page cannot guess.
      host?.remove();
      host = newHost(`${UI_HOST_TAG}-${Math.random().toString(36).slice(2, 10)}`);
      cards = cardsOn(host);
    }
    return cards;
  };
  signal.addEventListener('abort', () => host?.remove(), { once: true });

  return {
    host: ensureHost,
    open: (mark, id, { byKeyboard, pointer }) => {
      void ensureCards().show(mark.range, id, { byKeyboard, ...(pointer ? { pointer } : {}) });
    },
    hideSoon: () => cards?.hideSoon(),
    hideAll: () => cards?.hideAll(),
    isPointInside: (x, y) => cards?.isPointerInside(x, y) ?? false,
  };
}
