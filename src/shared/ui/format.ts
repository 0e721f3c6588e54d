/**
 * Display formatting shared by the hover card and the popup: picking the text of a
 * `LocalisedText` for a language (and saying which language it really is), reading a
 * page's language tag, and localised display of ISO and partial dates.
 */
import { LANGS, type Lang, type LocalisedText } from '../model';

/** A localised string together with the language it is actually in (for the `lang` attribute). */
export interface Localised {
  text: string;
  lang: Lang;
}

/** The text in `lang`, falling back to English when the data has no such form. */
export function pick(text: LocalisedText, lang: Lang): Localised {
  const own = text[lang];
  return own ? { text: own, lang } : { text: text.en, lang: 'en' };
}

/** The dataset language for a BCP 47 tag such as a page's `<html lang>` (`ko-KR` → `ko`); English otherwise. */
export function langFromTag(tag: string | null | undefined): Lang {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return LANGS.find((lang) => lang === primary) ?? 'en';
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Date formatters by language and precision: building one costs far more than using it. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(lang: Lang, month: boolean, day: boolean): Intl.DateTimeFormat {
  const key = `${lang}|${month}|${day}`;
  let format = dateFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
    if (month) options.month = 'short';
    if (day) options.day = 'numeric';
    format = new Intl.DateTimeFormat(lang, options);
    dateFormats.set(key, format);
  }
  return format;
}

/**
 * A localised display of an ISO date or partial date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`),
 * e.g. `2024-04-10` → "10 Apr 2024" / "2024년 4월 10일" / "2024年4月10日".
 * Anything else (a free-form date) is returned unchanged.
 */
export function formatDate(iso: string, lang: Lang): string {
  const m = PARTIAL_DATE.exec(iso.trim());
  if (!m) return iso;
  const [, y, mo, d] = m;
  const date = new Date(Date.UTC(Number(y), mo ? Number(mo) - 1 : 0, d ? Number(d) : 1));
  return dateFormat(lang, !!mo, !!d).format(date);
}

/** A date range for display; a single date when `end` is missing or equal to `start`. */
export function formatDateRange(start: string, end: string | undefined, lang: Lang): string {
  if (!end || end === start) return formatDate(start, lang);
  return `${formatDate(start, lang)} – ${formatDate(end, lang)}`;
}
