/**
 * A card as a plain-text citation for the clipboard: the name (with its English form
 * when shown in another language), role, one-line summary, every source the card rests
 * on, the dataset version and as-of date, and optionally the page it was read on.
 */
import type { CardData } from '../card';
import type { Lang, Source } from '../model';
import { pick } from './format';
import { t } from './i18n';

function sourceLine(source: Source, n: number): string {
  const parts = [
    source.author ? `${source.author}.` : '',
    `"${source.title}".`,
    `${source.publication}, ${source.date}.`,
    source.url ?? '',
  ];
  return `[${n}] ${parts.filter((p) => p !== '').join(' ')}`;
}

/** The citation text; `lang` picks the name, role and summary forms (English by default). */
export function formatCitation(card: CardData, pageUrl?: string, lang: Lang = 'en'): string {
  const { entity } = card;
  const name = pick(entity.name, lang);
  const heading = name.lang === 'en' || name.text === entity.name.en ? name.text : `${name.text} (${entity.name.en})`;
  const role = entity.role ? ` — ${pick(entity.role, lang).text}` : '';
  const lines = [`${heading}${role}`, pick(entity.summary, lang).text];
  if (card.sources.length > 0) {
    lines.push(t('card_citation_sources'), ...card.sources.map((s, i) => sourceLine(s, i + 1)));
  }
  lines.push(t('card_citation_dataset', [pick(card.pack.title, lang).text, card.pack.version, card.pack.asOf]));
  if (pageUrl) lines.push(t('card_citation_page', pageUrl));
  return lines.join('\n');
}
