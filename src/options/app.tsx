/**
 * The options page: highlight style, disabled sites, keyboard shortcuts, the briefing
 * packs and the reader's data. Settings save on every change; a status line says "Saved" or why not.
 */
import { t } from '../shared/ui/i18n';
import { CardOptions } from './card-options';
import { DisabledSites } from './disabled-sites';
import { HighlightStyle } from './highlight-style';
import { PacksPanel } from './packs-panel';
import { Shortcuts } from './shortcuts';
import { useSettings, type SaveStatus } from './use-settings';
import { UserDataPanel } from './user-data-panel';

function SaveLine({ status }: { status: SaveStatus }) {
  if (status.kind === 'error')
    return (
      <p class="save-status inline-error" role="alert">
        {t('options_saveError', [status.message])}
      </p>
    );
  return (
    <p class="save-status status" role="status">
      {status.kind === 'saving' ? t('options_saving') : status.kind === 'saved' ? t('options_saved') : ''}
    </p>
  );
}

export function App() {
  const { settings, loadError, status, save, reload } = useSettings();
  return (
    <main class="options">
      <header class="options-header">
        <h1>{t('options_title')}</h1>
        <SaveLine status={status} />
      </header>
      {loadError && (
        <p class="inline-error" role="alert">
          {t('options_loadError', [loadError])}
        </p>
      )}
      {!settings && !loadError && (
        <p class="status" role="status">
          {t('options_loading')}
        </p>
      )}
      {settings && (
        <>
          <HighlightStyle settings={settings} save={save} />
          <CardOptions settings={settings} save={save} />
          <DisabledSites settings={settings} save={save} />
        </>
      )}
      <Shortcuts />
      <PacksPanel />
      <UserDataPanel onImported={reload} />
    </main>
  );
}
