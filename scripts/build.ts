/**
 * `npm run build` (production, minified) and `npm run dev` (sourcemaps, watch):
 * builds dist/chrome and dist/firefox. `--data-dir <dir>` reads the dataset from another
 * folder and `--out-dir <dir>` writes elsewhere than dist/. Exits 1 with a readable
 * message on any failure.
 */
import { resolve } from 'node:path';
import { buildExtension } from './lib/build';

const argv = process.argv.slice(2);
const args = new Set(argv);

function option(name: string): string | undefined {
  const at = argv.indexOf(name);
  if (at === -1) return undefined;
  const value = argv[at + 1];
  if (value === undefined || value.startsWith('--')) {
    console.error(`${name} needs a folder`);
    process.exit(1);
  }
  return resolve(value);
}

try {
  await buildExtension({
    dev: args.has('--dev'),
    watch: args.has('--watch'),
    dataDir: option('--data-dir'),
    outDir: option('--out-dir'),
    log: (line) => console.log(line),
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
