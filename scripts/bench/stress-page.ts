/**
 * Generates the stress page for the highlight benchmark: about `bytes` of news-like
 * paragraphs (English with Korean and Japanese passages) dense with names from the
 * dataset, plus nested markup, so the highlighter meets a page far larger than any
 * real article.
 */
const SENTENCES = [
  'Prime Minister Fumio Kishida met President Joe Biden at the White House to discuss the alliance.',
  'The leaders agreed to convene DICAS, the Forum on Defense Industrial Cooperation, Acquisition and Sustainment.',
  'Officials said the Artemis program would include a Japanese astronaut on a future lunar landing.',
  'Analysts in Washington and Tokyo noted that the trilateral summit with the Philippines was a first.',
  'Kim Jong Un did not respond to the offer of a meeting without preconditions.',
  'The U.S. and Japan also discussed semiconductors, clean energy and investment by Toyota in North Carolina.',
  '기시다 총리는 바이든 대통령과 정상회담을 열고 미일 동맹 강화에 합의했다.',
  '岸田首相はバイデン大統領とホワイトハウスで会談し、日米同盟の強化を確認した。',
  'Markets were quiet as traders waited for the central bank, and the weather stayed mild across the region.',
  'A local bakery expanded its opening hours while the city council debated a new bus route.',
];

export function stressPage(bytes: number): string {
  const parts: string[] = ['<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Stress page</title></head><body><main>'];
  let size = parts[0]!.length;
  let i = 0;
  while (size < bytes) {
    const a = SENTENCES[i % SENTENCES.length]!;
    const b = SENTENCES[(i * 7 + 3) % SENTENCES.length]!;
    const p = i % 5 === 0 ? `<section><div><p><span>${a}</span> <em>${b}</em></p></div></section>` : `<p>${a} ${b}</p>`;
    parts.push(p);
    size += p.length;
    i++;
  }
  parts.push('</main></body></html>');
  return parts.join('\n');
}
