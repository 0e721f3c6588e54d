/**
 * `npm run build` (production, minified) and `npm run dev` (sourcemaps, watch):
 * builds dist/chrome and dist/firefox. Exits 1 with a readable message on any failure.
 */
import { buildExtension } from './lib/build';

const args = new Set(process.argv.slice(2));
try {
  await buildExtension({ dev: args.has('--dev'), watch: args.has('--watch'), log: (line) => console.log(line) });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
