/**
 * Reads screenshots for rendering assertions: counts the pixels in a PNG that are close
 * to a colour (e.g. the highlight colour), so a test can prove something was painted.
 */
import { PNG } from 'pngjs';
import { BACKGROUND_ALPHA } from '../../src/shared/highlight-look';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';

export function countNear(png: Buffer, [r, g, b]: [number, number, number], tolerance = 24): number {
  const image = PNG.sync.read(png);
  let n = 0;
  for (let i = 0; i < image.data.length; i += 4) {
    const dr = image.data[i]! - r;
    const dg = image.data[i + 1]! - g;
    const db = image.data[i + 2]! - b;
    if (dr * dr + dg * dg + db * db <= tolerance * tolerance) n++;
  }
  return n;
}

/** The default highlight as painted on a white page: the default colour at BACKGROUND_ALPHA over white. */
export const HIGHLIGHT_RGB = ((): [number, number, number] => {
  const n = Number.parseInt(DEFAULT_SETTINGS.colour.slice(1), 16);
  const over = (channel: number) => Math.round(255 + (channel - 255) * BACKGROUND_ALPHA);
  return [over((n >> 16) & 255), over((n >> 8) & 255), over(n & 255)];
})();
