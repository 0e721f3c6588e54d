/**
 * Reads the hover card from outside its closed shadow root. Chromium: the DevTools
 * protocol pierces closed shadow roots (DOM.getDocument with pierce). Both browsers:
 * the page can find where our host receives hits (elementFromPoint over a grid), which
 * tells whether a card is on screen without reaching inside it.
 */
import type { Page } from 'playwright-core';
import type { PageLike } from './harness';

interface CdpNode {
  nodeId: number;
  nodeName: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

/** Our host: `briefing-lens-ui`, or that name with a suffix where the page claimed it. */
const isHost = (name: string) => name === 'BRIEFING-LENS-UI' || name.startsWith('BRIEFING-LENS-UI-');

function find(node: CdpNode): CdpNode | undefined {
  if (isHost(node.nodeName)) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const hit = find(child);
    if (hit) return hit;
  }
  return undefined;
}

const plain = (html: string) =>
  html
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

/** What an open card shows: its visible text and the names (h2 headings) of the open cards, in DOM order. */
export interface CardView {
  /** Visible text of everything in the card's shadow root ('' when there is no card). */
  text: string;
  names: string[];
}

/** Reads the card inside our host's closed shadow root (Chromium). */
export async function readCardCdp(page: Page): Promise<CardView> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const host = find(root);
    const shadow = host?.shadowRoots?.[0];
    if (!shadow) return { text: '', names: [] };
    const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId: shadow.nodeId });
    return { text: plain(outerHTML), names: [...outerHTML.matchAll(/<h2\b[^>]*>([\s\S]*?)<\/h2>/g)].map((m) => plain(m[1]!)) };
  } finally {
    await cdp.detach();
  }
}

/** The visible text of everything inside our host's closed shadow root ('' when there is none). */
export async function cardText(page: Page): Promise<string> {
  return (await readCardCdp(page)).text;
}

/** How many points of a 24×16 grid over the viewport hit our host (0: no card on screen). */
export function cardHits(page: PageLike): Promise<number> {
  return page.evaluate(() => {
    let hits = 0;
    for (let i = 0; i < 24; i++) {
      for (let j = 0; j < 16; j++) {
        const el = document.elementFromPoint(((i + 0.5) * innerWidth) / 24, ((j + 0.5) * innerHeight) / 16);
        if (el && (el.localName === 'briefing-lens-ui' || el.localName.startsWith('briefing-lens-ui-'))) hits++;
      }
    }
    return hits;
  }, null);
}

export { highlightCentre } from '../../scripts/lib/read-highlights';
