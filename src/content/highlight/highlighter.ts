/**
 * The page highlighter: reads the page's text (visible part first), scans it with the
 * matcher, and draws marks through the registry — in slices that yield to the browser,
 * so no task runs long even on a 5 MB page. A MutationObserver keeps it current on
 * pages that change: only added or changed text is rescanned (in batches), removed
 * text drops its marks. Open shadow roots are read and observed too.
 *
 * It never changes the page's DOM or text: marks are ranges in a CSS Custom Highlight,
 * which every supported browser has (Chrome 140, Firefox 140).
 */
import { highlightCss } from '../../shared/highlight-look';
import type { EntityType } from '../../shared/model';
import type { Settings } from '../../shared/settings';
import { inSkippedRegion, isInline, isSkipped, isUiHost, TextCollector, type BlockSieve, type TextBlock } from './collect';
import { createCssPainter } from './paint-css';
import type { Matcher } from '../match/create-matcher';
import { Registry } from './registry';
import { deadline, yieldToBrowser } from './schedule';
import { HighlightStyles } from './styles';

/** What the highlighter needs from the matcher. */
export type Scanner = Pick<Matcher, 'scanBlock' | 'entityType' | 'sieve'>;

export interface HighlighterOptions {
  scanner: Scanner;
  settings: Settings;
  signal: AbortSignal;
  /** The extension's UI host element (created on demand), skipped by the reader. */
  uiHost: () => Element;
  /** Called after each batch of work with the number of marks drawn so far. */
  onProgress?: () => void;
}

/** A pass expected to run longer than this after its first slice shows that slice at once. */
const SHOW_EARLY_AFTER_MS = 32;

export class Highlighter {
  readonly registry: Registry;
  /** Open shadow roots read so far (hit-testing pierces them). */
  readonly shadowRoots: ShadowRoot[] = [];
  private readonly styles: HighlightStyles;
  private readonly sieve: BlockSieve;
  private readonly observer: MutationObserver;
  private readonly observed = new WeakSet<Node>();
  private readonly anchored = new Set<number>();
  /** Blocks holding surname-style matches that wait for their entity to be anchored elsewhere on the page. */
  private readonly waiting = new Map<number, Set<TextBlock>>();
  private readonly dirty = new Set<Node>();
  /** Scopes (document, shadow roots) with marks drawn but our style sheet not yet adopted. */
  private readonly unstyled = new Set<Document | ShadowRoot>();
  private types: Set<EntityType>;
  private pumping: Promise<void> | null = null;
  private stopped = false;
  private pendingRemovals = false;

  constructor(private readonly options: HighlighterOptions) {
    this.registry = new Registry(createCssPainter(), options.settings.maxHighlights);
    this.styles = new HighlightStyles(highlightCss(options.settings), options.uiHost);
    this.types = new Set(options.settings.types);
    this.sieve = options.scanner.sieve();
    this.observer = new MutationObserver((records) => this.onMutations(records));
    options.signal.addEventListener('abort', () => this.stop(), { once: true });
  }

  /** Reads and highlights the whole document, then follows its changes. */
  start(): Promise<void> {
    this.observe(document);
    this.dirty.add(document.documentElement);
    return this.pump(false);
  }

  /** Applies new settings: restyles in place, or redraws when what is drawn changes. */
  async update(settings: Settings): Promise<void> {
    this.styles.update(highlightCss(settings));
    const types = new Set(settings.types);
    const redraw = types.size !== this.types.size || [...types].some((t) => !this.types.has(t));
    this.types = types;
    this.registry.setCap(settings.maxHighlights);
    if (redraw || settings.maxHighlights !== this.options.settings.maxHighlights) {
      this.registry.clear();
      this.waiting.clear();
      this.dirty.add(document.documentElement);
    }
    this.options.settings = settings;
    await this.pump(false);
  }

  /** Resolves when all queued work is done. */
  idle(): Promise<void> {
    return this.pumping ?? Promise.resolve();
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.observer.disconnect();
    this.registry.clear();
    this.styles.dispose();
    this.dirty.clear();
    this.waiting.clear();
  }

  private observe(scope: Document | ShadowRoot): void {
    if (this.observed.has(scope)) return;
    this.observed.add(scope);
    this.observer.observe(scope, { childList: true, subtree: true, characterData: true });
  }

  private isOurs(node: Node): boolean {
    return node.nodeType === 1 && isUiHost(node as Element);
  }

  private onMutations(records: MutationRecord[]): void {
    if (this.stopped) return;
    for (const record of records) {
      if (record.type === 'characterData') {
        this.markDirty(record.target);
        continue;
      }
      if (this.isOurs(record.target)) continue;
      if (record.removedNodes.length > 0) this.pendingRemovals = true;
      for (const node of record.addedNodes) if (!this.isOurs(node)) this.markDirty(node);
    }
    if (this.dirty.size > 0 || this.pendingRemovals) void this.pump(true);
  }

  /** Queues the smallest element whose text must be re-read for a change at `node`. */
  private markDirty(node: Node): void {
    let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
    while (el && isInline(el) && el.parentElement) el = el.parentElement;
    if (!el || !el.isConnected) return;
    if (isSkipped(el) || inSkippedRegion(el, document.documentElement)) return;
    this.dirty.add(el);
  }

  /** Runs queued work unless it is already running; `batch` first lets more changes queue up. */
  private pump(batch: boolean): Promise<void> {
    if (!this.pumping) {
      this.pumping = this.run(batch).finally(() => {
        this.pumping = null;
      });
    }
    return this.pumping;
  }

  private async run(batch: boolean): Promise<void> {
    if (batch) await yieldToBrowser();
    while (!this.stopped && (this.dirty.size > 0 || this.pendingRemovals)) {
      if (this.pendingRemovals) {
        this.pendingRemovals = false;
        this.registry.dropDisconnected();
      }
      const roots = this.takeDirtyRoots();
      const blocks: TextBlock[] = [];
      for (const root of roots) await this.collect(root, blocks);
      await this.scanAll(this.visibleFirst(blocks));
      this.options.onProgress?.();
    }
  }

  /** Dirty roots with those inside another dirty root removed. */
  private takeDirtyRoots(): Node[] {
    const dirty = new Set(this.dirty);
    this.dirty.clear();
    const covered = (node: Node) => {
      for (let p = node.parentNode; p; p = p.parentNode) if (dirty.has(p)) return true;
      return false;
    };
    return [...dirty].filter((node) => node.isConnected && !covered(node));
  }

  private async collect(root: Node, into: TextBlock[]): Promise<void> {
    const queue: Node[] = [root];
    while (queue.length > 0 && !this.stopped) {
      const current = queue.shift()!;
      const collector = new TextCollector(current, this.sieve, { trackVisited: this.registry.hasBlocks });
      while (!collector.step(deadline())) {
        await yieldToBrowser();
        if (this.stopped) return;
      }
      // Earlier scans of this text are replaced: blocks the sieve passed are scanned again, the rest have no mention left.
      if (collector.visited) this.registry.forget(collector.visited);
      into.push(...collector.blocks);
      for (const shadow of collector.shadowRoots) {
        if (!this.observed.has(shadow)) this.shadowRoots.push(shadow);
        this.observe(shadow);
        queue.push(shadow);
      }
    }
  }

  /** Orders blocks so those in or below the viewport come first (document order is roughly vertical order). */
  private visibleFirst(blocks: TextBlock[]): TextBlock[] {
    if (blocks.length < 64) return blocks;
    let lo = 0;
    let hi = blocks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const el = blocks[mid]!.nodes[0]!.parentElement;
      const bottom = el ? el.getBoundingClientRect().bottom : 0;
      if (bottom < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? blocks : [...blocks.slice(lo), ...blocks.slice(0, lo)];
  }

  private async scanAll(blocks: TextBlock[]): Promise<void> {
    const { scanner } = this.options;
    let i = 0;
    let first = true;
    const began = performance.now();
    while (i < blocks.length && !this.stopped) {
      const end = deadline();
      do {
        const block = blocks[i++]!;
        if (!block.nodes[0]!.isConnected) continue;
        const { mentions, pending } = scanner.scanBlock(block.text, this.anchored);
        const shown = mentions.filter((m) => this.types.has(scanner.entityType(m.entity)));
        this.registry.add(block, shown);
        if (shown.length > 0) this.unstyled.add(block.nodes[0]!.getRootNode() as Document | ShadowRoot);
        for (const m of pending) {
          const set = this.waiting.get(m.entity) ?? new Set<TextBlock>();
          set.add(block);
          this.waiting.set(m.entity, set);
        }
      } while (i < blocks.length && performance.now() < end);
      // The first slice (the visible text) shows at once when the rest will take a while.
      if (first && i < blocks.length && ((performance.now() - began) * (blocks.length - i)) / i > SHOW_EARLY_AFTER_MS) this.show();
      first = false;
      if (i === blocks.length) blocks = blocks.concat(this.takeNewlyAnchored());
      if (i < blocks.length) {
        await yieldToBrowser();
      } else {
        // The last slice shows everything in the same task.
        this.show();
      }
    }
  }

  /**
   * Puts what was drawn on screen: the style sheet into scopes that got their first marks,
   * and the new ranges into the highlight. Either makes the browser restyle or repaint the
   * whole page, so it happens at most twice a pass. Nothing once stopped: a pass stopped
   * while it yields must not put its style sheet back.
   */
  private show(): void {
    if (this.stopped) return;
    for (const scope of this.unstyled) this.styles.adopt(scope);
    this.unstyled.clear();
    this.registry.flush();
  }

  /** Blocks scanned before their waiting entity was anchored elsewhere: scan them again. */
  private takeNewlyAnchored(): TextBlock[] {
    const again = new Set<TextBlock>();
    for (const [entity, blocks] of this.waiting) {
      if (!this.anchored.has(entity)) continue;
      for (const block of blocks) again.add(block);
      this.waiting.delete(entity);
    }
    return [...again];
  }
}
