/**
 * `npm run validate-data [-- <data dir>]`: loads data/*.json (or the given directory) and the seeds,
 * runs the dataset validator (schemas, then the dataset rules), lists alias collisions and how each is resolved, and exits 1 with one
 * readable line per problem.
 */
import { datasetChecksum } from '../src/shared/dataset/checksum';
import { checkDataset, formatProblem } from '../src/shared/dataset/validate';
import { loadDataset, loadSeeds } from './lib/load-dataset';
import { FIRST_PACK_DIR, SEEDS_DIR } from './lib/paths';

async function main(): Promise<number> {
  let dataset;
  try {
    dataset = await loadDataset(process.argv[2] ?? FIRST_PACK_DIR);
  } catch (error) {
    console.error(`validate-data: ${(error as Error).message}`);
    return 1;
  }
  const seeds = loadSeeds();
  const { problems, collisions } = checkDataset(dataset, seeds);

  console.log(`Alias collisions: ${collisions.length}`);
  for (const collision of collisions) {
    const who = collision.uses.map((use) => `${use.entity} (${use.alias.text})`).join(', ');
    const how = collision.resolution === 'rule' ? 'resolved by rules' : collision.resolution === 'allowed' ? `allowed: ${collision.reason ?? ''}` : 'UNRESOLVED';
    console.log(`  "${collision.key}": ${who} — ${how}`);
  }
  if (seeds === null) console.log(`Quote check skipped: no seeds at ${SEEDS_DIR}.`);
  else console.log(`Quote check: ${dataset.quotes?.length ?? 0} quotes against ${seeds.size} seeds.`);

  if (problems.length > 0) {
    console.error(`\n${problems.length} problem(s):`);
    for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
    return 1;
  }
  const count = (list: unknown[] | undefined): number => list?.length ?? 0;
  console.log(
    `OK: ${count(dataset.sources)} sources, ${count(dataset.actors)} actors, ${count(dataset.agreements)} agreements, ` +
      `${count(dataset.events)} events, ${count(dataset.quotes)} quotes, ${count(dataset.relations)} relations; ` +
      `version ${dataset.meta.version}, checksum ${datasetChecksum(dataset)}`,
  );
  return 0;
}

process.exitCode = await main();
