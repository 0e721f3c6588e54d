/**
 * The options page's "Briefing cards" panel: whether hover cards open expanded (the full
 * briefing) instead of the compact quick look.
 */
import type { Settings } from '../shared/settings';
import { t } from '../shared/ui/i18n';

export function CardOptions({ settings, save }: { settings: Settings; save: (patch: Partial<Settings>) => void }) {
  return (
    <section class="panel" aria-labelledby="card-title">
      <h2 id="card-title">{t('options_cardTitle')}</h2>
      <div class="field">
        <label class="choice">
          <input
            type="checkbox"
            checked={settings.cardExpanded}
            aria-describedby="card-expanded-hint"
            onChange={(e) => save({ cardExpanded: e.currentTarget.checked })}
          />
          {t('options_cardExpanded')}
        </label>
        <p class="hint" id="card-expanded-hint">
          {t('options_cardExpandedHint')}
        </p>
      </div>
    </section>
  );
}
