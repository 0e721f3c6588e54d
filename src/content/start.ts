/**
 * Starts the content script in a frame (loaded by the entry, index.ts): asks the
 * background for the reader's settings and the matcher bundle (compiled by the background from the enabled packs),
 * highlights the page, opens briefing cards on hover and from the keyboard shortcut, and
 * answers the popup and side panel (telling a watching panel when the page changes). Everything it sets up hangs off one AbortController: when the
 * extension is updated or removed (this script is orphaned) or highlighting is switched
 * off, it cleans up completely.
 * Firefox instead unloads an updated extension's content scripts outright (they get no
 * chance to clean up) and injects the new one into open tabs, so a starting script
 * first removes what an earlier instance left in the page.
 */
import browser from 'webextension-polyfill';
import { FLASH_NAME, FOCUS_NAME, HIGHLIGHT_NAME } from '../shared/highlight-look';
import { CodedError } from '../shared/errors';
import type { TabMessages } from '../shared/messages';
import { createRouter, sendToBackground, type Handlers, type Validators } from '../shared/messaging';
import { isSiteEnabled, type Settings } from '../shared/settings';
import { isUiHost } from './highlight/collect';
import { Highlighter } from './highlight/highlighter';
import { nextTask } from './highlight/schedule';
import { watchHoverIntent } from './hover/intent';
import { loadMatcher, type Matcher } from './match/create-matcher';
import { Navigator } from './navigate';
import { watchPageChanges } from './page-watch';
import { createUi, type ContentUi } from './ui';

const LOADED = Symbol.for('briefing-lens.content');

interface State {
  matcher: Matcher;
  settings: Settings;
  highlighter: Highlighter | null;
  /** Aborts the current highlighter's work (a new one is made when highlighting is turned back on). */
  pass: AbortController | null;
}

function extensionAlive(): boolean {
  try {
    return !!browser.runtime?.id;
  } catch {
    return false;
  }
}

/** Removes the UI hosts and highlights an earlier instance of this script left in the page. */
function removeLeftovers(): void {
  for (const el of [...document.documentElement.children]) if (isUiHost(el)) el.remove();
  for (const name of [HIGHLIGHT_NAME, FOCUS_NAME, FLASH_NAME]) CSS.highlights.delete(name);
}

/** The tab messages' params, checked by hand (the schema library stays out of the page's bundle). */
function bad(path: string, expected: string): never {
  throw new CodedError('bad-params', path, [{ code: 'invalid-value', path, expected }]);
}

const tabValidators: Validators<TabMessages> = {
  pageEntities: () => ({}),
  showMention: (p) => {
    const id = (p as { id?: unknown } | null)?.id;
    return typeof id === 'string' ? { id } : bad('id', 'text');
  },
  walkHighlight: (p) => {
    const direction = (p as { direction?: unknown } | null)?.direction;
    return direction === 1 || direction === -1 ? { direction } : bad('direction', 'one-of 1 | -1');
  },
  settingsChanged: (p) => {
    const settings = (p as { settings?: unknown } | null)?.settings;
    return settings && typeof settings === 'object' ? { settings: settings as Settings } : bad('settings', 'object');
  },
  packsChanged: () => ({}),
};

/** The start itself, in three tasks (see index.ts): the requests, the matcher, the rest. */
async function main(): Promise<void> {
  const marker = globalThis as { [LOADED]?: boolean };
  if (marker[LOADED] || !(document.documentElement instanceof HTMLElement)) return;
  marker[LOADED] = true;
  removeLeftovers();

  const life = new AbortController();
  const { signal } = life;
  const [{ settings }, firstBundle] = await Promise.all([
    sendToBackground('getSettings', { site: location.hostname }),
    sendToBackground('getMatcher', {}),
  ]);
  let bundle = firstBundle;
  await nextTask();
  const matcher = loadMatcher(bundle);
  await nextTask();
  const state: State = { matcher, settings, highlighter: null, pass: null };
  const ui: ContentUi = createUi(signal, { alwaysExpanded: () => state.settings.cardExpanded });
  const navigator = new Navigator(() => state.highlighter?.registry ?? null);
  let entityIndex = new Map(bundle.entities.map((e, i) => [e.id, i]));
  const pageChanged = watchPageChanges(signal);

  function shutdown(): void {
    if (signal.aborted) return;
    state.pass?.abort();
    navigator.dispose();
    life.abort();
    marker[LOADED] = false;
  }

  function clear(): void {
    state.pass?.abort();
    state.pass = null;
    state.highlighter = null;
    navigator.clearFocus();
    ui.hideAll();
  }

  function apply(next: Settings): void {
    state.settings = next;
    const on = isSiteEnabled(next, location.hostname);
    if (!on) {
      clear();
      pageChanged();
      return;
    }
    if (state.highlighter) {
      void state.highlighter.update(next);
      return;
    }
    state.pass = new AbortController();
    state.highlighter = new Highlighter({
      scanner: state.matcher,
      settings: next,
      signal: AbortSignal.any([signal, state.pass.signal]),
      uiHost: ui.host,
      onProgress: pageChanged,
    });
    void state.highlighter.start();
  }

  /** The enabled packs changed: a new matcher, and the page highlighted again from scratch. */
  async function reloadMatcher(): Promise<void> {
    const next = await sendToBackground('getMatcher', {});
    if (signal.aborted) return;
    bundle = next;
    entityIndex = new Map(next.entities.map((e, i) => [e.id, i]));
    state.matcher = loadMatcher(next);
    clear();
    pageChanged();
    apply(state.settings);
  }

  const handlers: Handlers<TabMessages> = {
    pageEntities: () => {
      const registry = state.highlighter?.registry;
      const counts = registry?.entityCounts() ?? new Map<number, number>();
      // Drawn entities in page order; those only over the drawing cap follow, most mentioned first.
      const order = registry?.entityOrder() ?? [];
      const rest = [...counts.keys()].filter((entity) => !order.includes(entity)).sort((a, b) => counts.get(b)! - counts.get(a)!);
      return {
        host: location.hostname,
        enabled: isSiteEnabled(state.settings, location.hostname),
        entities: [...order, ...rest].map((entity) => ({ id: bundle.entities[entity]!.id, count: counts.get(entity) ?? 0 })),
      };
    },
    showMention: ({ id }) => {
      const entity = entityIndex.get(id);
      return entity !== undefined && navigator.show(entity);
    },
    walkHighlight: ({ direction }) => {
      const mark = navigator.walk(direction);
      if (!mark) return false;
      ui.open(mark, bundle.entities[mark.entity]!.id, { byKeyboard: true });
      return true;
    },
    settingsChanged: ({ settings: next }) => {
      apply(next);
      return true as const;
    },
    packsChanged: () => {
      reloadMatcher().catch((error: unknown) => console.warn('Briefing Lens: could not load the new packs:', error instanceof Error ? error.message : error));
      return true as const;
    },
  };
  const router = createRouter(handlers, tabValidators);
  browser.runtime.onMessage.addListener(router);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(router));

  watchHoverIntent({
    signal,
    registry: () => (extensionAlive() ? (state.highlighter?.registry ?? null) : (shutdown(), null)),
    shadowRoots: () => state.highlighter?.shadowRoots ?? [],
    delay: () => state.settings.hoverDelay,
    overOwnUi: (x, y) => ui.isPointInside(x, y),
    onIntent: (mark, pointer) => ui.open(mark, bundle.entities[mark.entity]!.id, { byKeyboard: false, pointer }),
    onLeave: () => ui.hideSoon(),
  });
  document.addEventListener('visibilitychange', () => extensionAlive() || shutdown(), { signal });

  apply(settings);
}

/** Starts the content script; a failure is reported once in the console, not thrown. */
export function start(): Promise<void> {
  return main().catch((error: unknown) => {
    if (extensionAlive()) console.warn('Briefing Lens: could not start on this page:', error instanceof Error ? error.message : error);
  });
}
