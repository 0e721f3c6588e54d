/**
 * What highlights look like, shared by the content script (which draws them with the CSS
 * Custom Highlight API) and the options page (whose preview shows the same look): the
 * highlight names and the CSS built from the reader's colour and style settings.
 */
import type { Settings } from './settings';

/** The page's mentions; the keyboard-focused one; the popup's "show" flash. */
export const HIGHLIGHT_NAME = 'briefing-lens';
export const FOCUS_NAME = 'briefing-lens-focus';
export const FLASH_NAME = 'briefing-lens-flash';

/** Opacity of the highlight colour in the `background` style. */
export const BACKGROUND_ALPHA = 0.38;

function rgba(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

/** The declarations that draw a mention in the reader's colour and style (underline or background). */
export function highlightLook(settings: Pick<Settings, 'colour' | 'mode'>): string {
  const c = settings.colour;
  return settings.mode === 'background'
    ? `background-color: ${rgba(c, BACKGROUND_ALPHA)};`
    : `text-decoration: underline 2px ${c}; text-underline-offset: 0.18em; text-decoration-skip-ink: none;`;
}

/** The style sheet for the three highlights. */
export function highlightCss(settings: Pick<Settings, 'colour' | 'mode'>): string {
  const c = settings.colour;
  const flash = `background-color: ${rgba(c, 0.75)}; color: #111;`;
  const focus = `background-color: ${rgba(c, 0.55)}; text-decoration: underline 2px ${c};`;
  return [
    `::highlight(${HIGHLIGHT_NAME}) { ${highlightLook(settings)} }`,
    `::highlight(${FOCUS_NAME}) { ${focus} }`,
    `::highlight(${FLASH_NAME}) { ${flash} }`,
  ].join('\n');
}
