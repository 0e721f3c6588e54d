/**
 * `web-ext lint` on a Firefox build folder, with the warnings the project accepts (each
 * with the reason it cannot be fixed). Used by `npm run lint` on dist/firefox and by
 * `npm run package` on the extracted .xpi.
 */
import { spawnSync } from 'node:child_process';
import { REPO_ROOT } from './paths';

/** web-ext warning codes we accept, with why. */
export const ACCEPTED_WARNINGS: Record<string, string> = {
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

export interface WebExtLintResult {
  /** No error and no warning outside ACCEPTED_WARNINGS. */
  ok: boolean;
  /** One line per message, then a summary line. */
  lines: string[];
}

export function webExtLint(sourceDir: string): WebExtLintResult {
  const child = spawnSync('npx', ['web-ext', 'lint', '--source-dir', sourceDir, '--output', 'json', '--no-config-discovery'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  let report: LintReport;
  try {
    report = JSON.parse(child.stdout) as LintReport;
  } catch {
    return { ok: false, lines: [`web-ext did not produce a report:`, child.stdout, child.stderr] };
  }
  const lines: string[] = [];
  const show = (kind: string, m: LintMessage) => lines.push(`  ${kind} ${m.code}: ${m.message}${m.file ? ` (${m.file})` : ''}`);
  report.errors.forEach((m) => show('error', m));
  report.warnings.forEach((m) => show(ACCEPTED_WARNINGS[m.code] ? 'accepted warning' : 'warning', m));
  report.notices.forEach((m) => show('notice', m));
  const unaccepted = report.warnings.filter((m) => !ACCEPTED_WARNINGS[m.code]);
  lines.push(`web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (${unaccepted.length} not accepted), ${report.notices.length} notices`);
  return { ok: report.errors.length === 0 && unaccepted.length === 0, lines };
}
