/**
 * `npm run validate-data [-- <pack folder>]`: validates every pack listed in data/bundled-packs.json
 * (or only the given folder): loads its files and the seeds, runs the dataset validator (schemas,
 * then the dataset rules), lists alias collisions and how each is resolved; then, over all bundled
 * packs, the rules between packs (a fact belongs to one pack). Exits 1 with one readable line per problem.
 */
import { basename, join, resolve } from 'node:path';
import { datasetChecksum } from '../src/shared/dataset/checksum';
import { checkFactsInOnePack, type PackDataset } from '../src/shared/dataset/cross-pack';
import { checkDataset, formatProblem, type Problem } from '../src/shared/dataset/validate';
import type { Dataset } from '../src/shared/model';
import { loadBundledPackIds, loadDataset, loadSeeds } from './lib/load-dataset';
import { PACKS_DIR, SEEDS_DIR } from './lib/paths';

const count = (list: unknown[] | undefined): number => list?.length ?? 0;

/** Validates one pack folder and prints its report; returns its problems (prefixed with the pack) and the checked records. */
function validatePack(label: string, raw: Dataset, seeds: Map<string, string> | null): { problems: Problem[]; dataset: Dataset } {
  const { problems, collisions, dataset } = checkDataset(raw, seeds);
  console.log(`\n${label}`);
  console.log(`  Alias collisions: ${collisions.length}`);
  for (const collision of collisions) {
    const who = collision.uses.map((use) => `${use.entity} (${use.alias.text})`).join(', ');
    const how = collision.resolution === 'rule' ? 'resolved by rules' : collision.resolution === 'allowed' ? `allowed: ${collision.reason ?? ''}` : 'UNRESOLVED';
    console.log(`    "${collision.key}": ${who} — ${how}`);
  }
  if (seeds !== null) {
    const seedSources = new Set((raw.sources ?? []).filter((source) => source.kind === 'seed').map((source) => source.id));
    const fromSeeds = (raw.quotes ?? []).filter((quote) => seedSources.has(quote.source)).length;
    console.log(`  Quote check: ${fromSeeds} of ${count(raw.quotes)} quotes come from a seed and were checked verbatim against ${seeds.size} seeds.`);
  }
  if (problems.length === 0) {
    console.log(
      `  OK: ${count(raw.sources)} sources, ${count(raw.actors)} actors, ${count(raw.agreements)} agreements, ` +
        `${count(raw.events)} events, ${count(raw.quotes)} quotes, ${count(raw.relations)} relations; ` +
        `version ${raw.meta.version}, checksum ${datasetChecksum(raw)}`,
    );
  }
  return { problems: problems.map((problem) => ({ ...problem, file: `${label}/${problem.file}` })), dataset };
}

async function main(): Promise<number> {
  const only = process.argv[2];
  let folders: string[];
  try {
    folders = only !== undefined ? [resolve(only)] : (await loadBundledPackIds()).map((id) => join(PACKS_DIR, id));
  } catch (error) {
    console.error(`validate-data: ${(error as Error).message}`);
    return 1;
  }
  const seeds = loadSeeds();
  if (seeds === null) console.log(`Quote check skipped: no seeds at ${SEEDS_DIR}.`);

  const problems: Problem[] = [];
  const packs: PackDataset[] = [];
  for (const folder of folders) {
    const label = basename(folder);
    let raw: Dataset;
    try {
      raw = await loadDataset(folder);
    } catch (error) {
      problems.push({ file: label, code: 'missing', message: (error as Error).message });
      continue;
    }
    const checked = validatePack(label, raw, seeds);
    problems.push(...checked.problems);
    packs.push({ id: label, dataset: checked.dataset });
  }
  if (only === undefined) {
    const between = checkFactsInOnePack(packs);
    problems.push(...between);
    console.log(`\nBetween packs: ${packs.length} packs, ${between.length === 0 ? 'no fact in two packs' : `${between.length} fact(s) in two packs`}.`);
  }

  if (problems.length > 0) {
    console.error(`\n${problems.length} problem(s):`);
    for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
    return 1;
  }
  console.log(`\nOK: ${folders.length} pack(s) valid.`);
  return 0;
}

process.exitCode = await main();
