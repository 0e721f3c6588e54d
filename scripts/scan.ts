/**
 * `npm run -s scan -- FILE...`: finds entity mentions in UTF-8 text files with the same
 * matcher the content script uses (compiled from data/ via loadDataset and
 * compileMatcherIndex). Prints one JSON line per file:
 * `{"file", "mentions": [{"start", "end", "text", "id", "name"}]}` with JavaScript string
 * offsets. Each file is scanned as its own page (its own anchor set). An unreadable file
 * is reported on stderr and makes the exit status 1; the other files are still scanned.
 * Without arguments it prints a usage message and exits 1.
 */
import { readFile } from 'node:fs/promises';
import { createMatcher } from '../src/content/match/create-matcher';
import { compileMatcherIndex } from '../src/shared/compile-matcher-index';

async function main(files: string[]): Promise<number> {
  if (files.length === 0) {
    console.error('usage: npm run -s scan -- FILE...\n  prints {"file", "mentions": [...]} as one JSON line per UTF-8 text file');
    return 1;
  }
  // Loaded only when there is work to do, so the usage message never depends on data/.
  const { loadDataset } = await import('./lib/load-dataset');
  const index = compileMatcherIndex(await loadDataset());
  const matcher = createMatcher(index);
  let status = 0;
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      console.error(`scan: cannot read ${file}: ${(error as Error).message}`);
      status = 1;
      continue;
    }
    const mentions = matcher.scan(text, new Set()).map((m) => {
      const entity = index.entities[m.entity]!;
      return { start: m.start, end: m.end, text: text.slice(m.start, m.end), id: entity.id, name: entity.name };
    });
    console.log(JSON.stringify({ file, mentions }));
  }
  return status;
}

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    console.error(`scan: ${(error as Error).message}`);
    process.exitCode = 1;
  },
);
