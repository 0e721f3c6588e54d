/**
 * The hover-card controller: owns every card window on the page (at most one transient
 * hover card plus any number of pinned ones), their data, timing, focus and lifetime.
 * The windows are one state value changed only through the reducer in cards-state.ts
 * (each change re-renders them); this module runs the side effects around it. The
 * highlighter calls it; it never looks at highlights itself.
 *
 *   const cards = createCardController({ signal, lang, hoverGraceMs, fullIn, onOpenFull, alwaysExpanded?, host? });
 *
 * `lang` is the page's language (`langFromTag(document.documentElement.lang)`); `host` is
 * the element to put the closed shadow root on (e.g. the content script's
 * `<briefing-lens-ui>`), else the controller appends a `<briefing-lens-ui>` of its own to <html>.
 *
 * - `cards.show(target, id, opts?) → Promise<void>`: open the card for entity `id` by
 *   `target` (the mention's Range/StaticRange, an element, or any `{ getBoundingClientRect,
 *   getClientRects?, contextElement? }`). Call it once the caller's intent delay has
 *   passed. Showing the entity already shown by the hover card keeps that card (only
 *   re-anchoring it when the range differs), so moving along a long name never flickers.
 *   `opts.byKeyboard` (the shortcut) moves focus into the card and back to
 *   `opts.returnFocus` (default: the element focused before) when it closes; hover-opened
 *   cards never take focus. `opts.pointer` (viewport x/y) picks the hovered line of a
 *   wrapped mention. Resolves when the card shows its data, "not found" or an error.
 * - `cards.hideSoon()`: the pointer left the term; the hover card closes after
 *   `hoverGraceMs` (default 300) unless the pointer reaches the card first or focus is in it.
 * - `cards.hideNow()`: close the hover card at once (pinned cards stay).
 * - `cards.hideAll()`: close every card, pinned ones too (e.g. highlighting turned off).
 * - `cards.isPointerInside(x, y)`: whether a viewport point is over any card window.
 * - `cards.contains(node)`: whether a node (e.g. an event target) is the cards' host or inside it.
 * - `cards.pinnedCount()`: how many pinned cards are open.
 * - `cards.destroy()`: close everything and remove our content, and the host if the
 *   controller created it (also on `signal` abort).
 *
 * Inside a card: "More" (or Enter on the card) expands it in place, "Less" makes it
 * compact again; related links open that entity in place (with a back button); the pin
 * button keeps it open and expands it (dragging the title bar pins and moves it); copy
 * citation (expanded); "Open in side panel" or "Open in a tab" (→ `onOpenFull(id)`, as
 * `fullIn` says); close button and Esc. Cards open compact unless `alwaysExpanded()`
 * (the reader's setting). A pointer press outside the
 * cards, or Esc on the page, closes the hover card. Data comes from the background
 * through a 64-entry LRU cache; "Loading" appears only after 100 ms.
 */
import { render } from 'preact';
import type { CardData } from '../../shared/card';
import type { Lang } from '../../shared/model';
import { formatCitation } from '../../shared/ui/citation';
import { copyText } from '../../shared/ui/clipboard';
import { pick } from '../../shared/ui/format';
import { t } from '../../shared/ui/i18n';
import { resolveAnchor, sameAnchor, type CardAnchor } from './anchor';
import { createCardSource, type CardSource } from './card-source';
import { NO_CARDS, reduceCards, type CardsAction, type CardsState } from './cards-state';
import { CardWindow, type CardView, type CardWindowActions, type CardWindowModel } from './card-window';
import { createCardHost } from './host';
import type { Point } from './position';

export const DEFAULT_HOVER_GRACE_MS = 300;
/** A card whose data takes longer than this shows "Loading"; faster ones appear complete. */
export const LOADING_DELAY_MS = 100;

export interface CardControllerOptions {
  /** Aborting it destroys the controller (listeners, timers, host). */
  signal?: AbortSignal;
  /** The page's language: cards show the data's text in it (English where there is none). */
  lang: Lang;
  /** How long the hover card stays after the pointer left both the term and the card. */
  hoverGraceMs?: number;
  /** The reader chose to open entity `id`'s full briefing beside the page (side panel, or a tab where `fullIn` is `tab`). */
  onOpenFull: (id: string) => void;
  /** Where `onOpenFull` shows the briefing: the browser's side panel, or an extension tab. */
  fullIn: 'panel' | 'tab';
  /** Whether cards open expanded (the reader's "always expanded" setting); default: never. */
  alwaysExpanded?: () => boolean;
  /** Where cards come from; default: the background behind a 64-entry LRU cache. */
  source?: CardSource;
  /**
   * The element to host the cards' closed shadow root (it must not have one yet), e.g. the
   * content script's `<briefing-lens-ui>`; default: a `<briefing-lens-ui>` of our own.
   */
  host?: HTMLElement;
}

export interface ShowOptions {
  /** Opened with the keyboard shortcut: focus moves into the card, and back on close. */
  byKeyboard?: boolean;
  /** Where focus returns when a keyboard-opened card closes (default: the element focused before). */
  returnFocus?: HTMLElement | null;
  /** The pointer's viewport position, to anchor to the hovered line of a wrapped mention. */
  pointer?: Point;
}

export interface CardController {
  show(target: CardAnchor, id: string, opts?: ShowOptions): Promise<void>;
  hideSoon(): void;
  hideNow(): void;
  hideAll(): void;
  isPointerInside(x: number, y: number): boolean;
  contains(node: Node | null): boolean;
  pinnedCount(): number;
  destroy(): void;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function viewOf(card: CardData | null): CardView {
  return card ? { status: 'ready', card } : { status: 'missing' };
}

/** What the controller keeps beside the state for an open window: side-effect bookkeeping, never rendered. */
interface WindowSide {
  /** Where focus returns when the window closes (keyboard-opened windows only). */
  returnFocus?: HTMLElement | null;
  pointerInside: boolean;
  /** The entity id whose data the window is waiting for. */
  waitingFor?: string;
}

/**
 * The controller together with its closed shadow root. Extension code uses
 * `createCardController`; tests use this to look inside the cards.
 */
export function mountCardController(options: CardControllerOptions): { controller: CardController; root: ShadowRoot } {
  const { lang, onOpenFull, fullIn } = options;
  const alwaysExpanded = options.alwaysExpanded ?? (() => false);
  const graceMs = options.hoverGraceMs ?? DEFAULT_HOVER_GRACE_MS;
  const source = options.source ?? createCardSource();
  const { host, root, mount, attach, remove } = createCardHost(options.host);
  const listeners = new AbortController();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const sides = new Map<number, WindowSide>();
  /** Entity names seen so far, for the back button's label. */
  const names = new Map<string, string>();

  let state: CardsState = NO_CARDS;
  let hideTimer: ReturnType<typeof setTimeout> | null = null;
  let destroyed = false;

  /** The one way the windows change: reduce, then render the new state. */
  function dispatch(action: CardsAction): void {
    state = reduceCards(state, action);
    if (destroyed) return;
    render(
      state.windows.map((w) => <CardWindow key={w.key} model={w} actions={actions} />),
      mount,
    );
  }

  function later(fn: () => void, ms: number): ReturnType<typeof setTimeout> {
    const timer = setTimeout(() => {
      timers.delete(timer);
      fn();
    }, ms);
    timers.add(timer);
    return timer;
  }

  function cancel(timer: ReturnType<typeof setTimeout> | null): void {
    if (timer === null) return;
    clearTimeout(timer);
    timers.delete(timer);
  }

  const find = (key: number) => state.windows.find((w) => w.key === key);
  const currentId = (w: CardWindowModel) => w.stack[w.stack.length - 1]!;
  const windowElement = (key: number) => mount.querySelector<HTMLElement>(`[data-key="${key}"]`);

  function focusInside(key: number): boolean {
    const active = root.activeElement;
    return !!active && !!windowElement(key)?.contains(active);
  }

  function backLabel(stack: string[]): string | null {
    if (stack.length < 2) return null;
    const previous = stack[stack.length - 2]!;
    return t('card_back', names.get(previous) ?? previous);
  }

  function setView(key: number, id: string, view: CardView): void {
    const w = find(key);
    if (!w || currentId(w) !== id) return;
    if (view.status === 'ready') names.set(id, pick(view.card.entity.name, lang).text);
    dispatch({ type: 'view', key, id, view });
  }

  /**
   * Shows entity `id` in window `key`: at once from the cache, else after loading. A window
   * already on screen keeps its content while waiting (no flicker); "Loading" replaces it
   * only when the data takes longer than LOADING_DELAY_MS.
   */
  function loadInto(key: number, id: string): Promise<void> {
    const side = sides.get(key);
    const cached = source.peek(id);
    if (cached !== undefined) {
      if (side) delete side.waitingFor;
      setView(key, id, viewOf(cached));
      return Promise.resolve();
    }
    if (side) side.waitingFor = id;
    const awaited = () => sides.get(key)?.waitingFor === id;
    const slow = later(() => {
      if (awaited()) setView(key, id, { status: 'loading' });
    }, LOADING_DELAY_MS);
    const settle = (view: CardView) => {
      cancel(slow);
      if (!awaited()) return;
      delete sides.get(key)!.waitingFor;
      setView(key, id, view);
    };
    return source.load(id).then(
      (card) => settle(viewOf(card)),
      (error: unknown) => settle({ status: 'error', detail: describe(error) }),
    );
  }

  function close(key: number, restoreFocus = true): void {
    const hadFocus = focusInside(key);
    if (state.hoverKey === key) cancelHide();
    const target = sides.get(key)?.returnFocus;
    sides.delete(key);
    dispatch({ type: 'close', key });
    if (hadFocus && restoreFocus && target?.isConnected) target.focus({ preventScroll: true });
  }

  function cancelHide(): void {
    cancel(hideTimer);
    hideTimer = null;
  }

  const pointerIn = (key: number) => sides.get(key)?.pointerInside === true;

  function hideSoon(): void {
    if (destroyed || state.hoverKey === null || pointerIn(state.hoverKey)) return;
    cancelHide();
    hideTimer = later(() => {
      hideTimer = null;
      const key = state.hoverKey;
      if (key !== null && !pointerIn(key) && !focusInside(key)) close(key);
    }, graceMs);
  }

  function hideNow(): void {
    cancelHide();
    if (state.hoverKey !== null) close(state.hoverKey);
  }

  function hideAll(): void {
    cancelHide();
    for (const w of state.windows) close(w.key);
  }

  function navigate(key: number, stack: string[]): void {
    dispatch({ type: 'navigate', key, stack, backLabel: backLabel(stack), focus: focusInside(key) });
    void loadInto(key, stack[stack.length - 1]!);
  }

  /** Stops the window being the hover card (pinned or dragged): it no longer closes by itself; `expand`: it also shows the full briefing. */
  function pin(key: number, expand: boolean, position?: Point): void {
    if (state.hoverKey === key) cancelHide();
    dispatch({ type: 'pin', key, expand, ...(position ? { position } : {}) });
  }

  const actions: CardWindowActions = {
    lang,
    back(key) {
      const w = find(key);
      if (w && w.stack.length > 1) navigate(key, w.stack.slice(0, -1));
    },
    openEntity(key, id) {
      const w = find(key);
      if (w && currentId(w) !== id) navigate(key, [...w.stack, id]);
    },
    togglePin(key) {
      const w = find(key);
      if (!w) return;
      if (!w.pinned) {
        pin(key, true);
        return;
      }
      if (state.hoverKey !== null) close(state.hoverKey, false);
      dispatch({ type: 'unpin', key });
      hideSoon();
    },
    close: (key) => close(key),
    async copyCitation(key) {
      const w = find(key);
      if (!w || w.view.status !== 'ready') return false;
      return copyText(formatCitation(w.view.card, location.href, lang), root);
    },
    openFull: (id) => onOpenFull(id),
    fullIn,
    expand: (key, expanded) => dispatch({ type: 'expand', key, expanded }),
    retry(key) {
      const w = find(key);
      if (w) void loadInto(key, currentId(w));
    },
    pointerEnter(key) {
      const side = sides.get(key);
      if (side) side.pointerInside = true;
      if (key === state.hoverKey) cancelHide();
    },
    pointerLeave(key) {
      const side = sides.get(key);
      if (side) side.pointerInside = false;
      if (key === state.hoverKey) hideSoon();
    },
    raise: (key) => dispatch({ type: 'raise', key }),
    dragStart: (key, from) => pin(key, false, from),
    dragEnd: (key, to) => dispatch({ type: 'move', key, position: to }),
    anchorLost(key) {
      const w = find(key);
      if (!w) return;
      if (!w.pinned) {
        close(key, true);
        return;
      }
      const el = windowElement(key);
      dispatch({ type: 'move', key, position: { x: Number.parseFloat(el?.style.left ?? '') || 0, y: Number.parseFloat(el?.style.top ?? '') || 0 } });
    },
  };

  /** The page element focused now (not our own host), for returning focus later. */
  function pageFocus(): HTMLElement | null {
    const active = document.activeElement;
    return active instanceof HTMLElement && active !== host ? active : null;
  }

  function show(target: CardAnchor, id: string, opts: ShowOptions = {}): Promise<void> {
    if (destroyed) return Promise.resolve();
    attach();
    cancelHide();
    const byKeyboard = opts.byKeyboard === true;
    const current = state.hoverKey === null ? undefined : find(state.hoverKey);
    const pinned = state.windows.find((w) => w.pinned && currentId(w) === id && sameAnchor(w.anchor.source, target));
    const same = current && currentId(current) === id ? current : pinned;
    if (same) {
      if (same === pinned && current) close(current.key, !byKeyboard);
      if (same === current && !sameAnchor(current.anchor.source, target)) {
        dispatch({ type: 'reanchor', key: same.key, anchor: resolveAnchor(target), pointer: opts.pointer });
      }
      if (byKeyboard) {
        const side = sides.get(same.key)!;
        if (!focusInside(same.key)) side.returnFocus = opts.returnFocus ?? pageFocus();
        dispatch({ type: 'focus', key: same.key });
      }
      return Promise.resolve();
    }
    let carried: HTMLElement | null = null;
    if (current) {
      carried = sides.get(current.key)?.returnFocus ?? null;
      close(current.key, !byKeyboard);
    }
    const key = state.nextKey;
    sides.set(key, byKeyboard ? { pointerInside: false, returnFocus: opts.returnFocus ?? carried ?? pageFocus() } : { pointerInside: false });
    const open = { type: 'open', id, anchor: resolveAnchor(target), pointer: opts.pointer, focus: byKeyboard, expanded: alwaysExpanded() } as const;
    // A card in the cache shows in the same render that opens its window.
    const cached = source.peek(id);
    if (cached === undefined) {
      dispatch(open);
      return loadInto(key, id);
    }
    if (cached) names.set(id, pick(cached.entity.name, lang).text);
    dispatch({ ...open, view: viewOf(cached) });
    return Promise.resolve();
  }

  function destroy(): void {
    if (destroyed) return;
    render(null, mount);
    destroyed = true;
    listeners.abort();
    for (const timer of timers) clearTimeout(timer);
    timers.clear();
    sides.clear();
    dispatch({ type: 'closeAll' });
    remove();
  }

  const signal = listeners.signal;
  document.addEventListener(
    'pointerdown',
    (event) => {
      if (state.hoverKey !== null && !event.composedPath().includes(host)) {
        cancelHide();
        close(state.hoverKey, false);
      }
    },
    { capture: true, signal },
  );
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && state.hoverKey !== null && !event.composedPath().includes(host)) hideNow();
    },
    { signal },
  );
  if (options.signal?.aborted) destroy();
  else options.signal?.addEventListener('abort', destroy, { once: true, signal });

  const controller: CardController = {
    show,
    hideSoon,
    hideNow,
    hideAll,
    isPointerInside(x, y) {
      return [...mount.querySelectorAll<HTMLElement>('.bl-window')].some((el) => {
        const r = el.getBoundingClientRect();
        return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
      });
    },
    contains(node) {
      return !!node && (node === host || node.getRootNode() === root);
    },
    pinnedCount: () => state.windows.filter((w) => w.pinned).length,
    destroy,
  };
  return { controller, root };
}

/** Creates the page's card controller; see the module comment for the API. */
export function createCardController(options: CardControllerOptions): CardController {
  return mountCardController(options).controller;
}
