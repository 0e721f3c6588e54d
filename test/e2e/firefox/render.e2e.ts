// Firefox renders the CSS Custom Highlights our content script registers (through its
// Xray wrappers): the highlight colour appears in a screenshot of the mention and not
// in one of plain text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromPuppeteer, launchFirefox, page, serve, settledHighlights, type FirefoxSession, type Server } from '../harness';
import { countNear, HIGHLIGHT_RGB } from '../pixels';

describe('Firefox rendering', () => {
  let session: FirefoxSession;
  let server: Server;

  beforeAll(async () => {
    server = await serve({
      '/big.html': page(
        'Render',
        '<p style="font: 48px/1.6 sans-serif; margin: 20px"><span id="name">Joe Biden</span></p><p id="plain" style="font: 48px/1.6 sans-serif; margin: 20px">plain words here</p>',
      ),
    });
    session = await launchFirefox();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('paints the highlight under a mention, and nothing under plain text', async () => {
    const tab = await session.browser.newPage();
    await tab.goto(server.url('/big.html'));
    expect(await settledHighlights(fromPuppeteer(tab))).toEqual(['Joe Biden']);
    const clip = async (selector: string) => {
      const box = (await (await tab.$(selector))!.boundingBox())!;
      return Buffer.from(await tab.screenshot({ clip: { x: box.x, y: box.y, width: box.width, height: box.height + 12 } }));
    };
    const highlighted = countNear(await clip('#name'), HIGHLIGHT_RGB);
    const plain = countNear(await clip('#plain'), HIGHLIGHT_RGB);
    expect(plain).toBe(0);
    expect(highlighted).toBeGreaterThan(100);
    await tab.close();
  });
});
