/**
 * `npm run lint`: type-check the whole project, ESLint it (eslint.config.js: typescript-eslint's
 * type-checked rules, and no HTML strings written into the DOM by src/), build, then `web-ext lint`
 * the Firefox build. Fails on any type error, any ESLint error or warning, any web-ext error, and
 * any web-ext warning not listed in ACCEPTED_WARNINGS (each with the reason it cannot be fixed).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { buildExtension } from './lib/build';
import { DIST_DIR, REPO_ROOT } from './lib/paths';

/** web-ext warning codes we accept, with why. */
const ACCEPTED_WARNINGS: Record<string, string> = {
  UNSAFE_VAR_ASSIGNMENT:
    "Preact's renderer contains the code path for `dangerouslySetInnerHTML`; our sources never use it or innerHTML (ESLint's no-unsanitized rules check src/).",
};

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}
interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

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
const child = spawnSync('npx', ['web-ext', 'lint', '--source-dir', join(DIST_DIR, 'firefox'), '--output', 'json', '--no-config-discovery'], {
  cwd: REPO_ROOT,
  encoding: 'utf8',
});
let report: LintReport;
try {
  report = JSON.parse(child.stdout) as LintReport;
} catch {
  fail(`lint: web-ext did not produce a report:\n${child.stdout}\n${child.stderr}`);
}
const show = (kind: string, m: LintMessage) => console.log(`  ${kind} ${m.code}: ${m.message}${m.file ? ` (${m.file})` : ''}`);
report.errors.forEach((m) => show('error', m));
report.warnings.forEach((m) => show(ACCEPTED_WARNINGS[m.code] ? 'accepted warning' : 'warning', m));
report.notices.forEach((m) => show('notice', m));
const unaccepted = report.warnings.filter((m) => !ACCEPTED_WARNINGS[m.code]);
console.log(`web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (${unaccepted.length} not accepted), ${report.notices.length} notices`);
if (report.errors.length > 0 || unaccepted.length > 0) fail('lint: web-ext lint found problems');
console.log('lint: clean');
