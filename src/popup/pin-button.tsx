/** Pin/unpin an entity (`listPins` to know its state, `setPin` to change it), with its outcome announced. */
import { useEffect, useState } from 'preact/hooks';
import { sendToBackground } from '../shared/messaging';
import { errorText } from '../shared/ui/error-text';
import { t } from '../shared/ui/i18n';

export function PinButton({ id }: { id: string }) {
  const [pinned, setPinned] = useState<boolean | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  useEffect(() => {
    sendToBackground('listPins', {}).then(
      (pins) => setPinned(pins.some((p) => p.id === id)),
      (e: Error) => setMessage({ text: t('popup_pinError', [errorText(e)]), error: true }),
    );
  }, [id]);

  const toggle = () =>
    sendToBackground('setPin', { id, pinned: !pinned }).then(
      (pins) => {
        const now = pins.some((p) => p.id === id);
        setPinned(now);
        setMessage({ text: now ? t('popup_pinned') : t('popup_unpinned'), error: false });
      },
      (e: Error) => setMessage({ text: t('popup_pinError', [errorText(e)]), error: true }),
    );

  return (
    <>
      <button type="button" class="bl-button pin" aria-pressed={pinned === true} disabled={pinned === null} onClick={toggle}>
        {pinned ? t('popup_unpin') : t('popup_pin')}
      </button>
      <span class={message?.error ? 'inline-error' : 'status'} role={message?.error ? 'alert' : 'status'}>
        {message?.text}
      </span>
    </>
  );
}
