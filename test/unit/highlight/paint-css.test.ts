// @vitest-environment happy-dom
// The CSS highlight painter's batching: drawn ranges reach the page's highlight only on
// flush (each change repaints the whole page), removal works before and after a flush,
// and clear unregisters. happy-dom lacks the API, so a minimal `CSS.highlights` and
// `Highlight` stand in for the browser's (highlight-api.ts).
import { afterEach, describe, expect, it } from 'vitest';
import { createCssPainter } from '../../../src/content/highlight/paint-css';
import { TextCollector } from '../../../src/content/highlight/collect';
import { useHighlightApi } from './highlight-api';
import { PASS_ALL } from './pass-all';

const registry = useHighlightApi();
afterEach(() => {
  document.body.innerHTML = '';
});

function block(html: string) {
  document.body.innerHTML = html;
  const collector = new TextCollector(document.body, PASS_ALL);
  while (!collector.step(Infinity));
  return collector.blocks[0]!;
}

describe('CSS highlight painter', () => {
  it('adds drawn ranges to the registered highlight only when flushed', () => {
    const painter = createCssPainter('test');
    const b = block('<p>Joe Biden met Fumio Kishida.</p>');
    const ranges = painter.draw(b, [
      { start: 0, end: 9, entity: 0 },
      { start: 14, end: 27, entity: 1 },
    ]);
    expect(ranges).toHaveLength(2);
    expect(registry.has('test')).toBe(false);
    painter.flush!();
    expect([...registry.get('test')!]).toEqual(ranges);
  });

  it('removes a range whether or not it was flushed, and clear unregisters the highlight', () => {
    const painter = createCssPainter('test');
    const b = block('<p>Joe Biden met Fumio Kishida.</p>');
    const [first, second] = painter.draw(b, [
      { start: 0, end: 9, entity: 0 },
      { start: 14, end: 27, entity: 1 },
    ]);
    painter.flush!();
    const [third] = painter.draw(b, [{ start: 4, end: 9, entity: 0 }]);
    painter.remove(third!);
    painter.remove(first!);
    painter.flush!();
    expect([...registry.get('test')!]).toEqual([second]);
    painter.clear();
    expect(registry.has('test')).toBe(false);
  });

  it('registers the highlight only once it has ranges, and again when drawing after a clear (a redraw for new settings)', () => {
    const painter = createCssPainter('test');
    painter.flush!();
    expect(registry.has('test')).toBe(false);
    const b = block('<p>Joe Biden met Fumio Kishida.</p>');
    painter.draw(b, [{ start: 0, end: 9, entity: 0 }]);
    painter.flush!();
    expect(registry.get('test')?.size).toBe(1);
    painter.clear();
    const [again] = painter.draw(b, [{ start: 14, end: 27, entity: 1 }]);
    painter.flush!();
    expect([...registry.get('test')!]).toEqual([again]);
  });
});
