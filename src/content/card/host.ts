/**
 * The page-side home of the hover cards: one custom element (the content script's own
 * UI host when given, else a `<briefing-lens-ui>` of its own) appended to
 * `document.documentElement` (not body, so a transformed or filtered body cannot become
 * its containing block) with a CLOSED shadow root holding the Preact mount point and
 * the styles (an adopted constructed sheet, or a <style> filled with textContent where
 * adoption is refused). The host takes no space and never changes the page's text; its
 * key properties are also set inline with `!important` against hostile page CSS.
 */
import { CARD_CSS } from '../../shared/ui/card-css';
import { HOST_CSS } from './host-css';

export { UI_HOST_TAG as HOST_TAG } from '../highlight/collect';
import { UI_HOST_TAG as HOST_TAG } from '../highlight/collect';

export interface CardHost {
  host: HTMLElement;
  root: ShadowRoot;
  /** The element Preact renders the card windows into. */
  mount: HTMLElement;
  /** Puts the host back at the end of <html> if the page removed it. */
  attach: () => void;
  /** Removes the cards: the whole host if it was created here, else only our content. */
  remove: () => void;
}

const INLINE: [string, string][] = [
  ['display', 'block'],
  ['position', 'fixed'],
  ['top', '0'],
  ['left', '0'],
  ['width', '0'],
  ['height', '0'],
  ['margin', '0'],
  ['padding', '0'],
  ['border', '0'],
  ['overflow', 'visible'],
  ['z-index', '2147483647'],
  ['contain', 'layout size style'],
  ['pointer-events', 'none'],
  ['transform', 'none'],
];

function installStyles(root: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
    return;
  } catch {
    // Constructed sheets unsupported or refused here (e.g. across worlds): use a <style> element.
  }
  const style = root.ownerDocument.createElement('style');
  style.textContent = css;
  root.appendChild(style);
}

/**
 * Sets up the host: `existing` (e.g. the content script's own UI element, which must not
 * have a shadow root yet) or a new `<briefing-lens-ui>`. Only a host created here is
 * removed by `remove()`.
 */
export function createCardHost(existing?: HTMLElement): CardHost {
  const host = existing ?? document.createElement(HOST_TAG);
  const doc = host.ownerDocument;
  for (const [name, value] of INLINE) host.style.setProperty(name, value, 'important');
  const root = host.attachShadow({ mode: 'closed' });
  installStyles(root, `${CARD_CSS}\n${HOST_CSS}`);
  const mount = doc.createElement('div');
  root.appendChild(mount);

  function attach(): void {
    if (host.parentNode !== doc.documentElement) doc.documentElement.appendChild(host);
  }

  attach();
  return {
    host,
    root,
    mount,
    attach,
    remove: () => {
      if (existing) mount.remove();
      else host.remove();
    },
  };
}
