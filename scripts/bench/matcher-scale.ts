/**
 * Matcher scaling benchmark (Node): builds the matcher from the given index and from a
 * synthetic index 100× its size (distinct generated aliases of the same scripts and
 * rule shapes: Latin multi-word names, Hangul, Kanji/Kana, acronyms), and reports build
 * time, index size (JSON bytes), the size of the matcher bundle the build ships and the
 * time to load it (decode and unpack, as a content script does), and scan throughput on ~5 MB of generated news-like
 * text (English with Korean and Japanese passages, dense with names), scanned whole and
 * in paragraph-sized blocks as the highlighter does.
 *
 * `npx tsx scripts/bench/matcher-scale.ts` runs it alone on the real dataset (data/)
 * when it loads, else on a generated 100-entity index.
 */
import { pathToFileURL } from 'node:url';
import { createMatcher } from '../../src/content/match/create-matcher';
import { unpackPrepared } from '../../src/content/match/pack';
import { bundleOf as matcherBundle } from '../../src/background/packs/matcher';
import type { IndexedAlias, IndexedEntity, MatcherIndex } from '../../src/shared/matcher-index';
import { median } from './stats';
import { random } from '../lib/random';

const TEXT_CHARS = 5_000_000;
const BLOCK_CHARS = 1_000;
const SCALE = 100;

const LATIN_SYLLABLES = ['ka', 'to', 'mi', 'ra', 'shi', 'no', 'be', 'den', 'har', 'ris', 'mar', 'cos', 'yo', 'suk', 'lee', 'park', 'an', 'del', 'son', 'ber', 'gen', 'li', 'wa', 'ko', 'ta', 'vel', 'mon', 'ro', 'fu', 'ji'];
const HANGUL = '가나다라마바사아자차카타파하기시도이김박최정윤한강조장임오서신권황안송류전홍고문양손배백허남심노하곽성차주우구민유진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부황보'.split('');
const KANJI = '岸田文雄米国日本首相大統領会談政府防衛宇宙協力合意東京大阪北海道中村山本佐藤鈴木高橋伊藤渡辺小林加藤吉田山口松本井上木村林清水森池橋石川前原'.split('');
const KANA = 'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン'.split('');
const WORDS = 'the of and to in a is that for on said with as by at from it was be this are an have has its not but which also new will would their after about more government minister officials president talks security economic agreement meeting leaders week year state visit alliance defence trade investment policy told reporters statement announced plans support military space companies'.split(' ');
const KOREAN_WORDS = ['정부는', '회담에서', '발표했다', '협력', '강화', '합의했다', '대통령은', '총리가', '기자회견', '방위', '경제', '미일', '동맹', '관계자', '밝혔다'];
const JAPANESE_WORDS = ['政府は', '会談で', '発表した', '協力', '強化', '合意した', '大統領は', '首相が', '記者会見', '防衛', '経済', '日米', '同盟', '関係者', 'によると'];

type Script = 'latin' | 'acronym' | 'hangul' | 'han' | 'kana';

function scriptOf(text: string): Script {
  if (/[\uac00-\ud7a3]/.test(text)) return 'hangul';
  if (/[\u30a0-\u30ff]/.test(text)) return 'kana';
  if (/[\u3400-\u9fff]/.test(text)) return 'han';
  if (/^[A-Z0-9.&-]+$/.test(text)) return 'acronym';
  return 'latin';
}

function pick<T>(list: readonly T[], next: () => number): T {
  return list[Math.floor(next() * list.length)]!;
}

function generatedAlias(script: Script, words: number, next: () => number): string {
  const chars = (from: string[], min: number, spread: number) =>
    Array.from({ length: min + Math.floor(next() * spread) }, () => pick(from, next)).join('');
  switch (script) {
    case 'acronym':
      return chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split(''), 3, 3);
    case 'hangul':
      return chars(HANGUL, 2, 3);
    case 'han':
      return chars(KANJI, 2, 3);
    case 'kana':
      return chars(KANA, 3, 4);
    case 'latin': {
      const word = () => {
        const w = Array.from({ length: 2 + Math.floor(next() * 2) }, () => pick(LATIN_SYLLABLES, next)).join('');
        return w[0]!.toUpperCase() + w.slice(1);
      };
      return Array.from({ length: Math.max(1, words) }, word).join(' ');
    }
  }
}

/** An index `scale` times the size of `index`: the originals plus generated look-alikes. */
export function scaledIndex(index: MatcherIndex, scale: number, seed = 1): MatcherIndex {
  const next = random(seed);
  const entities: IndexedEntity[] = [...index.entities];
  const aliases: IndexedAlias[] = [...index.aliases];
  const seen = new Set(aliases.map((a) => a.text.toLowerCase()));
  for (let copy = 1; copy < scale; copy++) {
    const offset = entities.length;
    for (const entity of index.entities) entities.push({ ...entity, id: `${entity.id}~${copy}`, name: `${entity.name} ${copy}` });
    for (const alias of index.aliases) {
      const script = scriptOf(alias.text);
      let text: string;
      do text = generatedAlias(script, alias.text.split(/\s+/).length, next);
      while (seen.has(text.toLowerCase()));
      seen.add(text.toLowerCase());
      aliases.push({ ...alias, text, entity: alias.entity + offset });
    }
  }
  return { version: `${index.version}×${scale}`, entities, aliases };
}

/** A stand-in index of `count` generated entities, for running without data/. */
export function generatedIndex(count: number, seed = 7): MatcherIndex {
  const next = random(seed);
  const entities: IndexedEntity[] = [];
  const aliases: IndexedAlias[] = [];
  for (let e = 0; e < count; e++) {
    const name = generatedAlias('latin', 2, next);
    entities.push({ id: `entity-${e}`, type: 'actor', name });
    aliases.push({ text: name, entity: e }, { text: name.split(' ')[1]!, entity: e, needsAnchor: true });
    aliases.push({ text: generatedAlias('hangul', 1, next), entity: e }, { text: generatedAlias('han', 1, next), entity: e });
    if (e % 4 === 0) aliases.push({ text: generatedAlias('acronym', 1, next), entity: e, caseSensitive: true });
    if (e % 5 === 0) aliases.push({ text: generatedAlias('kana', 1, next), entity: e, rejectAfter: ['市'] });
  }
  return { version: 'generated', entities, aliases };
}

/** ~`chars` of news-like text mixing English, Korean and Japanese paragraphs, with names from `index`. */
export function newsText(index: MatcherIndex, chars: number, seed = 3): string {
  const next = random(seed);
  const byScript = (s: Script[]) => index.aliases.filter((a) => s.includes(scriptOf(a.text))).map((a) => a.text);
  const latinNames = byScript(['latin', 'acronym']);
  const koreanNames = byScript(['hangul']);
  const japaneseNames = byScript(['han', 'kana']);
  const paragraphs: string[] = [];
  let size = 0;
  while (size < chars) {
    const kind = next();
    const parts: string[] = [];
    if (kind < 0.6) {
      for (let w = 0; w < 120; w++) {
        const r = next();
        if (r < 0.04 && latinNames.length > 0) parts.push(pick(latinNames, next) + (r < 0.01 ? "'s" : ''));
        else parts.push(r < 0.1 ? pick(WORDS, next).toUpperCase()[0] + pick(WORDS, next) : pick(WORDS, next));
        if (next() < 0.07) parts[parts.length - 1] += '.';
      }
    } else if (kind < 0.8) {
      for (let w = 0; w < 60; w++) parts.push(next() < 0.12 && koreanNames.length > 0 ? pick(koreanNames, next) + pick(['는', '이', '과', ' 대통령은'], next) : pick(KOREAN_WORDS, next));
    } else {
      const run: string[] = [];
      for (let w = 0; w < 70; w++) run.push(next() < 0.12 && japaneseNames.length > 0 ? pick(japaneseNames, next) + pick(['首相は', 'が', '氏と'], next) : pick(JAPANESE_WORDS, next));
      parts.push(run.join('') + '。');
    }
    const paragraph = parts.join(' ');
    paragraphs.push(paragraph);
    size += paragraph.length + 2;
  }
  return paragraphs.join('\n\n');
}

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** Splits text into blocks of about `size` characters at paragraph breaks. */
function blocks(text: string, size: number): string[] {
  const out: string[] = [];
  let from = 0;
  while (from < text.length) {
    let to = text.indexOf('\n\n', from + size);
    if (to === -1) to = text.length;
    out.push(text.slice(from, to));
    from = to;
  }
  return out;
}

async function measure(label: string, index: MatcherIndex, text: string): Promise<string[]> {
  const json = JSON.stringify(index).length;
  const builds: number[] = [];
  for (let k = 0; k < 15; k++) builds.push(time(() => createMatcher(index)));
  const matcher = createMatcher(index);
  const bundle = matcherBundle(index);
  const bundleBytes = JSON.stringify(bundle).length;
  const loads = Array.from({ length: 15 }, () => time(() => unpackPrepared({ bytes: Buffer.from(bundle.tables, 'base64'), rules: bundle.rules })));
  const utf8 = Buffer.byteLength(text, 'utf8');
  const paragraphs = blocks(text, BLOCK_CHARS);
  let mentions = 0;
  matcher.scan(text); // warm-up
  const whole = median(Array.from({ length: 5 }, () => time(() => (mentions = matcher.scan(text, new Set()).length))));
  const blocked = median(
    Array.from({ length: 5 }, () =>
      time(() => {
        const anchors = new Set<number>();
        for (const block of paragraphs) matcher.scan(block, anchors);
      }),
    ),
  );
  await Promise.resolve();
  const rate = (ms: number) => `${(utf8 / 1e6 / (ms / 1000)).toFixed(0)} MB/s (${(text.length / 1e6 / (ms / 1000)).toFixed(0)} Mchar/s)`;
  return [
    `${label}: ${index.entities.length} entities, ${index.aliases.length} aliases, index ${(json / 1024).toFixed(1)} KB JSON`,
    `  build: first ${builds[0]!.toFixed(2)} ms (cold), then median ${median(builds.slice(1)).toFixed(2)} ms, best ${Math.min(...builds).toFixed(2)} ms (15 builds)`,
    `  matcher bundle (what the build ships): ${(bundleBytes / 1024).toFixed(0)} KB JSON; load (base64 decode + unpack): first ${loads[0]!.toFixed(2)} ms, then median ${median(loads.slice(1)).toFixed(2)} ms`,
    `  scan ${(utf8 / 1e6).toFixed(1)} MB (${(text.length / 1e6).toFixed(1)} Mchar, UTF-8 MB) whole: ${whole.toFixed(0)} ms = ${rate(whole)}, ${mentions} mentions`,
    `  scan in ${paragraphs.length} blocks of ~${BLOCK_CHARS} chars: ${blocked.toFixed(0)} ms = ${rate(blocked)}`,
  ];
}

export async function benchMatcherScale(index: MatcherIndex): Promise<string[]> {
  const big = scaledIndex(index, SCALE);
  const text = newsText(index, TEXT_CHARS);
  return [
    `matcher: target ≥ 50 MB/s scan, < 5 ms build (1× index)`,
    ...(await measure('1× index', index, text)),
    ...(await measure(`${SCALE}× synthetic index`, big, text)),
  ];
}

async function standaloneIndex(): Promise<{ index: MatcherIndex; from: string }> {
  try {
    const { loadDataset } = await import('../lib/load-dataset');
    const { compileMatcherIndex } = await import('../../src/shared/compile-matcher-index');
    const index = compileMatcherIndex(await loadDataset());
    if (index.aliases.length > 0) return { index, from: 'data/' };
  } catch (error) {
    console.error(`matcher-scale: dataset not loaded (${(error as Error).message}); using a generated index`);
  }
  return { index: generatedIndex(100), from: 'generated' };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { index, from } = await standaloneIndex();
  console.log(`index from ${from}`);
  for (const line of await benchMatcherScale(index)) console.log(line);
}
