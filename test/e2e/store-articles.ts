/**
 * The news articles the store screenshots show, one per listing language, written for
 * them (never copied from the corpus), with the name whose card each screenshot opens.
 */
import { page } from './harness';

export interface StoreArticle {
  lang: 'en' | 'ko' | 'ja';
  html: string;
  /** The highlight hovered for the card screenshot, and the card's title for it. */
  hover: string;
  cardTitle: string;
}

const STYLE = 'max-width: 44rem; margin: 3rem auto; font: 20px/1.7 Georgia, "Noto Serif CJK KR", "Noto Serif CJK JP", serif; color: #1d2330';

function article(lang: StoreArticle['lang'], title: string, heading: string, paragraphs: string[]): string {
  return page(title, `<article style='${STYLE}'><h1 style="font-size: 2rem; line-height: 1.25">${heading}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>`, { lang });
}

export const STORE_ARTICLES: StoreArticle[] = [
  {
    lang: 'en',
    html: article('en', 'World news', 'Kishida and Biden open a new chapter in the alliance', [
      'Prime Minister Fumio Kishida met President Joe Biden at the White House on April 10, 2024, in the first state visit by a Japanese leader in nine years.',
      'The two leaders agreed to convene DICAS, a forum on defence industrial cooperation, and to upgrade the command and control of US forces in Japan.',
      'A day later Joe Biden hosted Kishida and President Ferdinand Marcos Jr. of the Philippines for the first Japan–Philippines–US trilateral summit.',
    ]),
    hover: 'Prime Minister Fumio Kishida',
    cardTitle: 'Fumio Kishida',
  },
  {
    lang: 'ko',
    html: article('ko', '국제 뉴스', '기시다·바이든, 동맹의 새 장을 열다', [
      '기시다 후미오 일본 총리는 2024년 4월 10일 백악관에서 조 바이든 대통령과 정상회담을 가졌다. 일본 총리의 국빈 방문은 9년 만이다.',
      '두 정상은 방위산업 협력을 논의하는 협의체 DICAS를 출범시키기로 합의했다.',
      '다음 날 바이든 대통령은 기시다 총리, 페르디난드 마르코스 필리핀 대통령과 함께 첫 미국·일본·필리핀 3국 정상회의를 열었다.',
    ]),
    hover: '기시다 후미오',
    cardTitle: '기시다 후미오',
  },
  {
    lang: 'ja',
    html: article('ja', '国際ニュース', '岸田首相とバイデン大統領、同盟の新たな章へ', [
      '岸田文雄首相は2024年4月10日、ホワイトハウスでバイデン大統領と首脳会談を行った。日本の首相の国賓待遇での訪米は9年ぶり。',
      '両首脳は、防衛産業の協力を話し合う協議体DICASの立ち上げで合意した。',
      '翌11日には、フィリピンのマルコス大統領を交えた初の日米比首脳会談が開かれた。',
    ]),
    hover: '岸田文雄',
    cardTitle: '岸田文雄',
  },
];
