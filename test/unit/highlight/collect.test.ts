// @vitest-environment happy-dom
// The text collector: blocks follow block boundaries, inline markup stays in one block,
// skipped regions are not read, the walk resumes across slices, and only blocks the
// sieve passes are kept.
import { describe, expect, it } from 'vitest';
import { locate, TextCollector, type BlockSieve } from '../../../src/content/highlight/collect';
import { createMatcher } from '../../../src/content/match/create-matcher';
import { INDEX } from '../match/fixture';
import { PASS_ALL } from './pass-all';

function collect(html: string, deadline = Infinity) {
  document.body.innerHTML = html;
  const collector = new TextCollector(document.body, PASS_ALL);
  let steps = 1;
  while (!collector.step(deadline)) steps++;
  return { blocks: collector.blocks.map((b) => b.text), collector, steps };
}

describe('TextCollector', () => {
  it('joins text across inline elements and splits at block elements', () => {
    const { blocks } = collect('<p><b>Fumio</b> Kishida met <a href="#">Joe Biden</a>.</p><div>Second <span>block</span></div>');
    expect(blocks).toEqual(['Fumio Kishida met Joe Biden.', 'Second block']);
  });

  it('drops the white space between blocks but keeps white space inside a block', () => {
    const { blocks } = collect('<div>\n  <p>A</p>\n  <span>\n</span><b>Fumio</b> <i>Kishida</i>\n</div>\n<br>\t<ul>\n<li>B</li></ul>');
    expect(blocks).toEqual(['A', 'Fumio Kishida\n', 'B']);
  });

  it('splits blocks at empty and void block elements, and after leaving a block', () => {
    const { blocks } = collect('<div>Fumio<br>Kishida<p></p>Joe<img src="x.png">Biden<section><p>in</p>after</section>out</div>');
    expect(blocks).toEqual(['Fumio', 'Kishida', 'Joe', 'Biden', 'in', 'after', 'out']);
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
    const collector = new TextCollector(document.body, PASS_ALL);
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
    const collector = new TextCollector(document.body, PASS_ALL);
    collector.step(Infinity);
    const block = collector.blocks[0]!;
    const bold = document.querySelector('b')!.firstChild;
    expect(locate(block, 0)).toEqual({ node: bold, offset: 0 });
    expect(locate(block, 5, true)).toEqual({ node: bold, offset: 5 });
    expect(locate(block, 5).node).toBe(document.querySelector('p')!.lastChild);
  });

  it('keeps only the blocks the sieve passes while reading or at their end, feeding it each block from its start', () => {
    const fed: string[][] = [];
    const sieve: BlockSieve = {
      reset: () => fed.push([]),
      feed: (text) => (fed.at(-1)!.push(text), text.includes('Kishida')),
      end: () => fed.at(-1)!.includes('More'),
    };
    document.body.innerHTML = '<p>Plain <b>text</b></p><p>Fumio <i>Kishida</i> spoke</p><p>More</p>';
    const collector = new TextCollector(document.body, sieve);
    collector.step(Infinity);
    // 'More' is passed at the block's end (a match that needed the block to end there).
    expect(collector.blocks.map((b) => b.text)).toEqual(['Fumio Kishida spoke', 'More']);
    expect(collector.blocks[0]!.starts).toEqual([0, 6, 13]);
    // Fed node by node; after a pass the rest of the block is not fed.
    expect(fed.filter((f) => f.length > 0)).toEqual([['Plain ', 'text'], ['Fumio ', 'Kishida'], ['More']]);
    expect(collector.characters).toBe('Plain textFumio Kishida spokeMore'.length);
  });

  it('lists every text node read when asked to, passed or not', () => {
    document.body.innerHTML = '<p>One</p><p>Two <b>three</b></p>';
    const tracked = new TextCollector(document.body, { reset() {}, feed: () => false, end: () => false }, { trackVisited: true });
    tracked.step(Infinity);
    expect(tracked.blocks).toEqual([]);
    expect(tracked.visited!.map((n) => n.data)).toEqual(['One', 'Two ', 'three']);
    const untracked = new TextCollector(document.body, PASS_ALL);
    untracked.step(Infinity);
    expect(untracked.visited).toBeNull();
  });

  it('keeps an editable inline element from splitting its block, while skipping its text', () => {
    const { blocks } = collect('<p>Fumio <span contenteditable="true">draft</span>Kishida</p>');
    expect(blocks).toEqual(['Fumio Kishida']);
  });

  it('with the real sieve, keeps exactly the blocks in which the matcher finds something', () => {
    const matcher = createMatcher(INDEX);
    document.body.innerHTML =
      '<p>Nothing here.</p><p><b>Fumio</b> <i>Kishida</i> met</p><p>Kishi<b>da</b> alone</p><div>US</div><div>us and them</div><p>岸田首相は</p>';
    const collector = new TextCollector(document.body, matcher.sieve());
    collector.step(Infinity);
    const all = new TextCollector(document.body, PASS_ALL);
    all.step(Infinity);
    const found = all.blocks.filter((b) => {
      const scan = matcher.scanBlock(b.text, new Set());
      return scan.mentions.length + scan.pending.length > 0;
    });
    expect(found.length).toBe(4);
    for (const block of found) expect(collector.blocks.map((b) => b.text)).toContain(block.text);
    expect(collector.blocks.map((b) => b.text)).not.toContain('Nothing here.');
  });
});
