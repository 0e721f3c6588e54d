/**
 * `npm run pack -- DIR [--out FILE]`: validates a pack folder (data/packs/<id>/ layout: meta.json,
 * sources.json, actors.json, …) and writes its pack file, by default `<pack id>.briefing.json` in
 * the folder the command was typed in (the id is meta.json's `id`, else the folder's name). Paths
 * are relative to that folder too.
 * `npm run pack -- --check FILE…`: validates pack files, listing alias collisions with the bundled
 * packs (data/bundled-packs.json) as notes.
 *
 * Each problem, warning and note is one line `file › record id › field: what was expected`. The
 * integrity rules (what the extension's import checks) are errors; the editorial rules of the
 * bundled packs (data/README.md) are warnings. Exit code 1 when there is a problem, else 0.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename, relative, resolve } from 'node:path';
import type { PackFile } from '../src/shared/model';
import { EDITORIAL_RULES, formatProblem, type Problem } from '../src/shared/dataset/validate';
import { packText } from '../src/shared/pack/pack-from-dataset';
import { checkPackFile, checkPackSize, parsePackText } from '../src/shared/pack/parse-pack';
import { bundledPacks, packFolder } from './lib/bundled-packs';
import { loadSeeds } from './lib/load-dataset';

/** Where the command was typed (npm runs scripts in the package's folder and says where it was called in INIT_CWD). */
const CALLED_IN = process.env.INIT_CWD ?? process.cwd();

/** A path given on the command line, resolved against where the command was typed. */
function here(path: string): string {
  return resolve(CALLED_IN, path);
}

function shown(path: string): string {
  return relative(CALLED_IN, path) || '.';
}

const USAGE = 'usage: npm run pack -- DIR [--out FILE]\n       npm run pack -- --check FILE…';

function report(label: string, lines: { problems: Problem[]; warnings: Problem[]; notes: Problem[] }): void {
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  console.log(`${label}: ${count(lines.problems.length, 'problem')}, ${count(lines.warnings.length, 'warning')}, ${count(lines.notes.length, 'note')}`);
  for (const problem of lines.problems) console.error(`  error: ${formatProblem(problem)}`);
  for (const warning of lines.warnings) console.log(`  warning: ${formatProblem(warning)}`);
  for (const note of lines.notes) console.log(`  note: ${formatProblem(note)}`);
}

async function packDir(dir: string, out: string | undefined, installed: PackFile[]): Promise<number> {
  let result;
  try {
    result = await packFolder(dir, { editorial: 'warning', seeds: loadSeeds(), installed, file: out === undefined ? undefined : basename(out) });
  } catch (error) {
    console.error(`pack: ${(error as Error).message}`);
    return 1;
  }
  const path = out ?? here(`${result.pack?.pack.id ?? basename(dir)}.briefing.json`);
  report(shown(dir), result);
  if (result.pack === null) return 1;
  await writeFile(path, packText(result.pack));
  const { pack } = result;
  console.log(
    `wrote ${shown(path)}: pack ${pack.pack.id} ${pack.pack.version} (${pack.actors.length + pack.agreements.length + pack.events.length} entities, ` +
      `${pack.quotes.length} quotes, ${pack.sources.length} sources)`,
  );
  return 0;
}

async function checkFile(path: string, installed: PackFile[], seeds: Map<string, string> | null): Promise<boolean> {
  const file = basename(path);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    console.error(`${file}: cannot read ${path} (${(error as Error).message})`);
    return false;
  }
  const tooLarge = checkPackSize(bytes.byteLength, file);
  const parsed = tooLarge === null ? parsePackText(bytes.toString('utf8'), file) : null;
  if (tooLarge !== null || parsed?.ok === false) {
    report(shown(path), { problems: [tooLarge ?? (parsed as { problem: Problem }).problem], warnings: [], notes: [] });
    return false;
  }
  const result = checkPackFile((parsed as { value: unknown }).value, { file, installed, editorial: 'warning', editorialRules: EDITORIAL_RULES, seeds });
  report(shown(path), result);
  return result.problems.length === 0;
}

async function main(argv: string[]): Promise<number> {
  let installed: PackFile[];
  try {
    installed = await bundledPacks();
  } catch (error) {
    console.error(`pack: ${(error as Error).message}`);
    return 1;
  }
  if (argv[0] === '--check') {
    const files = argv.slice(1);
    if (files.length === 0) {
      console.error(USAGE);
      return 1;
    }
    const seeds = loadSeeds();
    let ok = true;
    for (const file of files) ok = (await checkFile(here(file), installed, seeds)) && ok;
    return ok ? 0 : 1;
  }
  const outAt = argv.indexOf('--out');
  const out = outAt === -1 ? undefined : argv[outAt + 1];
  const dirs = outAt === -1 ? argv : argv.filter((_, i) => i !== outAt && i !== outAt + 1);
  const dir = dirs[0];
  if (dirs.length !== 1 || dir === undefined || dir.startsWith('--') || (outAt !== -1 && (out === undefined || out.startsWith('--')))) {
    console.error(USAGE);
    return 1;
  }
  return packDir(here(dir), out === undefined ? undefined : here(out), installed);
}

process.exitCode = await main(process.argv.slice(2));
