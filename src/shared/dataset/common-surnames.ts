/**
 * Common family names that must never link on their own: the twenty or so most common family names
 * of Korea, Japan and the English-speaking world (United States and United Kingdom), each in the
 * scripts and romanisations Korean, Japanese and English pages write them in. A bare alias equal to
 * one of these needs a context rule (see editorial-rules.ts).
 */

/** Korea: 김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 전 홍, in Hangul, Hanja, katakana and the usual romanisations. */
const KOREAN: readonly string[] = [
  '김', '金', 'キム', 'Kim', 'Gim',
  '이', '李', 'イ', 'Lee', 'Yi', 'Rhee', 'Rhie',
  '박', '朴', 'パク', 'Park', 'Pak', 'Bak',
  '최', '崔', 'チェ', 'Choi', 'Choe', 'Chwe',
  '정', '鄭', 'チョン', 'Jung', 'Jeong', 'Chung', 'Cheong',
  '강', '姜', 'カン', 'Kang', 'Gang',
  '조', '趙', 'チョ', 'Cho', 'Jo', 'Joe',
  '윤', '尹', 'ユン', 'Yoon', 'Yun',
  '장', '張', 'チャン', 'Jang', 'Chang',
  '임', '林', 'イム', 'Lim', 'Im', 'Rim',
  '한', '韓', 'ハン', 'Han',
  '오', '吳', '呉', 'オ', 'Oh', 'O',
  '서', '徐', 'ソ', 'Seo', 'Suh',
  '신', '申', 'シン', 'Shin', 'Sin',
  '권', '權', '権', 'クォン', 'Kwon', 'Gwon',
  '황', '黃', '黄', 'ファン', 'Hwang',
  '안', '安', 'アン', 'Ahn', 'An',
  '송', '宋', 'ソン', 'Song',
  '전', '全', 'Jeon', 'Jun', 'Chun',
  '홍', '洪', 'ホン', 'Hong',
];

/** Japan: 佐藤 鈴木 高橋 田中 伊藤 渡辺 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本 井上 木村 林 斎藤 清水, in kanji, kana, Hangul and Latin. */
const JAPANESE: readonly string[] = [
  '佐藤', 'さとう', 'サトウ', '사토', 'Sato', 'Satō', 'Satoh',
  '鈴木', 'すずき', 'スズキ', '스즈키', 'Suzuki',
  '高橋', 'たかはし', '다카하시', 'Takahashi',
  '田中', 'たなか', '다나카', 'Tanaka',
  '伊藤', 'いとう', '이토', 'Ito', 'Itō', 'Itoh',
  '渡辺', '渡邉', '渡邊', 'わたなべ', '와타나베', 'Watanabe',
  '山本', 'やまもと', '야마모토', 'Yamamoto',
  '中村', 'なかむら', '나카무라', 'Nakamura',
  '小林', 'こばやし', '고바야시', 'Kobayashi',
  '加藤', 'かとう', '가토', 'Kato', 'Katō', 'Katoh',
  '吉田', 'よしだ', '요시다', 'Yoshida',
  '山田', 'やまだ', '야마다', 'Yamada',
  '佐々木', 'ささき', '사사키', 'Sasaki',
  '山口', 'やまぐち', '야마구치', 'Yamaguchi',
  '松本', 'まつもと', '마쓰모토', '마츠모토', 'Matsumoto',
  '井上', 'いのうえ', '이노우에', 'Inoue',
  '木村', 'きむら', '기무라', 'Kimura',
  'はやし', '하야시', 'Hayashi',
  '斎藤', '斉藤', '齋藤', 'さいとう', '사이토', 'Saito', 'Saitō',
  '清水', 'しみず', '시미즈', 'Shimizu',
];

/** The United States and the United Kingdom: the most common family names of both, in Latin, Hangul and katakana. */
const ENGLISH: readonly string[] = [
  'Smith', '스미스', 'スミス',
  'Johnson', '존슨', 'ジョンソン',
  'Williams', '윌리엄스', 'ウィリアムズ', 'ウィリアムス',
  'Brown', '브라운', 'ブラウン',
  'Jones', '존스', 'ジョーンズ',
  'Garcia', '가르시아', 'ガルシア',
  'Miller', '밀러', 'ミラー',
  'Davis', '데이비스', 'デービス', 'デイビス',
  'Rodriguez', '로드리게스', 'ロドリゲス',
  'Martinez', '마르티네스', 'マルティネス',
  'Hernandez', '에르난데스', 'エルナンデス',
  'Lopez', '로페스', 'ロペス',
  'Gonzalez', '곤잘레스', 'ゴンザレス',
  'Wilson', '윌슨', 'ウィルソン',
  'Anderson', '앤더슨', 'アンダーソン',
  'Thomas', '토머스', '토마스', 'トーマス',
  'Taylor', '테일러', 'テイラー',
  'Moore', '무어', 'ムーア',
  'Jackson', '잭슨', 'ジャクソン',
  'Martin', '마틴', 'マーティン',
  'Thompson', '톰슨', 'トンプソン',
  'White', '화이트', 'ホワイト',
  'Harris', '해리스', 'ハリス',
  'Clark', '클라크', 'クラーク',
  'Lewis', '루이스', 'ルイス',
  'Robinson', '로빈슨', 'ロビンソン',
  'Walker', '워커', 'ウォーカー',
  'Davies', 'デイヴィス',
  'Evans', '에번스', '에반스', 'エバンス',
  'Roberts', '로버츠', 'ロバーツ',
  'Wright', '라이트', 'ライト',
  'Hughes', '휴스', 'ヒューズ',
  'Green', '그린', 'グリーン',
  'Hall', '홀', 'ホール',
];

/** Every listed form, as written. */
export const COMMON_SURNAMES: readonly string[] = [...KOREAN, ...JAPANESE, ...ENGLISH];

/** The form an alias and a listed surname are compared in: NFKC, whitespace collapsed, case folded. */
export function surnameKey(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

const KEYS: ReadonlySet<string> = new Set(COMMON_SURNAMES.map(surnameKey));

/** Whether an alias text is, on its own, one of the common family names. */
export function isCommonSurname(text: string): boolean {
  return KEYS.has(surnameKey(text));
}
