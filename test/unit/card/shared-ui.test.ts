import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { formatCitation } from '../../../src/shared/ui/citation';
import { formatDate, formatDateRange, langFromTag, pick } from '../../../src/shared/ui/format';
import { englishMessage, t } from '../../../src/shared/ui/i18n';
import { DARK, LIGHT, TEXT_PAIRS, UI_PAIRS, type Theme } from '../../../src/shared/ui/theme';
import { REPO_ROOT } from '../../../scripts/lib/paths';
import { KISHIDA_CARD as KISHIDA } from '../../fixtures/dataset';

vi.mock('webextension-polyfill', () => ({ default: {} }));

describe('formatDate', () => {
  it('localises full and partial ISO dates', () => {
    expect(formatDate('2024-04-10', 'en')).toBe('Apr 10, 2024');
    expect(formatDate('2024-04-10', 'ko')).toBe('2024년 4월 10일');
    expect(formatDate('2024-04-10', 'ja')).toBe('2024年4月10日');
    expect(formatDate('2024-04', 'en')).toBe('Apr 2024');
    expect(formatDate('2024-04', 'ja')).toBe('2024年4月');
    expect(formatDate('2021', 'ko')).toBe('2021년');
  });

  it('does not shift dates across time zones and leaves other text alone', () => {
    expect(formatDate('2024-01-01', 'en')).toBe('Jan 1, 2024');
    expect(formatDate('early 2024', 'en')).toBe('early 2024');
  });

  it('formats ranges, collapsing equal ends', () => {
    expect(formatDateRange('2024-04-08', '2024-04-14', 'en')).toBe('Apr 8, 2024 – Apr 14, 2024');
    expect(formatDateRange('2024-04-10', '2024-04-10', 'en')).toBe('Apr 10, 2024');
  });
});

describe('language helpers', () => {
  it('reads page language tags', () => {
    expect(langFromTag('ko-KR')).toBe('ko');
    expect(langFromTag('JA')).toBe('ja');
    expect(langFromTag('fr')).toBe('en');
    expect(langFromTag('')).toBe('en');
    expect(langFromTag(undefined)).toBe('en');
  });

  it('picks the language form or falls back to English, saying which it is', () => {
    expect(pick({ en: 'Fumio Kishida', ja: '岸田文雄' }, 'ja')).toEqual({ text: '岸田文雄', lang: 'ja' });
    expect(pick({ en: 'Fumio Kishida', ja: '岸田文雄' }, 'ko')).toEqual({ text: 'Fumio Kishida', lang: 'en' });
  });
});

describe('t()', () => {
  it('falls back to the English message with placeholders filled when i18n is unavailable', () => {
    expect(t('card_close')).toBe('Close briefing');
    expect(t('card_back', 'Joe Biden')).toBe('Back to Joe Biden');
    expect(t('card_pack', ['Japan–US state visit', '1.1.0'])).toBe('Pack: Japan–US state visit 1.1.0');
    expect(englishMessage('card_citation_dataset', ['After the visit', '1.0.0', '2025-01-13'])).toBe('Briefing Lens pack “After the visit” 1.0.0, as of 2025-01-13.');
  });
});

describe('card_ locale messages', () => {
  const load = (lang: string) =>
    JSON.parse(readFileSync(join(REPO_ROOT, 'assets/_locales', lang, 'messages.json'), 'utf8')) as Record<
      string,
      { message: string; placeholders?: Record<string, { content: string }> }
    >;
  const en = load('en');
  const cardKeys = Object.keys(en).filter((k) => k.startsWith('card_'));

  it.each(['ko', 'ja'])('%s has every card_ key with the same placeholders', (lang) => {
    const other = load(lang);
    expect(cardKeys.length).toBeGreaterThan(50);
    for (const key of cardKeys) {
      const entry = other[key];
      expect(entry?.message, key).toBeTruthy();
      expect(Object.keys(entry!.placeholders ?? {}).sort(), key).toEqual(Object.keys(en[key]!.placeholders ?? {}).sort());
      for (const name of Object.keys(en[key]!.placeholders ?? {})) {
        expect(entry!.message.toLowerCase(), `${lang} ${key}`).toContain(`$${name.toLowerCase()}$`);
      }
    }
  });
});

describe('formatCitation', () => {
  it('cites name, role, summary, every source, the dataset and the page', () => {
    const text = formatCitation(KISHIDA, 'https://news.example/kishida-visit');
    const lines = text.split('\n');
    expect(lines[0]).toBe('Fumio Kishida — Prime Minister of Japan (took office in 2021)');
    expect(lines[1]).toBe(KISHIDA.entity.summary.en);
    expect(lines[2]).toBe('Sources:');
    expect(lines[7]).toBe(
      "[5] \"United States-Japan Joint Leaders' Statement: Global Partners for the Future\". The White House, 2024-04-10. https://www.whitehouse.gov/briefing-room/statements-releases/2024/04/10/united-states-japan-joint-leaders-statement/",
    );
    expect(lines[5]).toBe('[3] Daniel Kim. "Japan, US, and the Philippines On the Verge of Largest Military Alliance Since 1960". ViewUS (viewusglobal.com), 2024-04.');
    expect(lines.filter((l) => /^\[\d\]/.test(l))).toHaveLength(KISHIDA.sources.length);
    expect(lines.at(-2)).toBe('Briefing Lens pack “Japan state visit to the US, April 2024” 1.0.0, as of 2024-04-30.');
    expect(lines.at(-1)).toBe('Seen on: https://news.example/kishida-visit');
  });

  it('uses the language form of the name with the English one beside it', () => {
    const first = formatCitation(KISHIDA, undefined, 'ja').split('\n')[0];
    expect(first).toBe('岸田文雄 (Fumio Kishida) — 日本国内閣総理大臣(2021年就任)');
    expect(formatCitation(KISHIDA)).not.toContain('Seen on');
  });
});

function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

describe('colour contrast (WCAG AA)', () => {
  it.each([
    ['light', LIGHT],
    ['dark', DARK],
  ] as [string, Theme][])('%s scheme: text ≥ 4.5:1, focus ring and dispute border ≥ 3:1', (_, theme) => {
    for (const [fg, bg] of TEXT_PAIRS) expect(contrast(theme[fg], theme[bg]), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    for (const [fg, bg] of UI_PAIRS) expect(contrast(theme[fg], theme[bg]), `${fg} on ${bg}`).toBeGreaterThanOrEqual(3);
  });
});

describe('card sources never build DOM from strings', () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name)) files.push(path);
    }
  };
  walk(join(REPO_ROOT, 'src/content/card'));
  walk(join(REPO_ROOT, 'src/shared/ui'));

  it('uses no innerHTML, outerHTML, insertAdjacentHTML, document.write or dangerouslySetInnerHTML', () => {
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      expect(source, file).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|dangerouslySetInnerHTML|createContextualFragment/);
    }
  });
});
