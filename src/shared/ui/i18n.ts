/**
 * UI strings: a typed `t(key, subs?)` over `browser.i18n.getMessage`. Keys are the
 * names in assets/_locales/en/messages.json; when the i18n API is unavailable (unit
 * tests, the bench's plain pages) the English message is used, with its named
 * placeholders (`$NAME$` → `$1`) substituted the same way the browser does. The shipped
 * bundles carry no English copy (scripts/lib/build.ts): there the browser answers.
 */
import browser from 'webextension-polyfill';
import EN from '../../../assets/_locales/en/messages.json';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

export type MessageKey = keyof typeof EN;

const english = EN as Messages;

function substitute(text: string, subs: readonly string[]): string {
  return text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

/** The English message for `key` with substitutions, resolved without the browser. */
export function englishMessage(key: MessageKey, subs: readonly string[] = []): string {
  const entry = english[key];
  if (!entry) return key;
  const placeholders = entry.placeholders ?? {};
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const found = Object.entries(placeholders).find(([k]) => k.toLowerCase() === name.toLowerCase());
    return found ? substitute(found[1].content, subs) : whole;
  });
  return named.replace(/\$\$/g, '$');
}

function browserMessage(key: string, subs: string[]): string {
  try {
    const i18n = browser?.i18n;
    return typeof i18n?.getMessage === 'function' ? i18n.getMessage(key, subs) : '';
  } catch {
    return '';
  }
}

/** The UI string for `key` in the browser's language; `subs` fill its placeholders in order. */
export function t(key: MessageKey, subs?: string | readonly string[]): string {
  const list = subs === undefined ? [] : typeof subs === 'string' ? [subs] : [...subs];
  return browserMessage(key, list) || englishMessage(key, list);
}
