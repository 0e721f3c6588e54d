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
  expected: ['Prime Minister Fumio Kishida', 'Joe Biden', 'the White House', 'Kishida', 'DICAS', 'Patriot missile', 'Kim Jong Un'],
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
  expected: ['岸田文雄', 'ホワイトハウス', 'バイデン大統領', '岸田首相', '日米比首脳会談'],
};

/** The names coverage of the visit meets constantly (officials, disputed waters, groupings, treaty article, policy terms), with bare surnames after their full names and a last paragraph of look-alikes that must stay plain: the city of Austin, quad bikes, common surnames, `grips`, Seiji Kihara, a generic command-and-control console. */
export const COVERAGE_ENGLISH = {
  html: page(
    "Officials, waters and groupings",
    "<p>National Security Advisor Jake Sullivan briefed reporters at the White House. Sullivan said Secretary of State Antony Blinken and Defense Secretary Lloyd Austin would meet Yoko Kamikawa and Minoru Kihara.</p><p>The leaders said Article 5 of the U.S.-Japan Security Treaty applies to the Senkaku Islands, opposed coercion in the East China Sea and the South China Sea, and raised Second Thomas Shoal and Scarborough Shoal. Austin backed the upgrade of command and control for U.S. Forces Japan.</p><p>Ambassador Rahm Emanuel, the G7, the Quad with India and Australia, ASEAN and peace across the Taiwan Strait all came up. Chief Cabinet Secretary Yoshimasa Hayashi spoke in Tokyo. Professor Michishita teaches at GRIPS.</p><p>Foreign Secretary Enrique Manalo and Defense Secretary Gilberto Teodoro joined Marcos. Manalo said the China Coast Guard keeps blocking supply boats, and the leaders backed a free and open Indo-Pacific. Kishida also raised the abduction issue with North Korea.</p><p>Not these: a quad bike in Austin, Texas; Mr. Smith and Ms. Sato; the grips of a racket; Kihara Seiji; a 4x4 command and control console.</p>",
  ),
  expected: ["Jake Sullivan", "the White House", "Sullivan", "Antony Blinken", "Lloyd Austin", "Yoko Kamikawa", "Minoru Kihara", "Article 5 of the U.S.-Japan Security Treaty", "Senkaku Islands", "East China Sea", "South China Sea", "Second Thomas Shoal", "Scarborough Shoal", "Austin", "command and control", "U.S. Forces Japan", "Rahm Emanuel", "G7", "Quad", "Australia", "ASEAN", "Taiwan Strait", "Yoshimasa Hayashi", "Professor Michishita", "GRIPS", "Enrique Manalo", "Gilberto Teodoro", "Manalo", "China Coast Guard", "free and open Indo-Pacific", "Kishida", "abduction issue", "North Korea"],
};

/** The same coverage in Korean as newsrooms write it; the last paragraph (common surnames, a quad-core chip) stays plain. */
export const COVERAGE_KOREAN = {
  html: page(
    "관료, 바다, 협의체",
    "<p>제이크 설리번 백악관 국가안보보좌관은 블링컨 국무장관과 오스틴 국방장관이 가미카와 요코 외무상, 기하라 미노루 방위상과 만난다고 말했다.</p><p>미일안보조약 제5조가 센카쿠 열도에 적용된다고 확인했고, 동중국해와 남중국해, 세컨드 토머스 암초와 스카버러 암초 문제를 논의했다. 주일미군과 자위대의 지휘통제를 개선한다.</p><p>람 이매뉴얼 주일 미국대사, 주요 7개국, 쿼드와 호주, 아세안, 대만해협의 평화가 거론됐다. 하야시 요시마사 관방장관이 발표했다.</p><p>엔리케 마날로 외무장관과 테오도로 국방장관이 마르코스 대통령과 함께했다. 중국 해경이 보급선을 막고 있으며, 정상들은 자유롭고 개방된 인도·태평양을 지지했다. 기시다 총리는 일본인 납치 문제도 거론했다.</p><p>이것은 아니다: 김 씨와 사토 씨, 쿼드 코어 프로세서.</p>", { lang: 'ko' },
  ),
  expected: ["제이크 설리번", "백악관", "블링컨", "오스틴 국방장관", "가미카와 요코", "기하라 미노루", "미일안보조약 제5조", "센카쿠 열도", "동중국해", "남중국해", "세컨드 토머스 암초", "스카버러 암초", "주일미군", "자위대", "지휘통제", "람 이매뉴얼", "미국", "주요 7개국", "쿼드", "호주", "아세안", "대만해협", "하야시 요시마사", "엔리케 마날로", "테오도로 국방장관", "마르코스 대통령", "중국 해경", "자유롭고 개방된 인도·태평양", "기시다 총리", "일본인 납치 문제"],
};

/** The same coverage in Japanese as newsrooms write it; the last paragraph (上川町, 木原誠二, common surnames) stays plain. */
export const COVERAGE_JAPANESE = {
  html: page(
    "閣僚・海域・枠組み",
    "<p>サリバン大統領補佐官はホワイトハウスで、ブリンケン国務長官とオースティン国防長官が上川陽子外相、木原稔防衛相と会うと述べた。</p><p>日米安保条約第5条が尖閣諸島に適用されると確認し、東シナ海と南シナ海、アユンギン礁とスカボロー礁について協議した。在日米軍と自衛隊の指揮統制を向上させる。</p><p>エマニュエル駐日大使、G7、日米豪印、東南アジア諸国連合、台湾海峡の平和が話題になった。林芳正官房長官が発表した。政策研究大学院大学の教授も語った。</p><p>マナロ外相とテオドロ国防相がマルコス大統領に同行した。中国海警局が補給船を妨害しており、首脳らは自由で開かれたインド太平洋を支持した。岸田首相は拉致問題も提起した。</p><p>これは違う:上川町の祭り、木原誠二氏、佐藤さんと鈴木さん。</p>", { lang: 'ja' },
  ),
  expected: ["サリバン大統領補佐官", "ホワイトハウス", "ブリンケン国務長官", "オースティン国防長官", "上川陽子", "木原稔", "日米安保条約第5条", "尖閣諸島", "東シナ海", "南シナ海", "アユンギン礁", "スカボロー礁", "在日米軍", "自衛隊", "指揮統制", "エマニュエル駐日大使", "G7", "日米豪印", "東南アジア諸国連合", "台湾海峡", "林芳正", "政策研究大学院大学", "マナロ外相", "テオドロ国防相", "マルコス大統領", "中国海警局", "自由で開かれたインド太平洋", "岸田首相", "拉致問題"],
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

/** The story after the visit (second pack) in English: new names and aliases, surnames after their full names, and a last paragraph of look-alikes that must stay plain (another country's reciprocal access agreement, another inauguration, Takaichi District, Korea's Democratic Party). */
export const AFTER_VISIT_ENGLISH = {
  html: page(
    'After the visit',
    "<p>Prime Minister Shigeru Ishiba met President Trump at the White House on 7 February 2025. Ishiba and Trump pledged a golden age for U.S.-Japan relations at the Ishiba-Trump summit.</p><p>Months earlier Sanae Takaichi lost the LDP leadership election runoff to Ishiba; Takaichi had led the first round after Fumio Kishida chose not to run. Komeito and the LDP then lost their majority in the lower house election.</p><p>Joe Biden withdrew and endorsed Kamala Harris, whom the Democratic Party nominated; Harris lost to Trump, and Trump's inauguration followed on 20 January 2025.</p><p>Biden blocked Nippon Steel's purchase of U.S. Steel after CFIUS could not agree. The Japan-Philippines Reciprocal Access Agreement was signed before President Marcos. Lloyd Austin said U.S. Forces Japan would become a joint force headquarters.</p><p>Not these: a reciprocal access agreement with another country; the inauguration of a library; Takaichi District; the Democratic Party of Korea.</p>",
  ),
  expected: ["Shigeru Ishiba", "President Trump", "the White House", "Ishiba", "Trump", "golden age for U.S.-Japan relations", "Ishiba-Trump summit", "Sanae Takaichi", "LDP leadership election", "Ishiba", "Takaichi", "Fumio Kishida", "Komeito", "LDP", "lower house election", "Joe Biden", "Kamala Harris", "Democratic Party", "Harris", "Trump", "Trump's inauguration", "Biden", "Nippon Steel", "U.S. Steel", "CFIUS", "Japan-Philippines Reciprocal Access Agreement", "President Marcos", "Lloyd Austin", "U.S. Forces Japan", "joint force headquarters"],
};

/** The same story in Korean as newsrooms write it; the last paragraph (Korea's 더불어민주당, a university inauguration, another country's RAA) stays plain. */
export const AFTER_VISIT_KOREAN = {
  html: page(
    '방문 이후',
    '<p>이시바 시게루 총리는 7일 백악관에서 트럼프 대통령과 첫 미일 정상회담을 열었다. 이시바 총리와 트럼프 대통령은 공동성명을 발표했다.</p><p>앞서 자민당 총재 선거 결선에서 이시바가 다카이치 사나에를 꺾었다. 기시다 전 총리는 출마하지 않았다. 이어진 중의원 선거에서 자민당과 공명당은 과반을 잃었다.</p><p>미국에서는 바이든 대통령이 사퇴하고 해리스 부통령을 지지했으며, 민주당은 해리스를 후보로 지명했다. 트럼프 대통령 취임식은 1월 20일 열렸다.</p><p>바이든은 일본제철의 US스틸 인수를 불허했다. 일본과 필리핀은 상호접근 협정에 서명했다. 오스틴 국방장관은 주일미군을 통합군사령부로 개편한다고 밝혔다.</p><p>이것은 아니다: 더불어민주당 대표의 발언, 대학 총장 취임식, 다른 나라와의 원활화 협정.</p>',
    { lang: 'ko' },
  ),
  expected: ["이시바 시게루", "백악관", "트럼프 대통령", "미일 정상회담", "이시바 총리", "트럼프 대통령", "공동성명", "자민당 총재 선거", "이시바", "다카이치 사나에", "기시다 전 총리", "중의원 선거", "자민당", "공명당", "미국", "바이든 대통령", "해리스 부통령", "민주당", "해리스", "트럼프 대통령 취임식", "바이든", "일본제철의 US스틸 인수", "일본", "필리핀", "상호접근 협정", "오스틴 국방장관", "주일미군", "통합군사령부"],
};

/** The same story in Japanese as newsrooms write it; the last paragraph (高市郡, 立憲民主党, a university president's inauguration) stays plain. */
export const AFTER_VISIT_JAPANESE = {
  html: page(
    '訪米のその後',
    '<p>石破茂首相は7日、ホワイトハウスでトランプ大統領と初の日米首脳会談に臨んだ。共同声明は日米関係の新たな黄金時代をうたった。</p><p>石破首相は自民党総裁選の決選投票で高市早苗氏を破った。岸田前首相は出馬しなかった。その後の衆院選で自民党と公明党は過半数を割った。</p><p>米国ではバイデン大統領が撤退し、ハリス副大統領が民主党の候補となった。トランプ大統領の就任式は1月20日に行われた。</p><p>バイデン大統領は日本製鉄によるUSスチール買収の禁止命令を出した。日比円滑化協定はマニラで署名された。在日米軍は統合軍司令部に再編される。</p><p>これは違う:奈良県高市郡の町、立憲民主党の代表、大学の学長就任式。</p>',
    { lang: 'ja' },
  ),
  expected: ["石破茂", "ホワイトハウス", "トランプ大統領", "日米首脳会談", "共同声明", "日米関係の新たな黄金時代", "石破首相", "自民党総裁選", "高市早苗", "岸田前首相", "衆院選", "自民党", "公明党", "米国", "バイデン大統領", "ハリス副大統領", "民主党", "トランプ大統領の就任式", "バイデン大統領", "日本製鉄によるUSスチール買収", "日比円滑化協定", "在日米軍", "統合軍司令部"],
};
