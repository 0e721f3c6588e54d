/**
 * Highlight settings: colour, underline or background (with a live preview in the look
 * the content script draws, src/shared/highlight-look.ts), highlighted entity types,
 * hover delay and the most highlights per page. Each control saves on change; invalid
 * numbers are reported inline and not saved. The numbers' bounds are the ones the settings
 * schema checks (SETTING_LIMITS).
 */
import { useState } from 'preact/hooks';
import { highlightLook } from '../shared/highlight-look';
import { ENTITY_TYPES, type EntityType } from '../shared/model';
import { HIGHLIGHT_MODES, SETTING_LIMITS, type Settings } from '../shared/settings';
import { t } from '../shared/ui/i18n';


function Preview({ colour, mode }: Pick<Settings, 'colour' | 'mode'>) {
  const marker = '\uE000';
  const [before = '', after = ''] = t('options_previewSentence', [marker]).split(marker);
  return (
    <div class="preview" aria-label={t('options_previewLabel')} role="img">
      <style>{`.preview-mark { ${highlightLook({ colour, mode })} }`}</style>
      <p aria-hidden="true">
        {before}
        <span class="preview-mark">{t('options_previewName')}</span>
        {after}
      </p>
    </div>
  );
}

function NumberField(props: {
  id: string;
  label: string;
  hint: string;
  value: number;
  min: number;
  max: number;
  step: number;
  onSave: (value: number) => void;
}) {
  const [error, setError] = useState<string | null>(null);
  const onChange = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const value = Number(input.value);
    if (input.value.trim() === '' || !Number.isInteger(value) || value < props.min || value > props.max) {
      setError(t('options_numberError', [String(props.min), String(props.max)]));
      return;
    }
    setError(null);
    props.onSave(value);
  };
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="number"
        inputMode="numeric"
        min={props.min}
        max={props.max}
        step={props.step}
        value={props.value}
        aria-invalid={error !== null}
        aria-describedby={`${props.id}-hint${error ? ` ${props.id}-error` : ''}`}
        onChange={onChange}
      />
      <p id={`${props.id}-hint`} class="hint">
        {props.hint}
      </p>
      {error && (
        <p id={`${props.id}-error`} class="inline-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

export function HighlightStyle({ settings, save }: { settings: Settings; save: (patch: Partial<Settings>) => void }) {
  const [draftColour, setDraftColour] = useState<string | null>(null);
  const colour = draftColour ?? settings.colour;
  const toggleType = (type: EntityType, on: boolean) =>
    save({ types: ENTITY_TYPES.filter((x) => (x === type ? on : settings.types.includes(x))) });

  return (
    <section class="panel" aria-labelledby="style-title">
      <h2 id="style-title">{t('options_styleTitle')}</h2>
      <div class="field">
        <label for="colour">{t('options_colour')}</label>
        <input
          id="colour"
          type="color"
          value={colour}
          onInput={(e) => setDraftColour(e.currentTarget.value)}
          onChange={(e) => {
            setDraftColour(null);
            save({ colour: e.currentTarget.value });
          }}
        />
      </div>
      <fieldset class="field">
        <legend>{t('options_mode')}</legend>
        {HIGHLIGHT_MODES.map((mode) => (
          <label class="choice" key={mode}>
            <input type="radio" name="mode" value={mode} checked={settings.mode === mode} onChange={() => save({ mode })} />
            {t(`options_mode_${mode}` as const)}
          </label>
        ))}
      </fieldset>
      <Preview colour={colour} mode={settings.mode} />
      <fieldset class="field">
        <legend>{t('options_types')}</legend>
        {ENTITY_TYPES.map((type) => (
          <label class="choice" key={type}>
            <input type="checkbox" checked={settings.types.includes(type)} onChange={(e) => toggleType(type, e.currentTarget.checked)} />
            {t(`options_type_${type}` as const)}
          </label>
        ))}
        {settings.types.length === 0 && <p class="hint">{t('options_typesNone')}</p>}
      </fieldset>
      <NumberField
        id="hover-delay"
        label={t('options_hoverDelay')}
        hint={t('options_hoverDelayHint')}
        value={settings.hoverDelay}
        step={50}
        {...SETTING_LIMITS.hoverDelay}
        onSave={(hoverDelay) => save({ hoverDelay })}
      />
      <NumberField
        id="max-highlights"
        label={t('options_maxHighlights')}
        hint={t('options_maxHighlightsHint')}
        value={settings.maxHighlights}
        step={1}
        {...SETTING_LIMITS.maxHighlights}
        onSave={(maxHighlights) => save({ maxHighlights })}
      />
    </section>
  );
}
