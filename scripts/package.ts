/**
 * `npm run package`: production build in dist/, then the store packages in release/
 * (Chrome zip, Firefox .xpi, source archive; scripts/lib/package.ts) and a checksum
 * file. Prints each archive with its size and SHA-256. Exits 1 with a readable message
 * on any failure (invalid dataset, bundle over budget, web-ext lint problem).
 */
import { relative } from 'node:path';
import { packageRelease } from './lib/package';
import { REPO_ROOT } from './lib/paths';

try {
  const files = await packageRelease({ log: (line) => console.log(line) });
  console.log('release:');
  for (const f of files) console.log(`  ${relative(REPO_ROOT, f.path)}  ${f.bytes.toLocaleString('en-US')} bytes  sha256 ${f.sha256}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
