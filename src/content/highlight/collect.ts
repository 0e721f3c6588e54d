/**
 * Reads a page's text into blocks without touching it: a block is the run of text
 * nodes between two non-inline element boundaries (a paragraph, a list item, a cell),
 * so a name split over inline markup (`<b>Fumio</b> Kishida`) is one string to scan.
 *
 * The walk is resumable (`step` stops at a deadline and continues on the next call)
 * so a 5 MB page is read in slices that never block the page. It skips code and form
 * regions, editable regions and the extension's own UI, and reports open shadow roots
 * so the caller can read and observe them too.
 */

/** Elements whose text is never read (their whole subtree is skipped). */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button',
  'iframe', 'object', 'embed', 'canvas', 'svg', 'math', 'head', 'title', 'code', 'pre', 'kbd', 'samp',
]);

/** Elements that do not break a run of text. */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins',
  'mark', 'nobr', 'q', 'rb', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr',
]);

export interface TextBlock {
  nodes: Text[];
  /** Offset of each node's first character in `text`. */
  starts: number[];
  text: string;
}

/** The element owning the extension's UI; the collector never reads inside it. */
export const UI_HOST_TAG = 'briefing-lens-ui';

/** Our UI host: `UI_HOST_TAG`, or the same with a random suffix where a page took that name. */
export function isUiHost(el: Element): boolean {
  return el.localName === UI_HOST_TAG || el.localName.startsWith(`${UI_HOST_TAG}-`);
}

export function isSkipped(el: Element): boolean {
  if (SKIPPED.has(el.localName) || isUiHost(el)) return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

export function isInline(el: Element): boolean {
  return INLINE.has(el.localName);
}

/** Whether a text node sits in a region the collector skips (checked for mutation targets). */
export function inSkippedRegion(node: Node, root: Node): boolean {
  for (let el = node.parentElement; el; el = el.parentElement) {
    if (isSkipped(el)) return true;
    if (el === root) break;
  }
  return false;
}

export class TextCollector {
  private node: Node | null;
  private nodes: Text[] = [];
  private starts: number[] = [];
  private parts: string[] = [];
  private length = 0;
  readonly blocks: TextBlock[] = [];
  readonly shadowRoots: ShadowRoot[] = [];

  /** Reads `root`'s descendants (not `root` itself, which the caller has vetted). */
  constructor(private readonly root: Node) {
    this.node = root.firstChild;
  }

  get done(): boolean {
    return this.node === null;
  }

  /** Reads until `deadline` (a performance.now() value) or the end; returns true when done. */
  step(deadline: number): boolean {
    let node = this.node;
    let budget = 0;
    while (node) {
      if (++budget === 256) {
        budget = 0;
        if (performance.now() >= deadline) break;
      }
      let descend = false;
      if (node.nodeType === 3) {
        const data = (node as Text).data;
        if (data.length > 0) {
          this.nodes.push(node as Text);
          this.starts.push(this.length);
          this.parts.push(data);
          this.length += data.length;
        }
      } else if (node.nodeType === 1) {
        const el = node as Element;
        if (!isSkipped(el)) {
          if (el.shadowRoot) this.shadowRoots.push(el.shadowRoot);
          if (!isInline(el)) this.flush();
          descend = el.firstChild !== null;
        }
      }
      if (descend) {
        node = node.firstChild;
        continue;
      }
      node = this.next(node);
    }
    this.node = node;
    if (!node) this.flush();
    return node === null;
  }

  /** The next node in document order after `node`'s subtree, closing blocks when leaving block elements. */
  private next(node: Node): Node | null {
    let current: Node | null = node;
    while (current && current !== this.root) {
      if (current.nodeType === 1 && !isInline(current as Element)) this.flush();
      if (current.nextSibling) return current.nextSibling;
      current = current.parentNode;
    }
    return null;
  }

  private flush(): void {
    if (this.nodes.length === 0) return;
    this.blocks.push({ nodes: this.nodes, starts: this.starts, text: this.parts.join('') });
    this.nodes = [];
    this.starts = [];
    this.parts = [];
    this.length = 0;
  }
}

/** The node and offset of a string index in a block (binary search over node starts). */
export function locate(block: TextBlock, index: number, preferEnd = false): { node: Text; offset: number } {
  const { starts, nodes } = block;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! < index || (!preferEnd && starts[mid] === index)) lo = mid;
    else hi = mid - 1;
  }
  return { node: nodes[lo]!, offset: index - starts[lo]! };
}
