/**
 * The card body's CSS as a string, for injection into a shadow root (hover card) or a
 * <style> element built with textContent (popup). Every selector is under a `bl-`
 * class so it cannot touch the host page or the popup's own styles. `.bl-theme` carries
 * the colour tokens (light, and dark under `prefers-color-scheme: dark`); motion is
 * dropped under `prefers-reduced-motion: reduce`.
 */
import { DARK, LIGHT, type Theme } from './theme';

function tokens(theme: Theme): string {
  return [
    `--bl-bg: ${theme.bg};`,
    `--bl-fg: ${theme.fg};`,
    `--bl-muted: ${theme.muted};`,
    `--bl-border: ${theme.border};`,
    `--bl-link: ${theme.link};`,
    `--bl-hover: ${theme.hover};`,
    `--bl-focus: ${theme.focus};`,
    `--bl-dispute-bg: ${theme.disputeBg};`,
    `--bl-dispute-fg: ${theme.disputeFg};`,
    `--bl-dispute-border: ${theme.disputeBorder};`,
    `--bl-error-fg: ${theme.errorFg};`,
  ].join(' ');
}

export const CARD_CSS = `
.bl-theme {
  ${tokens(LIGHT)}
  color-scheme: light;
  color: var(--bl-fg);
  background: var(--bl-bg);
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK KR", "Noto Sans CJK JP",
    "Apple SD Gothic Neo", "Malgun Gothic", "Hiragino Sans", "Yu Gothic UI", Meiryo, sans-serif;
  font-size: 14px;
  line-height: 1.45;
  text-align: start;
  overflow-wrap: anywhere;
}
@media (prefers-color-scheme: dark) {
  .bl-theme { ${tokens(DARK)} color-scheme: dark; }
}
.bl-theme *, .bl-theme *::before, .bl-theme *::after { box-sizing: border-box; }
.bl-sr {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
  overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap;
}
.bl-body { display: flex; flex-direction: column; gap: 12px; }
.bl-body h2, .bl-body h3, .bl-body p, .bl-body ul, .bl-body ol, .bl-body dl, .bl-body dd,
.bl-body blockquote, .bl-body figure { margin: 0; padding: 0; }
.bl-body ul, .bl-body ol { list-style: none; }
.bl-name { font-size: 17px; font-weight: 700; line-height: 1.3; }
.bl-name:focus { outline: none; }
.bl-name-alt { display: block; font-size: 13px; font-weight: 400; color: var(--bl-muted); }
.bl-meta { font-size: 13px; color: var(--bl-muted); }
.bl-summary { font-size: 14px; }
.bl-description { font-size: 14px; }
.bl-section { display: flex; flex-direction: column; gap: 6px; }
.bl-section-title { font-size: 12px; font-weight: 700; color: var(--bl-muted); letter-spacing: 0.02em; }
.bl-facts li { display: flex; flex-direction: column; gap: 1px; padding-inline-start: 10px; border-inline-start: 2px solid var(--bl-border); }
.bl-fact-date { font-size: 12px; font-weight: 600; color: var(--bl-muted); }
.bl-more { font-size: 12px; color: var(--bl-muted); }
.bl-cite {
  all: unset; box-sizing: border-box; cursor: pointer; font-size: 11px; line-height: 1.2; color: var(--bl-link);
  margin-inline-start: 3px; padding: 0 3px; border-radius: 3px; white-space: nowrap; overflow-wrap: normal;
}
.bl-cite:not(.bl-cite-numbers) { border: 1px solid var(--bl-border); }
.bl-cite:hover { background: var(--bl-hover); }
.bl-cite-numbers { vertical-align: super; }
.bl-cite-list { display: flex; flex-direction: column; gap: 2px; margin-top: 4px; padding: 6px 8px; border-radius: 6px;
  border: 1px solid var(--bl-border); font-size: 12px; font-style: normal; font-weight: 400; }
.bl-cite-item { display: block; }
.bl-pack-heading { margin: 0; font-size: 11px; font-weight: 600; color: var(--bl-muted); }
.bl-fact-stated { font-weight: 400; }
.bl-counts { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 10px; font-size: 12px; color: var(--bl-muted); }
.bl-counts .bl-badge { align-self: auto; }
.bl-compact { gap: 6px; }
.bl-compact .bl-head { display: contents; }
.bl-compact .bl-meta { font-size: 12px; }
.bl-compact .bl-summary { font-size: 13px; line-height: 1.4; }
.bl-compact .bl-meta, .bl-compact .bl-summary, .bl-fact-line { display: -webkit-box; -webkit-box-orient: vertical; overflow: hidden; }
.bl-compact .bl-meta { -webkit-line-clamp: 2; line-clamp: 2; }
.bl-compact .bl-summary { -webkit-line-clamp: 2; line-clamp: 2; }
.bl-fact-line { -webkit-line-clamp: 2; line-clamp: 2; }
.bl-compact .bl-summary:has(.bl-cite[aria-expanded="true"]), .bl-fact-line:has(.bl-cite[aria-expanded="true"]) { display: block; }
.bl-compact .bl-key-facts .bl-section-title { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.bl-compact .bl-facts { display: flex; flex-direction: column; gap: 4px; }
.bl-compact .bl-facts li { display: block; font-size: 12.5px; line-height: 1.35; }
.bl-compact .bl-fact-date { font-size: 11.5px; }
.bl-compact .bl-fact-line .bl-cite { vertical-align: baseline; }
.bl-compact .bl-counts .bl-asof { font-size: 12px; flex: 1 0 100%; min-width: 0; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
.bl-related { display: grid; grid-template-columns: minmax(0, max-content) minmax(0, 1fr); gap: 4px 10px; }
.bl-related dt { font-size: 12px; color: var(--bl-muted); padding-top: 2px; }
.bl-related dd { display: flex; flex-wrap: wrap; gap: 2px 8px; }
.bl-timeline li { display: flex; flex-direction: column; }
.bl-timeline-summary { font-size: 13px; color: var(--bl-muted); }
.bl-link {
  all: unset; box-sizing: border-box; cursor: pointer; color: var(--bl-link);
  text-decoration: underline; text-underline-offset: 0.15em; border-radius: 3px;
  overflow-wrap: anywhere;
}
.bl-link:hover { background: var(--bl-hover); }
.bl-link:focus-visible, .bl-button:focus-visible, .bl-cite:focus-visible, .bl-icon-button:focus-visible, .bl-theme a:focus-visible {
  outline: 2px solid var(--bl-focus); outline-offset: 2px;
}
.bl-theme a { color: var(--bl-link); }
.bl-quote { display: flex; flex-direction: column; gap: 4px; padding-inline-start: 10px; border-inline-start: 3px solid var(--bl-border); }
.bl-quote blockquote { font-style: italic; }
.bl-quote blockquote:lang(ko), .bl-quote blockquote:lang(ja) { font-style: normal; }
.bl-quote-translation { font-size: 13px; }
.bl-quote figcaption { font-size: 12px; color: var(--bl-muted); }
.bl-quotes { display: flex; flex-direction: column; gap: 10px; }
.bl-disputed {
  display: flex; flex-direction: column; gap: 6px; padding: 8px 10px; border-radius: 6px;
  background: var(--bl-dispute-bg); color: var(--bl-dispute-fg); border: 1px solid var(--bl-dispute-border);
  border-inline-start-width: 4px;
}
.bl-disputed .bl-cite, .bl-disputed .bl-section-title { color: var(--bl-dispute-fg); }
.bl-badge {
  display: inline-flex; align-items: center; gap: 4px; align-self: flex-start; padding: 1px 8px; border-radius: 999px;
  font-size: 12px; font-weight: 700; background: var(--bl-dispute-bg); color: var(--bl-dispute-fg);
  border: 1px solid var(--bl-dispute-border);
}
.bl-dispute { display: flex; flex-direction: column; gap: 2px; }
.bl-dispute-topic { font-weight: 700; }
details.bl-dispute > summary { cursor: pointer; }
details.bl-dispute > summary:focus-visible { outline: 2px solid currentColor; outline-offset: 2px; }
.bl-dispute-versions { display: flex; flex-direction: column; gap: 2px; }
.bl-dispute-versions li::before { content: "• "; }
.bl-dispute-note { font-size: 13px; }
.bl-sources li { font-size: 13px; }
.bl-source-meta { color: var(--bl-muted); }
.bl-source-note { display: block; font-size: 12px; color: var(--bl-muted); }
.bl-footer { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; justify-content: space-between;
  border-top: 1px solid var(--bl-border); padding-top: 8px; }
.bl-asof { font-size: 12px; color: var(--bl-muted); }
.bl-actions { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; }
.bl-status { font-size: 12px; color: var(--bl-muted); min-width: 1ch; }
.bl-button {
  all: unset; box-sizing: border-box; cursor: pointer; display: inline-flex; align-items: center; gap: 4px;
  padding: 3px 10px; border-radius: 6px; font-size: 13px; color: var(--bl-fg);
  border: 1px solid var(--bl-border); background: var(--bl-bg);
}
.bl-button:hover { background: var(--bl-hover); }
.bl-error { color: var(--bl-error-fg); }
.bl-error-detail { font-size: 12px; color: var(--bl-muted); }
@media (prefers-reduced-motion: no-preference) {
  .bl-link, .bl-button, .bl-cite { transition: background-color 120ms ease; }
}
`;
