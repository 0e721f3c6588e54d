// @vitest-environment happy-dom
// The text collector: blocks follow block boundaries, inline markup stays in one block,
// skipped regions are not read, and the walk resumes across slices.
import { describe, expect, it } from 'vitest';
import { locate, TextCollector } from '../../../src/content/highlight/collect';

function collect(html: string, deadline = Infinity) {
  document.body.innerHTML = html;
  const collector = new TextCollector(document.body);
  let steps = 1;
  while (!collector.step(deadline)) steps++;
  return { blocks: collector.blocks.map((b) => b.text), collector, steps };
}

describe('TextCollector', () => {
  it('joins text across inline elements and splits at block elements', () => {
    const { blocks } = collect('<p><b>Fumio</b> Kishida met <a href="#">Joe Biden</a>.</p><div>Second <span>block</span></div>');
    expect(blocks).toEqual(['Fumio Kishida met Joe Biden.', 'Second block']);
  });

  it('skips scripts, styles, form fields, code and editable regions', () => {
    const { blocks } = collect(
      '<p>Kept</p><script>var Kishida = 1</script><style>.Biden{}</style><textarea>Kishida</textarea>' +
        '<div contenteditable="true"><p>Kishida draft</p></div><div contenteditable="false">Read</div><pre>Kishida()</pre><input value="Biden">',
    );
    expect(blocks).toEqual(['Kept', 'Read']);
  });

  it('skips the extension UI host', () => {
    const { blocks } = collect('<p>Page</p><briefing-lens-ui>Card text</briefing-lens-ui>');
    expect(blocks).toEqual(['Page']);
  });

  it('reports open shadow roots for the caller to read', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>Inside</p>';
    const collector = new TextCollector(document.body);
    collector.step(Infinity);
    expect(collector.shadowRoots).toEqual([root]);
  });

  it('resumes where it stopped when the deadline passes', () => {
    const html = Array.from({ length: 600 }, (_, i) => `<p>Paragraph ${i}</p>`).join('');
    const { blocks, steps } = collect(html, 0);
    expect(steps).toBeGreaterThan(1);
    expect(blocks).toHaveLength(600);
    expect(blocks[599]).toBe('Paragraph 599');
  });

  it('locates string offsets in the right text node, preferring the node that ends there for ends', () => {
    document.body.innerHTML = '<p><b>Fumio</b> Kishida</p>';
    const collector = new TextCollector(document.body);
    collector.step(Infinity);
    const block = collector.blocks[0]!;
    const bold = document.querySelector('b')!.firstChild;
    expect(locate(block, 0)).toEqual({ node: bold, offset: 0 });
    expect(locate(block, 5, true)).toEqual({ node: bold, offset: 5 });
    expect(locate(block, 5).node).toBe(document.querySelector('p')!.lastChild);
  });
});
