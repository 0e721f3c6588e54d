/**
 * `npm test`: type-check, the unit/DOM/DB suites, then the E2E suites in real Chromium
 * and Firefox. Prints a summary per suite, the total skipped (suites that need ../shared
 * when it is absent), and a last plain line `N passed, N failed` summing them all;
 * exits 1 if anything failed.
 *
 * `npm test -- --unit` runs only type-check and unit suites; `--e2e` only the E2E suites.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './lib/paths';

interface Tally {
  name: string;
  passed: number;
  failed: number;
  skipped: number;
}

const artifacts = join(REPO_ROOT, 'test', 'artifacts');
mkdirSync(artifacts, { recursive: true });

function run(cmd: string, args: string[]): number {
  const child = spawnSync(cmd, args, { cwd: REPO_ROOT, stdio: 'inherit', env: process.env });
  return child.status ?? 1;
}

function typecheck(): Tally {
  console.log('\n== type-check (tsc --noEmit)');
  const ok = run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']) === 0;
  return { name: 'type-check', passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 };
}

interface VitestJson {
  success: boolean;
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  numFailedTestSuites: number;
}

function vitest(name: string, config: string): Tally {
  console.log(`\n== ${name} (vitest --config ${config})`);
  const out = join(artifacts, `${name}.json`);
  rmSync(out, { force: true });
  const status = run('npx', ['vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  let report: VitestJson;
  try {
    report = JSON.parse(readFileSync(out, 'utf8')) as VitestJson;
  } catch {
    console.error(`${name}: the runner wrote no report (exit ${status})`);
    return { name, passed: 0, failed: 1, skipped: 0 };
  }
  const brokenFiles = report.numFailedTests === 0 && (!report.success || status !== 0) ? Math.max(1, report.numFailedTestSuites) : 0;
  return {
    name,
    passed: report.numPassedTests,
    failed: report.numFailedTests + brokenFiles,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

const args = new Set(process.argv.slice(2));
const tallies: Tally[] = [];
if (!args.has('--e2e')) {
  tallies.push(typecheck());
  tallies.push(vitest('unit', 'vitest.config.ts'));
}
if (!args.has('--unit')) tallies.push(vitest('e2e', 'vitest.e2e.config.ts'));

console.log('\n== summary');
for (const t of tallies) console.log(`${t.name}: ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`);
const sum = (k: 'passed' | 'failed' | 'skipped') => tallies.reduce((n, t) => n + t[k], 0);
console.log(`${sum('skipped')} skipped`);
console.log(`${sum('passed')} passed, ${sum('failed')} failed`);
process.exit(sum('failed') > 0 ? 1 : 0);
