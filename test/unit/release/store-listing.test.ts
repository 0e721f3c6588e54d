// The store listing in assets/store/: en, ko and ja each have a listing.md with the same
// sections in the same order (name, short description, description, permissions,
// privacy), a short description within the Chrome Web Store's 132 characters, text in
// its own language, and the three screenshots at the stores' 1280×800.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../scripts/lib/paths';

const STORE = join(REPO_ROOT, 'assets', 'store');
const LANGS = ['en', 'ko', 'ja'] as const;
const SCREENSHOTS = ['1-card.png', '2-popup.png', '3-options.png'];
/** Characters of each language's own script, which its description must be written in. */
const SCRIPT = { en: /[A-Za-z]/g, ko: /[\uac00-\ud7a3]/g, ja: /[\u3040-\u30ff\u4e00-\u9fff]/g };

/** The `## ` sections of a listing, by position: [heading, body]. */
function sections(lang: string): [string, string][] {
  const text = readFileSync(join(STORE, lang, 'listing.md'), 'utf8');
  return text
    .split(/^## /m)
    .slice(1)
    .map((part) => {
      const [heading, ...body] = part.split('\n');
      return [heading!.trim(), body.join('\n').trim()];
    });
}

describe('store listing', () => {
  it.each(LANGS)('%s: name, short description, description, permissions and privacy, in that order', (lang) => {
    const parts = sections(lang);
    expect(parts.length).toBeGreaterThanOrEqual(5);
    expect(parts[0]![1]).toBe('Briefing Lens');
    for (const [heading, body] of parts) expect(body.length, heading).toBeGreaterThan(0);
  });

  it.each(LANGS)('%s: the short description fits the Chrome Web Store summary (132 characters)', (lang) => {
    const short = sections(lang)[1]![1];
    expect(short.includes('\n')).toBe(false);
    expect([...short].length).toBeLessThanOrEqual(132);
  });

  it.each(LANGS)('%s: the description and privacy statement are written in the language itself', (lang) => {
    const [, , description, , privacy] = sections(lang);
    for (const [heading, body] of [description!, privacy!]) {
      const own = body.match(SCRIPT[lang])?.length ?? 0;
      expect(own / [...body.replace(/\s/g, '')].length, heading).toBeGreaterThan(0.5);
    }
  });

  it.each(LANGS)('%s: three screenshots at 1280×800', (lang) => {
    for (const name of SCREENSHOTS) {
      const { width, height } = PNG.sync.read(readFileSync(join(STORE, lang, name)));
      expect({ width, height }, `${lang}/${name}`).toEqual({ width: 1280, height: 800 });
    }
  });
});
