/**
 * CSS of the hover card's shadow root: the host element (counters hostile page CSS such
 * as `* { all: unset }` or huge z-indexes with `!important`, which wins over the page's
 * declarations from inside the shadow tree), and the card window's frame (title bar
 * with back/pin/close, scroll area, loading and error states). The card body's own
 * styles are CARD_CSS from src/shared/ui.
 */
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
  width: min(360px, calc(100vw - 16px));
  max-height: calc(100vh - 16px);
  display: flex;
  flex-direction: column;
  border: 1px solid var(--bl-border);
  border-radius: 10px;
  box-shadow: 0 8px 28px rgba(0, 0, 0, 0.28);
  overflow: hidden;
}
.bl-window:focus { outline: none; }
.bl-window:focus-visible { outline: 2px solid var(--bl-focus); outline-offset: 2px; }
.bl-bar {
  display: flex; align-items: center; gap: 2px; padding: 4px 6px; flex: none;
  border-bottom: 1px solid var(--bl-border); cursor: grab; user-select: none; touch-action: none;
}
.bl-window[data-pinned] .bl-bar { background: var(--bl-hover); }
.bl-window[data-dragging] .bl-bar { cursor: grabbing; }
.bl-grip { flex: 1 1 auto; align-self: stretch; min-height: 28px; }
.bl-icon-button {
  all: unset; box-sizing: border-box; cursor: pointer; flex: none; display: inline-flex;
  align-items: center; justify-content: center; width: 28px; height: 28px; border-radius: 6px; color: var(--bl-fg);
}
.bl-icon-button:hover { background: var(--bl-bg); }
.bl-icon-button[aria-pressed="true"] { color: var(--bl-link); background: var(--bl-bg); }
.bl-icon-button svg { width: 16px; height: 16px; fill: none; stroke: currentColor; stroke-width: 2;
  stroke-linecap: round; stroke-linejoin: round; }
.bl-scroll { overflow: auto; overscroll-behavior: contain; padding: 12px 14px; flex: 1 1 auto; min-height: 0; }
.bl-state { display: flex; flex-direction: column; gap: 8px; }
@media (prefers-reduced-motion: no-preference) {
  .bl-window { animation: bl-in 120ms ease-out; }
  @keyframes bl-in { from { opacity: 0; } to { opacity: 1; } }
}
`;
