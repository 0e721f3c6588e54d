// Reading settings back from storage or an import file: valid fields kept, bad ones
// defaulted, lists keep their good entries, sites normalised, per-site switch.
import { describe, expect, it } from 'vitest';
import { normaliseSettings } from '../../../src/shared/schemas/settings';
import { DEFAULT_SETTINGS, isSiteEnabled } from '../../../src/shared/settings';

describe('settings', () => {
  it('falls back to the defaults for anything that is not an object', () => {
    for (const raw of [null, undefined, 42, 'on', []]) expect(normaliseSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid fields and defaults the invalid ones', () => {
    const read = normaliseSettings({ enabled: false, colour: 'red', mode: 'background', hoverDelay: 99999, maxHighlights: 'many' });
    expect(read).toMatchObject({ enabled: false, colour: DEFAULT_SETTINGS.colour, mode: 'background', hoverDelay: 2000, maxHighlights: DEFAULT_SETTINGS.maxHighlights });
  });

  it('keeps the good entries of a list that has bad ones', () => {
    const read = normaliseSettings({ disabledSites: ['https://www.Asahi.com/news', 5, null, 'nikkei.com'], types: ['event', 7, 'actor', 'planet'] });
    expect(read.disabledSites).toEqual(['asahi.com', 'nikkei.com']);
    expect(read.types.sort()).toEqual(['actor', 'event']);
  });

  it('turns highlighting off only for the disabled site', () => {
    const settings = normaliseSettings({ disabledSites: ['asahi.com'] });
    expect(isSiteEnabled(settings, 'www.asahi.com')).toBe(false);
    expect(isSiteEnabled(settings, 'nikkei.com')).toBe(true);
    expect(isSiteEnabled({ ...settings, enabled: false }, 'nikkei.com')).toBe(false);
  });
});
