/**
 * `npm run lint`: type-check the whole project, build, then `web-ext lint` the Firefox
 * build. Fails on any type error, any web-ext error, and any web-ext warning not listed
 * in ACCEPTED_WARNINGS (scripts/lib/web-ext-lint.ts, each with the reason it cannot be fixed).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildExtension } from './lib/build';
import { DIST_DIR, REPO_ROOT } from './lib/paths';
import { webExtLint } from './lib/web-ext-lint';

/** Our own sources must never write HTML strings into the DOM. */
function findInnerHtml(dir: string): string[] {
  const hits: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.(ts|tsx)$/.test(entry.name)) continue;
    const file = join(entry.parentPath, entry.name);
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (/innerHTML|outerHTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write/.test(line)) hits.push(`${file}:${i + 1}: ${line.trim()}`);
      });
  }
  return hits;
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

console.log('== tsc --noEmit');
if (spawnSync('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json'], { cwd: REPO_ROOT, stdio: 'inherit' }).status !== 0) {
  fail('lint: type errors');
}

console.log('== no HTML strings written to the DOM in src/');
const htmlWrites = findInnerHtml(join(REPO_ROOT, 'src'));
if (htmlWrites.length > 0) fail(`lint: src/ writes HTML strings into the DOM:\n${htmlWrites.join('\n')}`);

console.log('== build');
await buildExtension({ log: (line) => console.log(line) });

console.log('== web-ext lint dist/firefox');
const lint = webExtLint(join(DIST_DIR, 'firefox'));
lint.lines.forEach((line) => console.log(line));
if (!lint.ok) fail('lint: web-ext lint found problems');
console.log('lint: clean');
