/**
 * The look of highlights: CSS for `::highlight(briefing-lens)` (and the fallback's
 * wrapper element) built from the reader's settings, installed in the document and in
 * every open shadow root we highlight in, through adopted style sheets so the page's
 * DOM is untouched. Where a page refuses adopted sheets, a <style> inside the
 * extension's own host element is used instead.
 */
import type { Settings } from '../../shared/settings';
import { MARK_TAG } from './paint-wrap';
import { FLASH_NAME, FOCUS_NAME } from './names';
import { HIGHLIGHT_NAME } from './paint-css';

function rgba(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

/** Opacity of the highlight colour in the `background` style. */
export const BACKGROUND_ALPHA = 0.38;

export function highlightCss(settings: Pick<Settings, 'colour' | 'mode'>): string {
  const c = settings.colour;
  const look =
    settings.mode === 'background'
      ? `background-color: ${rgba(c, BACKGROUND_ALPHA)};`
      : `text-decoration: underline 2px ${c}; text-underline-offset: 0.18em; text-decoration-skip-ink: none;`;
  const flash = `background-color: ${rgba(c, 0.75)}; color: #111;`;
  const focus = `background-color: ${rgba(c, 0.55)}; text-decoration: underline 2px ${c};`;
  return [
    `::highlight(${HIGHLIGHT_NAME}) { ${look} }`,
    `::highlight(${FOCUS_NAME}) { ${focus} }`,
    `::highlight(${FLASH_NAME}) { ${flash} }`,
    `${MARK_TAG} { all: unset; display: inline; ${look} }`,
  ].join('\n');
}

/**
 * Keeps one style sheet in sync with the settings and adopted by every scope we draw in.
 * The sheet is made on first use: most pages have nothing to highlight.
 */
export class HighlightStyles {
  private sheet: CSSStyleSheet | null | undefined;
  private readonly scopes = new Set<Document | ShadowRoot>();
  private fallbackStyle: HTMLStyleElement | null = null;

  constructor(
    private css: string,
    private readonly hostFor: () => Element,
  ) {}

  /** The constructed sheet, or null where the page's realm refuses to make one. */
  private constructed(): CSSStyleSheet | null {
    if (this.sheet === undefined) {
      try {
        this.sheet = new CSSStyleSheet();
        this.sheet.replaceSync(this.css);
      } catch {
        this.sheet = null;
      }
    }
    return this.sheet;
  }

  update(css: string): void {
    this.css = css;
    this.sheet?.replaceSync(css);
    if (this.fallbackStyle) this.fallbackStyle.textContent = css;
  }

  /** Makes the styles apply inside `scope` (the document or an open shadow root). */
  adopt(scope: Document | ShadowRoot): void {
    if (this.scopes.has(scope)) return;
    this.scopes.add(scope);
    const sheet = this.constructed();
    if (sheet) {
      try {
        scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, sheet];
        return;
      } catch {
        // Pages that freeze or replace adoptedStyleSheets: fall through to a style element we own.
      }
    }
    if (scope === document) this.useStyleElement();
  }

  private useStyleElement(): void {
    if (this.fallbackStyle) return;
    const style = document.createElement('style');
    style.textContent = this.css;
    this.hostFor().appendChild(style);
    this.fallbackStyle = style;
  }

  /** Removes our sheet from every scope. */
  dispose(): void {
    for (const scope of this.scopes) {
      try {
        scope.adoptedStyleSheets = scope.adoptedStyleSheets.filter((s) => s !== this.sheet);
      } catch {
        // The scope is gone or locked; nothing of ours stays active there once highlights are cleared.
      }
    }
    this.scopes.clear();
    this.fallbackStyle?.remove();
    this.fallbackStyle = null;
  }
}
