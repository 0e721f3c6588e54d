/** The reader's personal note on an entity: loaded with `getNote`, saved with `setNote` (empty deletes it). */
import { useEffect, useState } from 'preact/hooks';
import { sendToBackground } from '../shared/messaging';
import { errorText } from '../shared/ui/error-text';
import { t } from '../shared/ui/i18n';

type Status = { kind: 'loading' } | { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; deleted: boolean } | { kind: 'error'; message: string };

export function NoteEditor({ id }: { id: string }) {
  const [saved, setSaved] = useState('');
  const [text, setText] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'loading' });

  useEffect(() => {
    sendToBackground('getNote', { id }).then(
      (note) => {
        setSaved(note?.text ?? '');
        setText(note?.text ?? '');
        setStatus({ kind: 'idle' });
      },
      (e: Error) => setStatus({ kind: 'error', message: t('popup_noteLoadError', [errorText(e)]) }),
    );
  }, [id]);

  const save = () => {
    setStatus({ kind: 'saving' });
    sendToBackground('setNote', { id, text: text.trim() }).then(
      (note) => {
        setSaved(note?.text ?? '');
        setText(note?.text ?? '');
        setStatus({ kind: 'saved', deleted: note === null });
      },
      (e: Error) => setStatus({ kind: 'error', message: t('popup_noteSaveError', [errorText(e)]) }),
    );
  };

  const dirty = text.trim() !== saved;
  return (
    <section class="note" aria-labelledby="note-title">
      <h3 id="note-title">{t('popup_noteTitle')}</h3>
      <textarea
        id="note-text"
        aria-labelledby="note-title"
        aria-describedby="note-status"
        rows={3}
        placeholder={t('popup_notePlaceholder')}
        disabled={status.kind === 'loading'}
        value={text}
        onInput={(e) => {
          setText(e.currentTarget.value);
          if (status.kind === 'saved') setStatus({ kind: 'idle' });
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && dirty) {
            e.preventDefault();
            save();
          }
        }}
      />
      <div class="note-actions">
        <button type="button" onClick={save} disabled={!dirty || status.kind === 'saving' || status.kind === 'loading'}>
          {t('popup_noteSave')}
        </button>
        <span id="note-status" class={status.kind === 'error' ? 'inline-error' : 'status'} role={status.kind === 'error' ? 'alert' : 'status'}>
          {status.kind === 'saving' && t('popup_noteSaving')}
          {status.kind === 'saved' && (status.deleted ? t('popup_noteDeleted') : t('popup_noteSaved'))}
          {status.kind === 'error' && status.message}
        </span>
      </div>
    </section>
  );
}
