/**
 * Installs the highlight style sheet (src/shared/highlight-look.ts, built from the
 * reader's settings) in the document and in every open shadow root we highlight in,
 * through adopted style sheets so the page's DOM is untouched. Where a page refuses
 * adopted sheets, a <style> inside the extension's own host element is used instead.
 */
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
