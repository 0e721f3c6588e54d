/**
 * Reads the hover card from outside its closed shadow root. Chromium: the DevTools
 * protocol pierces closed shadow roots (DOM.getDocument with pierce). Both browsers:
 * the page can find where our host receives hits (elementFromPoint over a grid), which
 * tells whether a card is on screen without reaching inside it.
 */
import type { Page } from 'playwright-core';
import { HIGHLIGHT, type PageLike } from './harness';

interface CdpNode {
  nodeId: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
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

/** A box in viewport CSS pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What an open card shows: its visible text, the names (h2 headings) of the open cards and their windows' boxes, in DOM order. */
export interface CardView {
  /** Visible text of everything in the card's shadow root ('' when there is no card). */
  text: string;
  names: string[];
  boxes: Box[];
}

/** Card window elements (`.bl-window`) under a node. */
function windows(node: CdpNode, found: CdpNode[] = []): CdpNode[] {
  const attrs = node.attributes ?? [];
  const cls = attrs[attrs.indexOf('class') + 1];
  if (attrs.includes('class') && cls?.split(/\s+/).includes('bl-window')) found.push(node);
  for (const child of node.children ?? []) windows(child, found);
  return found;
}

/** Reads the card inside our host's closed shadow root (Chromium). */
export async function readCardCdp(page: Page): Promise<CardView> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const host = find(root);
    const shadow = host?.shadowRoots?.[0];
    if (!shadow) return { text: '', names: [], boxes: [] };
    const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId: shadow.nodeId });
    const boxes: Box[] = [];
    for (const node of windows(shadow)) {
      // The border quad, in the main frame's viewport (clockwise from the top left).
      const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: node.nodeId })) as { model: { border: number[] } };
      const [x1, y1, x2, , , y3] = model.border;
      boxes.push({ x: x1!, y: y1!, width: x2! - x1!, height: y3! - y1! });
    }
    return { text: plain(outerHTML), names: [...outerHTML.matchAll(/<h2\b[^>]*>([\s\S]*?)<\/h2>/g)].map((m) => plain(m[1]!)), boxes };
  } finally {
    await cdp.detach();
  }
}

/** The text of a node and everything under it. */
function textOf(node: CdpNode): string {
  return (node.nodeValue ?? '') + (node.children ?? []).map(textOf).join('');
}

function buttons(node: CdpNode, found: CdpNode[] = []): CdpNode[] {
  if (node.nodeName === 'BUTTON') found.push(node);
  for (const child of node.children ?? []) buttons(child, found);
  return found;
}

/** Clicks the card's button whose text is `label`, with the mouse, as a reader does (Chromium). */
export async function clickCardButton(page: Page, label: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  let centre: { x: number; y: number } | undefined;
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const shadow = find(root)?.shadowRoots?.[0];
    const button = shadow && buttons(shadow).find((b) => textOf(b).trim() === label);
    if (!button) throw new Error(`no card button "${label}"`);
    const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: button.nodeId })) as { model: { border: number[] } };
    const [x1, y1, , , x3, y3] = model.border;
    centre = { x: (x1! + x3!) / 2, y: (y1! + y3!) / 2 };
  } finally {
    await cdp.detach();
  }
  await page.mouse.move(centre.x, centre.y, { steps: 3 });
  await page.mouse.click(centre.x, centre.y);
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

/** The line box of the highlight under viewport point (x, y): the client rect of its range that holds the point. */
export function hoveredLine(page: PageLike, at: { x: number; y: number }): Promise<Box | null> {
  return page.evaluate(
    ([name, x, y]) => {
      for (const r of CSS.highlights.get(name) ?? []) {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        for (const rect of live.getClientRects()) {
          if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) {
            return { x: rect.left, y: rect.top, width: rect.width, height: rect.height };
          }
        }
      }
      return null;
    },
    [HIGHLIGHT, at.x, at.y] as const,
  );
}

export { highlightCentre } from '../../scripts/lib/read-highlights';
