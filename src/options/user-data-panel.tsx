/**
 * Export and import of the reader's own data (pins, notes, settings). Export downloads
 * `exportUserData` as a JSON file; import reads a file, rejects bad JSON here with a clear
 * message (sending nothing), and otherwise lets the background validate and write it all
 * or nothing, reporting what was imported or why the file was refused.
 */
import { useState } from 'preact/hooks';
import { sendToBackground } from '../shared/messaging';
import { errorText } from '../shared/ui/error-text';
import { t } from '../shared/ui/i18n';
import { download } from './download';

type Outcome = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; text: string } | { kind: 'error'; text: string };

export function exportFilename(now: Date): string {
  return `briefing-lens-data-${now.toISOString().slice(0, 10)}.json`;
}

export function UserDataPanel({ onImported }: { onImported: () => void }) {
  const [exportState, setExportState] = useState<Outcome>({ kind: 'idle' });
  const [importState, setImportState] = useState<Outcome>({ kind: 'idle' });

  const doExport = () => {
    setExportState({ kind: 'busy' });
    sendToBackground('exportUserData', {}).then(
      (data) => {
        download(JSON.stringify(data, null, 2), exportFilename(new Date()));
        setExportState({
          kind: 'done',
          text: t('options_exportDone', [String(data.pins.length), String(data.notes.length)]),
        });
      },
      (e: Error) => setExportState({ kind: 'error', text: t('options_exportError', [errorText(e)]) }),
    );
  };

  const doImport = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setImportState({ kind: 'busy' });
    let data: unknown;
    try {
      data = JSON.parse(await file.text());
    } catch (error) {
      setImportState({ kind: 'error', text: t('options_importBadJson', [file.name, error instanceof Error ? error.message : String(error)]) });
      input.value = '';
      return;
    }
    try {
      const report = await sendToBackground('importUserData', { data });
      setImportState({
        kind: 'done',
        text: t(report.settings ? 'options_importDoneWithSettings' : 'options_importDone', [String(report.pins), String(report.notes)]),
      });
      onImported();
    } catch (error) {
      setImportState({ kind: 'error', text: t('options_importRefused', [file.name, errorText(error)]) });
    }
    input.value = '';
  };

  const line = (state: Outcome) =>
    state.kind === 'error' ? (
      <p class="inline-error" role="alert">
        {state.text}
      </p>
    ) : (
      <p class="status" role="status">
        {state.kind === 'busy' ? t('options_working') : state.kind === 'done' ? state.text : ''}
      </p>
    );

  return (
    <section class="panel" aria-labelledby="data-title">
      <h2 id="data-title">{t('options_dataTitle')}</h2>
      <p class="hint">{t('options_dataHint')}</p>
      <div class="field">
        <button type="button" onClick={doExport} disabled={exportState.kind === 'busy'}>
          {t('options_export')}
        </button>
        {line(exportState)}
      </div>
      <div class="field">
        <label for="import-file">{t('options_importLabel')}</label>
        <input id="import-file" type="file" accept="application/json,.json" onChange={doImport} disabled={importState.kind === 'busy'} />
        {line(importState)}
      </div>
    </section>
  );
}
