/**
 * One hover-card window: a non-modal `role="dialog"` named by the card's heading, with
 * a title bar (back, the name as heading and drag area, pin toggle, close) and the
 * CardBody, compact or expanded in place ("More" / "Less", or Enter on the window), or its
 * loading / not-found / error state. The footer's "Open in side panel" opens the full
 * briefing beside the page where the browser allows it from a click in the page, else in
 * a tab. It positions itself by its anchor (or at the spot it was dragged to), moves focus
 * into itself when asked, and closes on Esc. All state lives in the controller; this
 * component only renders it and reports what the reader did.
 */
import { useId, useLayoutEffect, useRef } from 'preact/hooks';
import type { CardData } from '../../shared/card';
import type { Lang } from '../../shared/model';
import { CardBody, CardName } from '../../shared/ui/card-body';
import { t } from '../../shared/ui/i18n';
import type { ResolvedAnchor } from './anchor';
import { startDrag } from './drag';
import { BackIcon, CloseIcon, PinIcon } from './icons';
import { placeAt, trackAnchor, type Point } from './position';

export type CardView =
  | { status: 'pending' }
  | { status: 'loading' }
  | { status: 'ready'; card: CardData }
  | { status: 'missing' }
  | { status: 'error'; detail: string };

export interface CardWindowModel {
  key: number;
  anchor: ResolvedAnchor;
  /** Pointer position when opened, to pick the line of a wrapped mention. */
  pointer?: Point;
  /** Entity ids shown in this window, the current one last (related links push, back pops). */
  stack: string[];
  view: CardView;
  pinned: boolean;
  /** Showing the full briefing in place rather than the compact quick look. */
  expanded: boolean;
  /** Host-local position once dragged; the window then no longer follows its anchor. */
  position: Point | null;
  /** Bumped whenever focus should move into the window. */
  focusRequest: number;
  /** Accessible name of the back button (null: nothing to go back to). */
  backLabel: string | null;
  /** Stacking order among the windows; the last one pressed is on top. */
  z: number;
}

export interface CardWindowActions {
  lang: Lang;
  back(key: number): void;
  openEntity(key: number, id: string): void;
  togglePin(key: number): void;
  close(key: number): void;
  copyCitation(key: number): Promise<boolean>;
  /** The full briefing beside the page (`panel`: the browser's side panel; `tab`: an extension tab). */
  openFull(id: string): void;
  /** Where openFull shows the briefing in this browser. */
  fullIn: 'panel' | 'tab';
  expand(key: number, expanded: boolean): void;
  retry(key: number): void;
  pointerEnter(key: number): void;
  pointerLeave(key: number): void;
  raise(key: number): void;
  dragStart(key: number, from: Point): void;
  dragEnd(key: number, to: Point): void;
  anchorLost(key: number): void;
}

/** The window's heading: the entity's name once it is shown, else what the window is doing. */
function Title({ model, lang, headingId }: { model: CardWindowModel; lang: Lang; headingId: string }) {
  const { view } = model;
  if (view.status === 'ready') return <CardName entity={view.card.entity} lang={lang} id={headingId} />;
  return (
    <h2 class="bl-name" id={headingId} tabIndex={-1}>
      {view.status === 'missing' || view.status === 'error' ? t('card_error_title') : t('card_loading')}
    </h2>
  );
}

function Content({ model, actions, headingId }: { model: CardWindowModel; actions: CardWindowActions; headingId: string }) {
  const { view, key, expanded } = model;
  switch (view.status) {
    case 'ready': {
      const id = view.card.entity.id;
      return (
        <CardBody
          card={view.card}
          lang={actions.lang}
          mode={expanded ? 'full' : 'compact'}
          headingId={headingId}
          showName={false}
          onOpenEntity={(other) => actions.openEntity(key, other)}
          {...(expanded ? { onCopyCitation: () => actions.copyCitation(key) } : {})}
          actions={
            <>
              <button type="button" class="bl-button" aria-expanded={expanded ? 'true' : 'false'} onClick={() => actions.expand(key, !expanded)}>
                {expanded ? t('card_less') : t('card_more')}
              </button>
              <button type="button" class="bl-button" onClick={() => actions.openFull(id)}>
                {actions.fullIn === 'panel' ? t('card_open_side_panel') : t('card_open_tab')}
              </button>
            </>
          }
        />
      );
    }
    case 'missing':
      return (
        <div class="bl-state">
          <p>{t('card_not_found')}</p>
        </div>
      );
    case 'error':
      return (
        <div class="bl-state">
          <p class="bl-error">{t('card_error_store')}</p>
          <p class="bl-error-detail">{t('card_error_detail', view.detail)}</p>
          <button type="button" class="bl-button" onClick={() => actions.retry(key)}>
            {t('card_retry')}
          </button>
        </div>
      );
    default:
      return null;
  }
}

export function CardWindow({ model, actions }: { model: CardWindowModel; actions: CardWindowActions }) {
  const windowRef = useRef<HTMLDivElement>(null);
  const barRef = useRef<HTMLDivElement>(null);
  const focusedFor = useRef(0);
  const headingId = useId();
  const visible = model.view.status !== 'pending';
  const { key } = model;

  useLayoutEffect(() => {
    const el = windowRef.current;
    if (!el) return undefined;
    if (model.position) {
      placeAt(el, model.position);
      return undefined;
    }
    return trackAnchor(model.anchor, el, model.pointer, () => actions.anchorLost(key));
  }, [visible, model.anchor, model.pointer, model.position]);

  useLayoutEffect(() => {
    windowRef.current?.style.setProperty('z-index', String(model.z));
  }, [visible, model.z]);

  useLayoutEffect(() => {
    if (!visible || model.focusRequest === focusedFor.current) return;
    focusedFor.current = model.focusRequest;
    windowRef.current?.focus({ preventScroll: true });
  }, [visible, model.focusRequest]);

  if (!visible) return null;

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && !model.expanded && model.view.status === 'ready' && !(event.target as Element).closest('button, a')) {
      // Enter on the card itself (not on one of its controls) expands it, as "More" does.
      event.preventDefault();
      actions.expand(key, true);
      return;
    }
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    actions.close(key);
  };
  const onPointerDown = (event: PointerEvent) => {
    if (!barRef.current || !windowRef.current) return;
    startDrag(event, barRef.current, windowRef.current, {
      onStart: (from) => actions.dragStart(key, from),
      onEnd: (to) => actions.dragEnd(key, to),
    });
  };

  return (
    <div
      ref={windowRef}
      class="bl-window bl-theme"
      role="dialog"
      aria-labelledby={headingId}
      aria-busy={model.view.status === 'loading' ? 'true' : undefined}
      tabIndex={-1}
      data-key={String(key)}
      data-pinned={model.pinned ? '' : undefined}
      data-mode={model.expanded ? 'full' : 'compact'}
      onKeyDown={onKeyDown}
      onPointerEnter={() => actions.pointerEnter(key)}
      onPointerLeave={() => actions.pointerLeave(key)}
      onPointerDownCapture={() => actions.raise(key)}
    >
      <div class="bl-bar" ref={barRef} title={t('card_drag_handle')} onPointerDown={onPointerDown}>
        {model.backLabel !== null && (
          <button type="button" class="bl-icon-button" aria-label={model.backLabel} onClick={() => actions.back(key)}>
            <BackIcon />
          </button>
        )}
        <div class="bl-title">
          <Title model={model} lang={actions.lang} headingId={headingId} />
        </div>
        <button
          type="button"
          class="bl-icon-button"
          aria-label={t('card_pin')}
          aria-pressed={model.pinned ? 'true' : 'false'}
          onClick={() => actions.togglePin(key)}
        >
          <PinIcon />
        </button>
        <button type="button" class="bl-icon-button" aria-label={t('card_close')} onClick={() => actions.close(key)}>
          <CloseIcon />
        </button>
      </div>
      <div class="bl-scroll">
        <Content model={model} actions={actions} headingId={headingId} />
      </div>
    </div>
  );
}
