/**
 * The page's mentions: which text blocks were scanned, the ranges drawn for them, the
 * mention count per entity, and the lookups hover and keyboard navigation need
 * (text node → marks). Drawing goes through a `Painter` (the CSS Custom Highlight API;
 * tests observe it the same way), so the registry never touches the page itself.
 */
import { locate, type TextBlock } from './collect';

export interface Mention {
  start: number;
  end: number;
  entity: number;
}

/** One drawn mention. */
export interface Mark {
  range: AbstractRange;
  entity: number;
  /** The mention's offsets in its block's text. */
  start: number;
  end: number;
  block: ScannedBlock;
}

export interface ScannedBlock extends TextBlock {
  mentions: Mention[];
  marks: Mark[];
}

/** Draws and removes marks; implemented by the CSS highlight painter (paint-css.ts). */
export interface Painter {
  /** Draws a block's mentions; returns each one's range (null where it could not be drawn), in order. */
  draw(block: TextBlock, mentions: Mention[]): (AbstractRange | null)[];
  remove(range: AbstractRange): void;
  /** Shows what was drawn since the last flush, for painters that batch their updates. */
  flush?(): void;
  clear(): void;
}

export class Registry {
  private readonly blockOf = new Map<Text, ScannedBlock>();
  private readonly counts = new Map<number, number>();
  private drawn = 0;

  constructor(
    private readonly painter: Painter,
    private cap: number,
  ) {}

  get drawnCount(): number {
    return this.drawn;
  }

  flush(): void {
    this.painter.flush?.();
  }

  /** Whether any block with mentions is recorded. */
  get hasBlocks(): boolean {
    return this.blockOf.size > 0;
  }

  setCap(cap: number): void {
    this.cap = cap;
  }

  /**
   * Records a scanned block and draws its mentions while under the cap. A block without
   * mentions is not kept (a later change to its text is rescanned from scratch anyway),
   * which keeps memory flat on huge pages; it still replaces an earlier scan of its nodes.
   */
  add(block: TextBlock, mentions: Mention[]): ScannedBlock {
    const scanned = block as ScannedBlock;
    scanned.mentions = mentions;
    scanned.marks = [];
    for (const node of block.nodes) {
      const previous = this.blockOf.get(node);
      if (previous && previous !== scanned) this.drop(previous);
      if (mentions.length > 0) this.blockOf.set(node, scanned);
    }
    if (mentions.length === 0) return scanned;
    for (const mention of mentions) this.counts.set(mention.entity, (this.counts.get(mention.entity) ?? 0) + 1);
    const room = Math.max(0, this.cap - this.drawn);
    const toDraw = mentions.length > room ? mentions.slice(0, room) : mentions;
    if (toDraw.length === 0) return scanned;
    const ranges = this.painter.draw(block, toDraw);
    toDraw.forEach((mention, i) => {
      const range = ranges[i];
      if (!range) return;
      const mark: Mark = { range, entity: mention.entity, start: mention.start, end: mention.end, block: scanned };
      scanned.marks.push(mark);
    });
    this.drawn += scanned.marks.length;
    return scanned;
  }

  /** Forgets a block: removes its marks and its counts. */
  drop(block: ScannedBlock): void {
    for (const node of block.nodes) if (this.blockOf.get(node) === block) this.blockOf.delete(node);
    for (const mention of block.mentions) {
      const n = (this.counts.get(mention.entity) ?? 1) - 1;
      if (n > 0) this.counts.set(mention.entity, n);
      else this.counts.delete(mention.entity);
    }
    for (const mark of block.marks) this.painter.remove(mark.range);
    this.drawn -= block.marks.length;
    block.marks.length = 0;
    block.mentions.length = 0;
  }

  /** Forgets the blocks holding any of `nodes` (their text is being read again). */
  forget(nodes: readonly Text[]): void {
    for (const node of nodes) {
      const block = this.blockOf.get(node);
      if (block) this.drop(block);
    }
  }

  blockFor(node: Text): ScannedBlock | undefined {
    return this.blockOf.get(node);
  }

  /** Drops every block with a node that left the document; returns how many were dropped. */
  dropDisconnected(): number {
    const stale = new Set<ScannedBlock>();
    for (const [node, block] of this.blockOf) if (!node.isConnected) stale.add(block);
    for (const block of stale) this.drop(block);
    return stale.size;
  }

  /** The mark covering a text position, if any. */
  markAt(node: Text, offset: number): Mark | undefined {
    const block = this.blockOf.get(node);
    if (!block) return undefined;
    const index = block.starts[block.nodes.indexOf(node)]! + offset;
    return block.marks.find((m) => m.start <= index && index < m.end);
  }

  /** Every drawn mark, in no particular order. */
  *marks(): Iterable<Mark> {
    const seen = new Set<ScannedBlock>();
    for (const block of this.blockOf.values()) {
      if (seen.has(block)) continue;
      seen.add(block);
      yield* block.marks;
    }
  }

  /** Mentions per entity (including those over the drawing cap). */
  entityCounts(): Map<number, number> {
    return new Map(this.counts);
  }

  /** The drawn entities in the order of their first mark in the document. */
  entityOrder(): number[] {
    const first = new Map<number, AbstractRange>();
    for (const mark of this.marks()) {
      const seen = first.get(mark.entity);
      if (!seen || before(mark.range, seen)) first.set(mark.entity, mark.range);
    }
    return [...first].sort(([, a], [, b]) => (before(a, b) ? -1 : 1)).map(([entity]) => entity);
  }

  clear(): void {
    this.painter.clear();
    this.blockOf.clear();
    this.counts.clear();
    this.drawn = 0;
  }
}

function before(a: AbstractRange, b: AbstractRange): boolean {
  if (a.startContainer === b.startContainer) return a.startOffset < b.startOffset;
  return (a.startContainer.compareDocumentPosition(b.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

/** Builds a static range for a mention (cheap: no live-range bookkeeping on DOM changes). */
export function rangeFor(block: TextBlock, mention: Mention): AbstractRange {
  const start = locate(block, mention.start);
  const end = locate(block, mention.end, true);
  if (typeof StaticRange === 'function') {
    return new StaticRange({ startContainer: start.node, startOffset: start.offset, endContainer: end.node, endOffset: end.offset });
  }
  const range = document.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  return range;
}
