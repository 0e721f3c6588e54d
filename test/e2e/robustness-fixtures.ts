/**
 * Hostile and unusual pages for the robustness suite, written here (never copied from
 * the corpus). Every page carries a responsiveness probe and records its own DOM
 * serialisation whenever it changes itself, so the suite can tell the page's changes
 * from ours. Each fixture states the highlights it expects.
 */
import { page } from './harness';

/**
 * Measures the page's longest busy stretch once it has rendered its first frame after
 * the load event: a timer chain that records the largest gap between its turns. A task
 * of N ms delays the next turn by about N ms, so the largest gap bounds the longest task
 * from above (timers are clamped to about 4 ms, which the gap includes). Works the same
 * in both browsers. Not ours to judge, so left out: the page's first layouts, and the
 * first frame after load, in which Chromium copies the page's text for Translate and
 * phishing detection (traced at 45–80 ms on the 5 MB page). Without an extension that
 * copy shares a frame with the one made when parsing ends; our content script runs
 * between DOMContentLoaded and load, which puts it in a frame of its own.
 */
const PROBE = `<script nonce="robust">
window.__probe = { max: 0 };
(function () {
  var last = 0;
  function tick() {
    var now = performance.now();
    if (now - last > window.__probe.max) window.__probe.max = now - last;
    last = now;
    setTimeout(tick, 0);
  }
  window.addEventListener('load', function () {
    requestAnimationFrame(function () { setTimeout(function () { last = performance.now(); tick(); }, 0); });
  });
})();
</script>`;

/** Lets a self-changing page record the serialisation it expects after its own changes. */
const RECORD = `window.__record = function () { window.__after = document.documentElement.outerHTML; };`;

function robustPage(title: string, body: string, options: { lang?: string; dir?: string } = {}): string {
  return page(title, body, { ...options, head: PROBE });
}

export interface Fixture {
  path: string;
  html: string;
  /** Headers sent with the page. */
  headers?: Record<string, string>;
  /** The exact highlights expected in the top document, in document order, after the page is driven. */
  expected?: string[];
}

const NAMES = ['Fumio Kishida', 'Joe Biden'];

/** About 5 MB of text: 10,000 paragraphs, each naming one of NAMES. */
export const LARGE: Fixture & { paragraphs: number } = (() => {
  const filler =
    'Markets were quiet as traders waited for the central bank, and the weather stayed mild across the region while ' +
    'the city council debated a new bus route and a local bakery expanded its opening hours for the holiday season. ';
  const paragraphs: string[] = [];
  let size = 0;
  for (let i = 0; size < 5_000_000; i++) {
    const p = `<p>${filler.repeat(2)}${NAMES[i % 2]} was mentioned in paragraph ${i}. ${filler.repeat(2)}</p>`;
    paragraphs.push(p);
    size += p.length;
  }
  return { path: '/large.html', html: robustPage('Large page', `<main>${paragraphs.join('\n')}</main>`), paragraphs: paragraphs.length };
})();

/** 400 levels of nested elements (HTML parsers flatten beyond 512) with a name at the top and at the bottom. */
export const NESTED: Fixture = (() => {
  const depth = 400;
  const open = Array.from({ length: depth }, (_, i) => (i % 2 ? '<span>' : '<div>')).join('');
  const close = Array.from({ length: depth }, (_, i) => (i % 2 ? '</span>' : '</div>')).reverse().join('');
  return {
    path: '/nested.html',
    html: robustPage('Nested', `<p>Fumio Kishida at the top.</p>${open}Joe Biden at the bottom.${close}`),
    expected: ['Fumio Kishida', 'Joe Biden'],
  };
})();

/** A live ticker rewriting its text every 50 ms until `__stop()`; the last text names DICAS. */
export const TICKER: Fixture = {
  path: '/ticker.html',
  html: robustPage(
    'Live ticker',
    `<p>Fumio Kishida arrives in Washington.</p><div id="ticker">Starting…</div>
    <script nonce="robust">
      ${RECORD}
      var items = ['Joe Biden greets his guest', 'Markets close higher', 'Fumio Kishida addresses Congress', 'Rain expected'];
      var n = 0;
      var timer = setInterval(function () { document.getElementById('ticker').textContent = items[n++ % items.length] + ' at ' + n; }, 50);
      window.__stop = function () {
        clearInterval(timer);
        document.getElementById('ticker').firstChild.data = 'Final: DICAS convenes';
        window.__record();
      };
    </script>`,
  ),
  expected: ['Fumio Kishida', 'DICAS'],
};

/** Infinite scroll: each time the reader nears the bottom, ten more paragraphs naming Joe Biden arrive. */
export const INFINITE: Fixture & { batch: number } = {
  path: '/infinite.html',
  batch: 10,
  html: robustPage(
    'Infinite scroll',
    `<main id="feed"><p style="height: 120vh">Fumio Kishida opens the feed.</p></main>
    <script nonce="robust">
      ${RECORD}
      window.__batches = 0;
      addEventListener('scroll', function () {
        if (innerHeight + scrollY < document.body.scrollHeight - 200) return;
        var feed = document.getElementById('feed');
        for (var i = 0; i < 10; i++) {
          var p = document.createElement('p');
          p.style.height = '15vh';
          p.textContent = 'Item ' + (window.__batches * 10 + i) + ': Joe Biden speaks.';
          feed.appendChild(p);
        }
        window.__batches++;
        window.__record();
      });
    </script>`,
  ),
};

/** Open shadow roots two deep, and a closed one the extension cannot see into. */
export const SHADOWS: Fixture = {
  path: '/shadows.html',
  html: robustPage(
    'Shadow DOM',
    `<p>Joe Biden in the light DOM.</p><outer-card id="outer"></outer-card><sealed-card id="sealed"></sealed-card>
    <script nonce="robust">
      var outer = document.getElementById('outer').attachShadow({ mode: 'open' });
      outer.innerHTML = '<p>Fumio Kishida in an open shadow root.</p><inner-card></inner-card>';
      outer.querySelector('inner-card').attachShadow({ mode: 'open' }).innerHTML = '<p>DICAS two roots deep.</p>';
      document.getElementById('sealed').attachShadow({ mode: 'closed' }).innerHTML = '<p>Kim Jong Un behind a closed root.</p>';
    </script>`,
  ),
};
export const SHADOWS_EXPECTED = ['DICAS', 'Fumio Kishida', 'Joe Biden'];

/** A parent page with a same-origin and a cross-origin frame (`{{other}}` is the other origin). */
export const FRAMES: Fixture = {
  path: '/frames.html',
  html: robustPage(
    'Frames',
    `<p>Joe Biden in the parent page.</p>
    <iframe id="same" src="/frame-same.html" width="500" height="120"></iframe>
    <iframe id="cross" src="{{other}}/frame-cross.html" width="500" height="120"></iframe>`,
  ),
  expected: ['Joe Biden'],
};
export const FRAME_SAME = page('Same-origin frame', '<p>Fumio Kishida in a same-origin frame.</p>');
export const FRAME_CROSS = page('Cross-origin frame', '<p>DICAS in a cross-origin frame.</p>');

/** Editors: contenteditable regions (and one nested inside an article) are left alone, also while typing. */
export const EDITABLE: Fixture = {
  path: '/editable.html',
  html: robustPage(
    'Editors',
    `<article><p>Fumio Kishida outside the editors.</p>
      <div id="editor" contenteditable="true"><p>Joe Biden in a rich-text editor.</p></div>
      <div contenteditable="plaintext-only">DICAS in a plain-text editor.</div>
      <p>Kim Jong Un after the editors.</p></article>`,
  ),
  expected: ['Fumio Kishida', 'Kim Jong Un'],
};

/** A strict Content-Security-Policy: no styles, no connections, only the page's own nonce scripts and images. */
export const STRICT_CSP: Fixture = {
  path: '/csp.html',
  headers: { 'content-security-policy': "default-src 'none'; script-src 'nonce-robust'; style-src 'none'; img-src 'self'; connect-src 'none'" },
  html: robustPage('Strict CSP', '<p>Prime Minister Fumio Kishida met President Joe Biden under a strict policy.</p>'),
  expected: ['Prime Minister Fumio Kishida', 'President Joe Biden'],
};

/**
 * A page that breaks built-ins its own scripts do not need: array methods, appendChild,
 * `window.CSS`, MutationObserver, Range and more throw. It keeps a private reader of the
 * highlight registry, `__highlights()`, made before the damage (each of our ranges lies in one text node).
 */
export const OVERRIDES: Fixture = {
  path: '/overrides.html',
  html: robustPage(
    'Overridden built-ins',
    `<p>Prime Minister Fumio Kishida met President Joe Biden.</p><p>DICAS met in Tokyo.</p>
    <script nonce="robust">
      (function () {
        var registry = CSS.highlights;
        window.__highlights = function () {
          var out = '';
          var h = registry.get('briefing-lens');
          if (h) for (var r of h) out += (out ? '|' : '') + r.startContainer.data.slice(r.startOffset, r.endOffset);
          return out;
        };
        function boom() { throw new Error('overridden by the page'); }
        ['map', 'forEach', 'push', 'filter', 'slice', 'sort', 'indexOf', 'includes', 'join'].forEach(function (m) { Array.prototype[m] = boom; });
        Node.prototype.appendChild = boom;
        Node.prototype.insertBefore = boom;
        Element.prototype.attachShadow = boom;
        Element.prototype.getBoundingClientRect = boom;
        Object.defineProperty(window, 'CSS', { value: undefined });
        window.MutationObserver = boom;
        window.Highlight = boom;
        window.Range = boom;
        document.createRange = boom;
        document.createTreeWalker = boom;
        String.prototype.normalize = boom;
        EventTarget.prototype.dispatchEvent = boom;
      })();
    </script>`,
  ),
};
export const OVERRIDES_EXPECTED = ['Prime Minister Fumio Kishida', 'President Joe Biden', 'DICAS'];

/** Right-to-left Arabic and Hebrew with embedded Latin names. */
export const RTL: Fixture = {
  path: '/rtl.html',
  html: robustPage(
    'RTL',
    `<p>التقى رئيس الوزراء الياباني Fumio Kishida بالرئيس Joe Biden في البيت الأبيض.</p>
    <p dir="rtl" lang="he">ראש ממשלת יפן Fumio Kishida נפגש עם DICAS בוושינגטון.</p>`,
    { lang: 'ar', dir: 'rtl' },
  ),
  expected: ['Fumio Kishida', 'Joe Biden', 'Fumio Kishida', 'DICAS'],
};

/** A page already full of `<mark>` elements (search-term highlighting), some splitting names. */
export const MARKS: Fixture = {
  path: '/marks.html',
  html: robustPage(
    'Marks',
    `<p><mark>Prime</mark> <mark>Minister</mark> <mark>Fumio</mark> <mark class="hit">Kishida</mark> met <mark data-markjs="true">Joe Biden</mark>.</p>
    <p>${Array.from({ length: 300 }, (_, i) => `<mark>word${i}</mark>`).join(' ')} <mark>DICAS</mark></p>`,
  ),
  expected: ['Prime Minister Fumio Kishida', 'Joe Biden', 'DICAS'],
};
