/** Which briefing pack an entry or a search hit comes from, as lists name it ("Pack: …"). */
import type { PackLabel } from '../shared/card';
import type { Lang } from '../shared/model';
import { pick } from '../shared/ui/format';
import { t } from '../shared/ui/i18n';

export function PackName({ pack, lang }: { pack: PackLabel; lang: Lang }) {
  return <span class="pack-name">{t('popup_packLabel', [pick(pack.title, lang).text])}</span>;
}
