// @vitest-environment happy-dom
// The highlighter (over a minimal CSS Custom Highlight API, which happy-dom lacks):
// what gets drawn, anchors across blocks, type filters, the cap, live changes, that the
// page's DOM never changes, and that stopping removes every mark.
import { afterEach, describe, expect, it } from 'vitest';
import { Highlighter, type Scanner } from '../../../src/content/highlight/highlighter';
import { SLICE_MS } from '../../../src/content/highlight/schedule';
import { createMatcher } from '../../../src/content/match/create-matcher';
import type { MatcherIndex } from '../../../src/shared/matcher-index';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings';
import { highlightTexts, useHighlightApi } from './highlight-api';

const INDEX: MatcherIndex = {
  version: 'test',
  entities: [
    { id: 'fumio-kishida', type: 'actor', name: 'Fumio Kishida' },
    { id: 'joe-biden', type: 'actor', name: 'Joe Biden' },
    { id: 'dicas', type: 'agreement', name: 'DICAS' },
  ],
  aliases: [
    { text: 'Fumio Kishida', entity: 0 },
    { text: 'Kishida', entity: 0, needsAnchor: true },
    { text: 'Joe Biden', entity: 1 },
    { text: 'Biden', entity: 1 },
    { text: 'DICAS', entity: 2, caseSensitive: true },
  ],
};

// Before the hook below, so the highlighters stop (after-hooks run last first) while the API is still there.
const highlights = useHighlightApi();
const controllers: AbortController[] = [];
afterEach(() => {
  controllers.splice(0).forEach((c) => c.abort());
  document.body.innerHTML = '';
});

/** A highlighter over `html`, not started, with the controller that stops it and its UI host. */
function setUp(html: string, settings: Partial<Settings> = {}, scanner: Scanner = createMatcher(INDEX)) {
  document.body.innerHTML = html;
  const life = new AbortController();
  controllers.push(life);
  const host = document.createElement('briefing-lens-ui');
  const h = new Highlighter({ scanner, settings: { ...DEFAULT_SETTINGS, ...settings }, signal: life.signal, uiHost: () => host });
  return { h, life, host };
}

async function highlight(html: string, settings: Partial<Settings> = {}) {
  const { h } = setUp(html, settings);
  await h.start();
  return h;
}

const marked = () => highlightTexts(highlights);
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('Highlighter', () => {
  it('draws every mention, one across inline markup as one range, and leaves the page unchanged', async () => {
    const html = '<p>Fumio Kishida met <b>Joe</b> Biden; DICAS and Dicas.</p>';
    const h = await highlight(html);
    expect(marked()).toEqual(['Fumio Kishida', 'Joe Biden', 'DICAS']);
    expect(document.body.innerHTML).toBe(html);
    expect(h.registry.entityCounts()).toEqual(new Map([[0, 1], [1, 1], [2, 1]]));
  });

  it('links a bare surname that comes before the full name once the full name anchors it', async () => {
    await highlight('<p>Kishida arrived on Monday.</p><p>Prime Minister Fumio Kishida spoke.</p>');
    expect(marked()).toEqual(['Kishida', 'Fumio Kishida']);
  });

  it('never links a bare surname whose entity is not on the page', async () => {
    await highlight('<p>A professor named Kishida wrote a book.</p>');
    expect(marked()).toEqual([]);
  });

  it('draws only the entity types the reader chose', async () => {
    await highlight('<p>Joe Biden backed DICAS.</p>', { types: ['agreement'] });
    expect(marked()).toEqual(['DICAS']);
  });

  it('stops drawing at the cap but still counts every mention', async () => {
    const h = await highlight(`<p>${'Joe Biden. '.repeat(10)}</p>`, { maxHighlights: 3 });
    expect(marked()).toHaveLength(3);
    expect(h.registry.entityCounts().get(1)).toBe(10);
  });

  it('highlights text added later and forgets text removed', async () => {
    const h = await highlight('<div id="feed"><p>Joe Biden spoke.</p></div>');
    const p = document.createElement('p');
    p.textContent = 'DICAS met for the first time.';
    document.getElementById('feed')!.appendChild(p);
    await tick();
    await h.idle();
    expect(marked()).toEqual(['Joe Biden', 'DICAS']);
    p.remove();
    await tick();
    await h.idle();
    expect(h.registry.entityCounts().has(2)).toBe(false);
  });

  it('removes every mark and leaves the DOM as it was when stopped', async () => {
    const html = '<p>Fumio Kishida met <i>Joe Biden</i>.</p><p>DICAS</p>';
    const h = await highlight(html);
    expect(marked()).toHaveLength(3);
    h.stop();
    expect(marked()).toEqual([]);
    expect(highlights.has('briefing-lens')).toBe(false);
    expect(document.body.innerHTML).toBe(html);
  });

  it('leaves neither marks nor its style sheet in the page when stopped while a pass yields', async () => {
    const html = '<p>Joe Biden spoke.</p><p>DICAS met.</p>';
    const matcher = createMatcher(INDEX);
    let scanned = 0;
    let turnOff = () => {};
    const { h, life, host } = setUp(html, {}, {
      ...matcher,
      // The first block takes longer than a slice, so the pass yields after it; the
      // reader turns highlighting off during that yield (a microtask runs at the await).
      scanBlock(text, anchors) {
        if (scanned++ === 0) {
          const until = performance.now() + 2 * SLICE_MS;
          while (performance.now() < until);
          queueMicrotask(turnOff);
        }
        return matcher.scanBlock(text, anchors);
      },
    });
    turnOff = () => life.abort();
    await h.start();
    expect(scanned).toBe(1);
    expect(document.body.innerHTML).toBe(html);
    expect(marked()).toEqual([]);
    expect(document.adoptedStyleSheets).toHaveLength(0);
    expect(host.querySelector('style')).toBeNull();
  });
});
