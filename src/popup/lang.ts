/** The reader's UI language: which dataset language cards show, and the document's `lang`. */
import browser from 'webextension-polyfill';
import type { Lang } from '../shared/model';
import { langFromTag } from '../shared/ui/format';

/** The dataset language closest to the browser's UI language (English when none fits). */
export function uiLang(): Lang {
  return langFromTag(browser.i18n.getUILanguage());
}

/** Lays the page out for the browser's language (fonts, line breaking, screen readers). */
export function applyDocumentLang(): void {
  document.documentElement.lang = browser.i18n.getUILanguage();
}
