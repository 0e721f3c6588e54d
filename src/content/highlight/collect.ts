/**
 * Reads a page's text into blocks without touching it: a block is the run of text
 * nodes between two non-inline element boundaries (a paragraph, a list item, a cell),
 * so a name split over inline markup (`<b>Fumio</b> Kishida`) is one string to scan.
 *
 * Each text node goes through the matcher's sieve as it is read, and only blocks the
 * sieve passes are kept (joined into one string, with node offsets): on most pages
 * that is a small share of the text, and the rest costs no more than reading it.
 *
 * The walk is a native TreeWalker over elements and text, resumable (`step` stops at
 * a deadline and continues on the next call), so a 5 MB page is read in slices that
 * never block the page. It skips code and form regions, editable regions and the
 * extension's own UI, and reports open shadow roots so the caller can read and observe
 * them too.
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
  return SKIPPED.has(el.localName) || isUiHost(el) || isEditable(el);
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

/** What the collector asks of each block (the matcher's sieve, match/sieve.ts). */
export interface BlockSieve {
  /** Starts a new block. */
  reset(): void;
  /** Feeds the block's next text; true once the block read so far may hold a match. */
  feed(text: string): boolean;
  /** The block ends: true if it may hold a match. */
  end(): boolean;
}

const BLOCK = 0;
const INLINE_KIND = 1;
const SKIP = 2;
/** Element kinds by local name; names not listed are block elements (or our UI host). */
const KIND = new Map<string, number>([
  ...[...SKIPPED].map((name) => [name, SKIP] as const),
  ...[...INLINE].map((name) => [name, INLINE_KIND] as const),
]);

export class TextCollector {
  /** The native walker over elements and text; `node` is the next node to read. */
  private readonly walker: TreeWalker;
  private node: Node | null;
  /** Open elements of the walk (ancestors of `node` below the root), and whether leaving each ends a block. */
  private readonly open: Node[] = [];
  private readonly endsBlock: boolean[] = [];
  private depth = 0;
  /** Whether the root holds any contenteditable attribute (else no element needs checking). */
  private readonly mayEdit: boolean;
  private nodes: Text[] = [];
  private parts: string[] = [];
  private passed = false;
  /** Blocks the sieve passed, in document order. */
  readonly blocks: TextBlock[] = [];
  readonly shadowRoots: ShadowRoot[] = [];
  /** Every text node read, when asked for (to forget earlier scans of blocks that no longer pass). */
  readonly visited: Text[] | null;
  /** Characters read. */
  characters = 0;

  /** Reads `root`'s descendants (not `root` itself, which the caller has vetted). */
  constructor(
    root: Node,
    private readonly sieve: BlockSieve,
    options: { trackVisited?: boolean } = {},
  ) {
    const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
    this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    this.node = this.walker.nextNode();
    this.mayEdit = (root as ParentNode).querySelector('[contenteditable]') !== null;
    this.visited = options.trackVisited ? [] : null;
    sieve.reset();
  }

  get done(): boolean {
    return this.node === null;
  }

  /** Reads until `deadline` (a performance.now() value) or the end; returns true when done. */
  step(deadline: number): boolean {
    const { walker, open, endsBlock } = this;
    let node = this.node;
    let depth = this.depth;
    let budget = 0;
    // The tree walk is native; this loop runs over every node of the page, mostly before
    // the engine has optimised it, so it does as little as it can per node.
    while (node) {
      // The clock is read about every 64 nodes or 4,000 characters, whichever comes first:
      // cold code on a slow machine can take several milliseconds for 256 nodes.
      if (++budget >= 64) {
        budget = 0;
        if (performance.now() >= deadline) break;
      }
      const parent = node.parentNode;
      while (depth > 0 && open[depth - 1] !== parent) {
        if (endsBlock[--depth]) this.endBlock();
      }
      if (node.nodeType === 3) {
        const data = (node as Text).data;
        this.characters += data.length;
        budget += data.length >> 6;
        this.visited?.push(node as Text);
        // Most text nodes are the white space between blocks: nothing to keep or scan.
        if (this.nodes.length > 0 || !isBlank(data)) {
          this.nodes.push(node as Text);
          this.parts.push(data);
          if (!this.passed) this.passed = this.sieve.feed(data);
        }
        node = walker.nextNode();
        continue;
      }
      const el = node as Element;
      const name = el.localName;
      let kind = KIND.get(name);
      if (kind === undefined) kind = name.startsWith(UI_HOST_TAG) && isUiHost(el) ? SKIP : BLOCK;
      if (kind === SKIP || (this.mayEdit && isEditable(el))) {
        if (kind !== INLINE_KIND) this.endBlock();
        node = afterSubtree(walker);
        continue;
      }
      const shadow = el.shadowRoot;
      if (shadow) this.shadowRoots.push(shadow);
      if (kind === BLOCK) this.endBlock();
      open[depth] = el;
      endsBlock[depth++] = kind === BLOCK;
      node = walker.nextNode();
    }
    this.node = node;
    this.depth = depth;
    if (!node) this.endBlock();
    return node === null;
  }

  private endBlock(): void {
    if (this.nodes.length === 0) return;
    if (this.passed || this.sieve.end()) {
      const starts: number[] = [];
      let length = 0;
      for (const part of this.parts) {
        starts.push(length);
        length += part.length;
      }
      this.blocks.push({ nodes: this.nodes, starts, text: this.parts.join('') });
      this.nodes = [];
      this.parts = [];
    } else {
      this.nodes.length = 0;
      this.parts.length = 0;
    }
    this.passed = false;
    this.sieve.reset();
  }
}

/** Whether `data` is only ASCII white space (nothing the matcher folds to more than a space). */
function isBlank(data: string): boolean {
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c !== 32 && (c < 9 || c > 13)) return false;
  }
  return true;
}

/** Moves `walker` past its current node's subtree: the next node in document order outside it, or null. */
function afterSubtree(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}

function isEditable(el: Element): boolean {
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
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
