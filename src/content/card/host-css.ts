/**
 * CSS of the hover card's shadow root: the host element (counters hostile page CSS such
 * as `* { all: unset }` or huge z-indexes with `!important`, which wins over the page's
 * declarations from inside the shadow tree), and the card window's frame (title bar
 * with back, the name, pin and close; scroll area; loading and error states). A compact
 * card is at most COMPACT_MAX_HEIGHT tall; either kind is capped to the room the
 * positioning leaves beside the term (`--bl-room`, set by position.ts). The card body's
 * own styles are CARD_CSS from src/shared/ui.
 */
/** The compact card's greatest height at the default font size, in CSS pixels. */
export const COMPACT_MAX_HEIGHT = 320;

export const HOST_CSS = `
:host {
  all: initial !important;
  display: block !important;
  position: fixed !important;
  inset: 0 auto auto 0 !important;
  width: 0 !important;
  height: 0 !important;
  margin: 0 !important;
  padding: 0 !important;
  border: 0 !important;
  overflow: visible !important;
  z-index: 2147483647 !important;
  contain: layout size style !important;
  pointer-events: none !important;
  transform: none !important;
  filter: none !important;
  opacity: 1 !important;
  visibility: visible !important;
  clip-path: none !important;
}
.bl-window {
  pointer-events: auto;
  position: fixed;
  top: 0;
  left: 0;
  box-sizing: border-box;
  width: min(360px, calc(100vw - 16px));
  max-height: min(var(--bl-room, 100vh), calc(100vh - 16px));
  display: flex;
  flex-direction: column;
  border: 1px solid var(--bl-border);
  border-radius: 10px;
  box-shadow: 0 8px 28px rgba(0, 0, 0, 0.28);
  overflow: hidden;
}
.bl-window[data-mode="compact"] { max-height: min(${COMPACT_MAX_HEIGHT}px, var(--bl-room, 100vh), calc(100vh - 16px)); }
.bl-window:focus { outline: none; }
.bl-window:focus-visible { outline: 2px solid var(--bl-focus); outline-offset: 2px; }
.bl-bar {
  display: flex; align-items: center; gap: 2px; padding: 4px 6px; flex: none;
  border-bottom: 1px solid var(--bl-border); cursor: grab; user-select: none; touch-action: none;
}
.bl-window[data-pinned] .bl-bar { background: var(--bl-hover); }
.bl-window[data-dragging] .bl-bar { cursor: grabbing; }
.bl-title { flex: 1 1 auto; min-width: 0; min-height: 28px; display: flex; align-items: center; padding-inline: 6px 4px; }
.bl-title .bl-name { margin: 0; font-size: 15px; line-height: 1.25; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.bl-title .bl-name-alt { display: inline; margin-inline-start: 6px; font-size: 12px; }
.bl-icon-button {
  all: unset; box-sizing: border-box; cursor: pointer; flex: none; display: inline-flex;
  align-items: center; justify-content: center; width: 28px; height: 28px; border-radius: 6px; color: var(--bl-fg);
}
.bl-icon-button:hover { background: var(--bl-bg); }
.bl-icon-button[aria-pressed="true"] { color: var(--bl-link); background: var(--bl-bg); }
.bl-icon-button svg { width: 16px; height: 16px; fill: none; stroke: currentColor; stroke-width: 2;
  stroke-linecap: round; stroke-linejoin: round; }
.bl-scroll { overflow: auto; overscroll-behavior: contain; padding: 8px 14px 10px; flex: 1 1 auto; min-height: 0; }
/* The footer's controls ("More" / "Less", "Open in side panel") stay in view while the card scrolls. */
.bl-window .bl-scroll { padding-bottom: 0; }
.bl-window .bl-footer { position: sticky; bottom: 0; background: var(--bl-bg); padding-bottom: 10px; }
.bl-state { display: flex; flex-direction: column; gap: 8px; }
@media (prefers-reduced-motion: no-preference) {
  .bl-window { animation: bl-in 120ms ease-out; }
  @keyframes bl-in { from { opacity: 0; } to { opacity: 1; } }
}
`;
