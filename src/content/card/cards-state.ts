/**
 * The page's card windows as one state value and a pure reducer over it: which windows
 * are open (each one's entity stack, view, pin, position and stacking order) and which
 * one is the hover card. The controller (controller.tsx) dispatches these actions, runs
 * their side effects (loading, timers, focus) and renders the state after each one.
 */
import type { ResolvedAnchor } from './anchor';
import type { CardView, CardWindowModel } from './card-window';
import type { Point } from './position';

export interface CardsState {
  readonly windows: readonly CardWindowModel[];
  /** The hover card: the one unpinned window, which closes when the pointer leaves (null: none). */
  readonly hoverKey: number | null;
  /** The key the next window gets. */
  readonly nextKey: number;
  /** The highest stacking order given so far. */
  readonly topZ: number;
}

export const NO_CARDS: CardsState = { windows: [], hoverKey: null, nextKey: 1, topZ: 0 };

export type CardsAction =
  /**
   * A new hover card (key `nextKey`) for entity `id`, on top; `focus`: opened from the keyboard;
   * `expanded`: showing the full briefing; `view`: what it shows at once (default: nothing yet).
   */
  | { type: 'open'; id: string; anchor: ResolvedAnchor; pointer?: Point; focus: boolean; expanded: boolean; view?: CardView }
  | { type: 'close'; key: number }
  | { type: 'closeAll' }
  /** The window follows the same entity's mention elsewhere. */
  | { type: 'reanchor'; key: number; anchor: ResolvedAnchor; pointer?: Point }
  /** Focus moves into the window. */
  | { type: 'focus'; key: number }
  /** What entity `id` shows (data, loading, missing, error); ignored once the window shows another entity. */
  | { type: 'view'; key: number; id: string; view: CardView }
  /** A related link or back: the window shows the stack's last entity, keeping focus inside when `focus`. */
  | { type: 'navigate'; key: number; stack: string[]; backLabel: string | null; focus: boolean }
  /** The window stays open (pinned), at `position` when dragged; it is no longer the hover card. Pinned with its button, it expands. */
  | { type: 'pin'; key: number; position?: Point; expand: boolean }
  /** The window shows the full briefing (true) or the compact quick look (false). */
  | { type: 'expand'; key: number; expanded: boolean }
  /** A pinned window becomes the hover card. */
  | { type: 'unpin'; key: number }
  | { type: 'move'; key: number; position: Point }
  | { type: 'raise'; key: number };

const currentId = (w: CardWindowModel) => w.stack[w.stack.length - 1]!;

function patch(state: CardsState, key: number, change: (w: CardWindowModel) => Partial<CardWindowModel> | null): CardsState {
  const w = state.windows.find((x) => x.key === key);
  const fields = w && change(w);
  if (!fields) return state;
  return { ...state, windows: state.windows.map((x) => (x === w ? { ...x, ...fields } : x)) };
}

export function reduceCards(state: CardsState, action: CardsAction): CardsState {
  switch (action.type) {
    case 'open': {
      const key = state.nextKey;
      const z = state.topZ + 1;
      const model: CardWindowModel = {
        key,
        anchor: action.anchor,
        stack: [action.id],
        view: action.view ?? { status: 'pending' },
        pinned: false,
        expanded: action.expanded,
        position: null,
        focusRequest: action.focus ? 1 : 0,
        backLabel: null,
        z,
        ...(action.pointer ? { pointer: action.pointer } : {}),
      };
      return { windows: [...state.windows, model], hoverKey: key, nextKey: key + 1, topZ: z };
    }
    case 'close':
      return {
        ...state,
        windows: state.windows.filter((w) => w.key !== action.key),
        hoverKey: state.hoverKey === action.key ? null : state.hoverKey,
      };
    case 'closeAll':
      return { ...state, windows: [], hoverKey: null };
    case 'reanchor':
      return patch(state, action.key, () => (action.pointer ? { anchor: action.anchor, pointer: action.pointer } : { anchor: action.anchor }));
    case 'focus':
      return patch(state, action.key, (w) => ({ focusRequest: w.focusRequest + 1 }));
    case 'view':
      return patch(state, action.key, (w) => (currentId(w) === action.id ? { view: action.view } : null));
    case 'navigate':
      return patch(state, action.key, (w) => ({
        stack: action.stack,
        backLabel: action.backLabel,
        focusRequest: w.focusRequest + (action.focus ? 1 : 0),
      }));
    case 'pin': {
      const pinned = patch(state, action.key, (w) => ({
        pinned: true,
        expanded: w.expanded || action.expand,
        ...(action.position ? { position: action.position } : {}),
      }));
      return pinned.hoverKey === action.key ? { ...pinned, hoverKey: null } : pinned;
    }
    case 'unpin': {
      const unpinned = patch(state, action.key, () => ({ pinned: false }));
      return unpinned === state ? state : { ...unpinned, hoverKey: action.key };
    }
    case 'expand':
      return patch(state, action.key, (w) => (w.expanded === action.expanded ? null : { expanded: action.expanded }));
    case 'move':
      return patch(state, action.key, () => ({ position: action.position }));
    case 'raise': {
      const z = state.topZ + 1;
      const raised = patch(state, action.key, (w) => (w.z === state.topZ ? null : { z }));
      return raised === state ? state : { ...raised, topZ: z };
    }
  }
}
