/**
 * `npm run lint`: type-check the whole project, ESLint it (eslint.config.js: typescript-eslint's
 * type-checked rules, and no HTML strings written into the DOM by src/), build, then `web-ext lint`
 * the Firefox build. Fails on any type error, any ESLint error or warning, any web-ext error, and
 * any web-ext warning not listed in ACCEPTED_WARNINGS (scripts/lib/web-ext-lint.ts, each with the
 * reason it cannot be fixed).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { buildExtension } from './lib/build';
import { DIST_DIR, REPO_ROOT } from './lib/paths';
import { webExtLint } from './lib/web-ext-lint';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

console.log('== tsc --noEmit');
if (spawnSync('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json'], { cwd: REPO_ROOT, stdio: 'inherit' }).status !== 0) {
  fail('lint: type errors');
}

console.log('== eslint');
if (spawnSync('npx', ['eslint', '--max-warnings', '0', '.'], { cwd: REPO_ROOT, stdio: 'inherit' }).status !== 0) {
  fail('lint: ESLint found problems');
}

console.log('== build');
await buildExtension({ log: (line) => console.log(line) });

console.log('== web-ext lint dist/firefox');
const lint = webExtLint(join(DIST_DIR, 'firefox'));
lint.lines.forEach((line) => console.log(line));
if (!lint.ok) fail('lint: web-ext lint found problems');
console.log('lint: clean');
