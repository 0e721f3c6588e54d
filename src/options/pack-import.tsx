/**
 * Adding a briefing pack: a drop zone that takes a file dropped on it or chosen with its
 * file picker (keyboard: the picker), the import's progress bar through the upload and the
 * background's phases with a way to cancel while the file is sent, and, when the file
 * holds an older version than the installed one, the reader's confirmation before the
 * whole import runs again allowing the downgrade. What the import did or why it was
 * refused goes to the panel's status line (`onDone`, `onError`, `onNote`).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { CodedError } from '../shared/errors';
import { PACK_MAX_BYTES, type PackImportReport } from '../shared/packs';
import { errorText } from '../shared/ui/error-text';
import { t } from '../shared/ui/i18n';
import { importPackFile, ImportCancelled, megabytes, type ImportPhase, type ImportProgress } from './pack-upload';

const PHASES: readonly ImportPhase[] = ['upload', 'checking', 'writing', 'indexing'];

/** The whole import as one bar: each phase an equal part, filled by its own progress. */
function progressValue({ phase, done, total }: ImportProgress): number {
  const part = total > 0 ? Math.min(1, Math.max(0, done / total)) : 0;
  return (PHASES.indexOf(phase) + part) / PHASES.length;
}

function phaseText(phase: ImportPhase, file: string): string {
  return phase === 'upload' ? t('options_packPhase_upload', [file]) : t(`options_packPhase_${phase}` as const);
}

type State =
  | { kind: 'idle' }
  | { kind: 'running'; file: string; progress: ImportProgress; controller: AbortController }
  | { kind: 'downgrade'; file: File; refused: string };

export function PackImport(props: { onDone: (report: PackImportReport) => void; onError: (text: string) => void; onNote: (text: string) => void; onStart: () => void }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const running = state.kind === 'running';

  useEffect(() => {
    if (state.kind === 'downgrade') confirmButton.current?.focus();
  }, [state.kind]);

  const run = async (file: File, allowDowngrade = false) => {
    const controller = new AbortController();
    props.onStart();
    setState({ kind: 'running', file: file.name, progress: { phase: 'upload', done: 0, total: file.size }, controller });
    try {
      const report = await importPackFile(file, {
        allowDowngrade,
        signal: controller.signal,
        onProgress: (progress) => setState((current) => (current.kind === 'running' ? { ...current, progress } : current)),
      });
      setState({ kind: 'idle' });
      props.onDone(report);
    } catch (error) {
      if (error instanceof ImportCancelled) {
        setState({ kind: 'idle' });
        props.onNote(t('options_packCancelled'));
        return;
      }
      const refused = t('options_packImportRefused', [file.name, errorText(error)]);
      if (error instanceof CodedError && error.code === 'pack-downgrade' && !allowDowngrade) {
        setState({ kind: 'downgrade', file, refused });
        return;
      }
      setState({ kind: 'idle' });
      props.onError(refused);
    }
  };

  const take = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file && !running) void run(file);
  };

  const keep = () => {
    setState({ kind: 'idle' });
    props.onNote(t('options_packDowngradeKept'));
    input.current?.focus();
  };

  return (
    <div class="pack-import">
      <h3 id="pack-import-title">{t('options_packImportTitle')}</h3>
      <div
        class={`drop-zone${dragging ? ' dragging' : ''}`}
        role="group"
        aria-labelledby="pack-import-title pack-drop-label"
        onDragEnter={(event) => {
          if (!event.dataTransfer?.types.includes('Files')) return;
          event.preventDefault();
          setDragging(true);
        }}
        onDragOver={(event) => {
          if (!event.dataTransfer?.types.includes('Files')) return;
          event.preventDefault();
          setDragging(true);
          event.dataTransfer.dropEffect = running ? 'none' : 'copy';
        }}
        onDragLeave={(event) => {
          if (!(event.currentTarget as HTMLElement).contains(event.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          take(event.dataTransfer?.files);
        }}
      >
        <p id="pack-drop-label">{dragging ? t('options_packDropRelease') : t('options_packDrop', [megabytes(PACK_MAX_BYTES)])}</p>
        <label for="pack-file" class="file-button">
          {t('options_packChoose')}
        </label>
        <input
          id="pack-file"
          ref={input}
          type="file"
          accept=".json,application/json"
          disabled={running}
          onChange={(event) => {
            const picker = event.currentTarget;
            take(picker.files);
            picker.value = '';
          }}
        />
      </div>
      {state.kind === 'running' && (
        <div class="pack-progress">
          <label for="pack-progress">{t('options_packProgress')}</label>
          <progress id="pack-progress" max={1} value={progressValue(state.progress)} aria-describedby="pack-phase" />
          <p id="pack-phase" class="status">
            {phaseText(state.progress.phase, state.file)}
          </p>
          {state.progress.phase === 'upload' && (
            <button type="button" onClick={() => state.controller.abort()}>
              {t('options_packCancel')}
            </button>
          )}
        </div>
      )}
      {state.kind === 'downgrade' && (
        <div class="confirm" role="group" aria-labelledby="pack-downgrade-refused pack-downgrade-ask">
          <p id="pack-downgrade-refused" class="inline-error">
            {state.refused}
          </p>
          <p id="pack-downgrade-ask">{t('options_packDowngradeAsk')}</p>
          <div class="row">
            <button type="button" ref={confirmButton} onClick={() => void run(state.file, true)}>
              {t('options_packDowngradeYes')}
            </button>
            <button type="button" onClick={keep}>
              {t('options_packDowngradeNo')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
