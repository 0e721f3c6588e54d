/**
 * Reads screenshots for rendering assertions: counts the pixels in a PNG that are close
 * to a colour (e.g. the highlight colour), so a test can prove something was painted.
 */
import { PNG } from 'pngjs';

export function countNear(png: Buffer, [r, g, b]: [number, number, number], tolerance = 60): number {
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

/** The default highlight colour (#f0b429) as RGB. */
export const HIGHLIGHT_RGB: [number, number, number] = [0xf0, 0xb4, 0x29];
