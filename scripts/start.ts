/**
 * `npm start`: builds the extension, serves the bundled demo page (assets/demo/) on
 * 127.0.0.1 and opens Chromium with the extension loaded on it. With a display the
 * browser stays open until you close it; without one it runs headless, hovers the
 * first highlight to open its card, saves a screenshot and prints what was highlighted.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fromPlaywright, settledHighlights } from './lib/read-highlights';
import { buildExtension } from './lib/build';
import { launchChromium } from './lib/launch';
import { REPO_ROOT } from './lib/paths';
import { serve } from './lib/serve';

const headless = !process.env.DISPLAY || process.argv.includes('--headless');
await buildExtension({ log: (line) => console.log(line) });
const server = await serve({}, join(REPO_ROOT, 'assets', 'demo'));
const session = await launchChromium({ headless });
const page = session.context.pages()[0] ?? (await session.context.newPage());
const url = server.url('/index.html');
await page.goto(url);
console.log(`demo page: ${url}`);

if (!headless) {
  console.log('Chromium is open with Briefing Lens loaded. Hover an underlined name; close the browser to stop.');
  await new Promise<void>((resolve) => session.context.on('close', () => resolve()));
  await server.close();
  process.exit(0);
}

try {
  const texts = await settledHighlights(fromPlaywright(page));
  const counts = new Map<string, number>();
  for (const t of texts) counts.set(t, (counts.get(t) ?? 0) + 1);
  const box = await page.evaluate(() => {
    const h = CSS.highlights.get('briefing-lens');
    const first = h ? [...h][0] : undefined;
    if (!first) return null;
    const r = document.createRange();
    r.setStart(first.startContainer, first.startOffset);
    r.setEnd(first.endContainer, first.endOffset);
    const rect = r.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
  if (box) {
    await page.mouse.move(box.x, box.y);
    await page.waitForTimeout(900);
  }
  const dir = join(REPO_ROOT, 'test', 'artifacts');
  await mkdir(dir, { recursive: true });
  const shot = join(dir, 'demo.png');
  await page.screenshot({ path: shot });
  console.log(`Highlighted ${texts.length} mentions of ${counts.size} distinct names:`);
  console.log(`  ${[...counts].map(([t, n]) => (n > 1 ? `${t} ×${n}` : t)).join(', ')}`);
  console.log(`screenshot: ${shot}`);
} finally {
  await session.close();
  await server.close();
}
