/** Keyboard shortcuts: the current keys from `browser.commands.getAll()`, and where each browser lets the reader change them. */
import { useEffect, useState } from 'preact/hooks';
import browser, { type Commands } from 'webextension-polyfill';
import { t } from '../shared/ui/i18n';

function isFirefox(): boolean {
  return browser.runtime.getURL('/').startsWith('moz-extension:');
}

export function Shortcuts() {
  const [commands, setCommands] = useState<Commands.Command[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    browser.commands.getAll().then(setCommands, (e: Error) => setError(e.message));
  }, []);

  return (
    <section class="panel" aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">{t('options_shortcutsTitle')}</h2>
      {error && (
        <p class="inline-error" role="alert">
          {t('options_shortcutsError', [error])}
        </p>
      )}
      {commands && (
        <dl class="shortcuts">
          {commands.map((command) => (
            <div class="shortcut" key={command.name}>
              <dt>{command.name === '_execute_action' ? t('options_shortcutOpenPopup') : command.description || command.name}</dt>
              <dd>{command.shortcut ? <kbd>{command.shortcut}</kbd> : <span class="status">{t('options_shortcutNone')}</span>}</dd>
            </div>
          ))}
        </dl>
      )}
      <p class="hint">{isFirefox() ? t('options_shortcutsHintFirefox') : t('options_shortcutsHintChrome')}</p>
    </section>
  );
}
