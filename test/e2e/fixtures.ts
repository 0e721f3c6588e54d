/**
 * Fixture pages for the highlighting E2E suites (written here, never copied from the
 * corpus), each with the exact highlights expected from the bundled dataset.
 */
import { page } from './harness';

export const ENGLISH = {
  html: page(
    'English article',
    `<article>
      <p>Prime Minister Fumio Kishida met <b>Joe</b> Biden at the White House. Kishida’s visit included talks on DICAS and the Patriot missile.</p>
      <p>A patriot of either country might ask what it means for us. Daniel Kim wrote the column; Kim Jong Un did not reply.</p>
      <p>The goddess Artemis was worshipped at Ephesus. Toyota City residents were unmoved.</p>
      <p>Emmylou Harris sang; Harris was applauded.</p>
      <textarea>Fumio Kishida in a form field</textarea>
      <div contenteditable="true"><p>Joe Biden in an editor</p></div>
    </article>`,
  ),
  expected: ['Prime Minister Fumio Kishida', 'Joe Biden', 'Kishida', 'DICAS', 'Patriot missile', 'Kim Jong Un'],
};

export const KOREAN = {
  html: page(
    '한국어 기사',
    '<p>기시다 후미오 총리는 바이든 대통령과 정상회담을 열었다. 기시다 총리는 김정은 국무위원장과 만날 용의가 있다고 밝혔다.</p><p>배우 김정은이 새 드라마에 출연한다.</p>',
    { lang: 'ko' },
  ),
  expected: ['기시다 후미오', '바이든 대통령', '기시다 총리', '김정은 국무위원장'],
};

export const JAPANESE = {
  html: page('日本語の記事', '<p>岸田文雄首相は4月10日、ホワイトハウスでバイデン大統領と首脳会談を行った。岸田首相は日米比首脳会談に臨んだ。</p>', { lang: 'ja' }),
  expected: ['岸田文雄', 'バイデン大統領', '岸田首相', '日米比首脳会談'],
};

/** A single-page app: replaces its view after load, then appends to a live feed. */
export const SPA = page(
  'Live blog',
  `<main id="view"><p>Loading…</p></main>
  <script>
    setTimeout(() => {
      const view = document.getElementById('view');
      view.replaceChildren();
      const p = document.createElement('p');
      p.textContent = 'Live: Fumio Kishida lands in Washington.';
      view.appendChild(p);
      let n = 0;
      const timer = setInterval(() => {
        const item = document.createElement('p');
        item.textContent = n === 0 ? 'Update: Joe Biden greets his guest.' : 'Update: DICAS convenes.';
        view.appendChild(item);
        if (++n === 2) { clearInterval(timer); window.__done = true; window.__after = document.documentElement.outerHTML; }
      }, 150);
    }, 300);
  </script>`,
);
export const SPA_EXPECTED = ['Fumio Kishida', 'Joe Biden', 'DICAS'];

/** An open shadow root holding a mention, beside one in the light DOM. */
export const SHADOW = page(
  'Shadow DOM',
  `<p>Joe Biden in the light DOM.</p><news-card id="card"></news-card>
  <script>
    const root = document.getElementById('card').attachShadow({ mode: 'open' });
    const p = document.createElement('p');
    p.textContent = 'Fumio Kishida inside a shadow root.';
    root.appendChild(p);
  </script>`,
);

export const IFRAME_CHILD = page('Frame', '<p>Fumio Kishida inside a same-origin frame.</p>');
export const IFRAME_PARENT = page('Parent', '<p>Joe Biden in the parent page.</p><iframe src="/frame-child.html" width="600" height="200"></iframe>');

/** The privacy suites' page: names in three languages and a same-origin frame (served at /frame.html). */
export const PRIVACY_ARTICLE = page(
  'Privacy',
  `<article style="font: 20px/1.6 serif; max-width: 40rem; margin: 2rem auto">
  <p>Prime Minister Fumio Kishida met President Joe Biden at the White House on April 10, 2024.</p>
  <p>기시다 후미오 총리는 바이든 대통령과 회담했다. 岸田文雄首相はバイデン大統領と会談した。</p>
  <iframe src="/frame.html" style="width: 30rem; height: 6rem"></iframe>
</article>`,
);
export const PRIVACY_FRAME = page('Frame', '<p>Ferdinand Marcos Jr. joined the trilateral summit.</p>');
