/**
 * One hover-card window: a non-modal `role="dialog"` named by the card's heading, with
 * a title bar (back, drag area, pin toggle, close) and the compact CardBody, or its
 * loading / not-found / error state. It positions itself by its anchor (or at the spot
 * it was dragged to), moves focus into itself when asked, and closes on Esc. All state
 * lives in the controller; this component only renders it and reports what the reader did.
 */
import type { ComponentChildren } from 'preact';
import { useId, useLayoutEffect, useRef } from 'preact/hooks';
import type { CardData } from '../../shared/card';
import type { Lang } from '../../shared/model';
import { CardBody } from '../../shared/ui/card-body';
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
  openDetails(id: string): void;
  retry(key: number): void;
  pointerEnter(key: number): void;
  pointerLeave(key: number): void;
  raise(key: number): void;
  dragStart(key: number, from: Point): void;
  dragEnd(key: number, to: Point): void;
  anchorLost(key: number): void;
}

function StateView({ headingId, title, children }: { headingId: string; title: string; children?: ComponentChildren }) {
  return (
    <div class="bl-state">
      <h2 class="bl-name" id={headingId} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </div>
  );
}

function Content({ model, actions, headingId }: { model: CardWindowModel; actions: CardWindowActions; headingId: string }) {
  const { view, key } = model;
  switch (view.status) {
    case 'ready':
      return (
        <CardBody
          card={view.card}
          lang={actions.lang}
          mode="compact"
          headingId={headingId}
          onOpenEntity={(id) => actions.openEntity(key, id)}
          onCopyCitation={() => actions.copyCitation(key)}
          actions={
            <button type="button" class="bl-button" onClick={() => actions.openDetails(view.card.entity.id)}>
              {t('card_open_details')}
            </button>
          }
        />
      );
    case 'missing':
      return (
        <StateView headingId={headingId} title={t('card_error_title')}>
          <p>{t('card_not_found')}</p>
        </StateView>
      );
    case 'error':
      return (
        <StateView headingId={headingId} title={t('card_error_title')}>
          <p class="bl-error">{t('card_error_store')}</p>
          <p class="bl-error-detail">{t('card_error_detail', view.detail)}</p>
          <button type="button" class="bl-button" onClick={() => actions.retry(key)}>
            {t('card_retry')}
          </button>
        </StateView>
      );
    default:
      return <StateView headingId={headingId} title={t('card_loading')} />;
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
        <span class="bl-grip" aria-hidden="true" />
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
