/**
 * The detail view for one entity: the shared card body in `full` mode (summary, facts
 * with dates and sources, disputes, relations as links, all quotes, timeline, sources,
 * copy citation) with back navigation, pin/unpin and the reader's note. Esc goes back.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CardData } from '../shared/card';
import type { Lang } from '../shared/model';
import { sendToBackground } from '../shared/messaging';
import { CARD_CSS } from '../shared/ui/card-css';
import { CardBody } from '../shared/ui/card-body';
import { formatCitation } from '../shared/ui/citation';
import { copyText } from '../shared/ui/clipboard';
import { errorText } from '../shared/ui/error-text';
import { t } from '../shared/ui/i18n';
import { NoteEditor } from './note-editor';
import { PinButton } from './pin-button';

type CardState = { status: 'loading' } | { status: 'missing' } | { status: 'error'; message: string } | { status: 'ready'; card: CardData };

const HEADING_ID = 'detail-title';

/** `backLabel`: the back button's text (the side panel collapses the row instead of going back). */
export function DetailView(props: { id: string; lang: Lang; onBack: () => void; onOpen: (id: string) => void; backLabel?: string }) {
  const { id, lang } = props;
  const [state, setState] = useState<CardState>({ status: 'loading' });
  const root = useRef<HTMLElement>(null);
  const back = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    sendToBackground('getCard', { id }).then(
      (card) => setState(card ? { status: 'ready', card } : { status: 'missing' }),
      (e: Error) => setState({ status: 'error', message: errorText(e) }),
    );
  }, [id]);

  useEffect(() => {
    // Screen readers land on the entity's name once it is there, on "Back" until then.
    const heading = state.status === 'ready' ? document.getElementById(HEADING_ID) : null;
    (heading ?? back.current)?.focus();
  }, [state.status]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || (event.target as HTMLElement).tagName === 'TEXTAREA') return;
    event.preventDefault();
    props.onBack();
  };

  const copyCitation = (card: CardData) => copyText(formatCitation(card, undefined, lang), root.current ?? document.body);

  return (
    <article class="detail" ref={root} onKeyDown={onKeyDown} aria-labelledby={state.status === 'ready' ? HEADING_ID : undefined}>
      <nav class="detail-nav">
        <button type="button" class="back" ref={back} onClick={props.onBack}>
          <span aria-hidden="true">← </span>
          {props.backLabel ?? t('popup_back')}
        </button>
      </nav>
      {state.status === 'loading' && (
        <p class="status" role="status">
          {t('popup_detailLoading')}
        </p>
      )}
      {state.status === 'missing' && (
        <div class="message" role="alert">
          <p class="message-title">{t('popup_detailMissingTitle')}</p>
          <p>{t('popup_detailMissingText')}</p>
        </div>
      )}
      {state.status === 'error' && (
        <div class="message" role="alert">
          <p class="message-title">{t('popup_storeErrorTitle')}</p>
          <p>{t('popup_storeErrorText', [state.message])}</p>
        </div>
      )}
      {state.status === 'ready' && (
        <>
          <style>{CARD_CSS}</style>
          <div class="bl-theme detail-card">
            <CardBody
              card={state.card}
              lang={lang}
              mode="full"
              headingId={HEADING_ID}
              onOpenEntity={props.onOpen}
              onCopyCitation={() => copyCitation(state.card)}
              actions={<PinButton id={state.card.entity.id} />}
            />
          </div>
          <NoteEditor id={state.card.entity.id} />
        </>
      )}
    </article>
  );
}
