/**
 * Moving through the page's mentions: the keyboard shortcut walks every drawn mark in
 * document order (focus highlight + card), and the popup's "show" scrolls to an
 * entity's next mention and flashes it. Extra highlights ("focus", "flash") are drawn
 * with the same CSS highlight mechanism.
 */
import { FLASH_NAME, FOCUS_NAME } from '../shared/highlight-look';
import type { Mark, Registry } from './highlight/registry';
import { liveRange } from './hover/hit-test';

const FLASH_MS = 1600;

function documentOrder(marks: Mark[]): Mark[] {
  const withRanges = marks.map((mark) => ({ mark, live: liveRange(mark.range) }));
  withRanges.sort((a, b) => a.live.compareBoundaryPoints(Range.START_TO_START, b.live));
  return withRanges.map((x) => x.mark);
}

function reducedMotion(): boolean {
  return matchMedia('(prefers-reduced-motion: reduce)').matches;
}

function scrollTo(mark: Mark): void {
  const el = liveRange(mark.range).startContainer.parentElement;
  el?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: reducedMotion() ? 'auto' : 'smooth' });
}

function setExtraHighlight(name: string, range: AbstractRange | null): void {
  if (!range) {
    CSS.highlights.delete(name);
    return;
  }
  CSS.highlights.set(name, new Highlight(range));
}

export class Navigator {
  private focused: Mark | null = null;
  private readonly lastShown = new Map<number, Mark>();
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly registry: () => Registry | null) {}

  private marks(filter?: (m: Mark) => boolean): Mark[] {
    const registry = this.registry();
    if (!registry) return [];
    const all = [...registry.marks()].filter((m) => m.range.startContainer.isConnected);
    return documentOrder(filter ? all.filter(filter) : all);
  }

  /** Focuses the next (1) or previous (-1) mark after the focused one; returns it, or null when there is none. */
  walk(direction: 1 | -1): Mark | null {
    const marks = this.marks();
    if (marks.length === 0) return null;
    const at = this.focused ? marks.indexOf(this.focused) : -1;
    const next = at === -1 ? (direction === 1 ? 0 : marks.length - 1) : (at + direction + marks.length) % marks.length;
    const mark = marks[next]!;
    this.focused = mark;
    setExtraHighlight(FOCUS_NAME, mark.range);
    scrollTo(mark);
    return mark;
  }

  clearFocus(): void {
    this.focused = null;
    setExtraHighlight(FOCUS_NAME, null);
  }

  /** Scrolls to the entity's next mention (cycling) and flashes it; false when it has none drawn. */
  show(entity: number): boolean {
    const marks = this.marks((m) => m.entity === entity);
    if (marks.length === 0) return false;
    const last = this.lastShown.get(entity);
    const mark = marks[(last ? marks.indexOf(last) + 1 : 0) % marks.length]!;
    this.lastShown.set(entity, mark);
    scrollTo(mark);
    setExtraHighlight(FLASH_NAME, mark.range);
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => setExtraHighlight(FLASH_NAME, null), FLASH_MS);
    return true;
  }

  dispose(): void {
    clearTimeout(this.flashTimer);
    setExtraHighlight(FLASH_NAME, null);
    setExtraHighlight(FOCUS_NAME, null);
  }
}
