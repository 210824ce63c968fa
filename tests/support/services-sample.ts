/**
 * The contract's services example (`tests/cases/services/sample`): its files, the reports
 * expected of it, and the example imported into a test database as the command line would.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SERVICES_FOLDER_FILES } from '../../src/core/services/read-services-folder';
import type { MpoReport } from '../../src/core/services/service-records';
import type { Db } from '../../src/data/db';
import { CLI_ACTOR } from '../../src/usecases/context';
import { importServicesFolder } from '../../src/usecases/services/import-services-folder';
import { repoRoot } from './eligibility-cases';

export const SERVICES_CASES = path.join(repoRoot, 'tests/cases/services');
export const SERVICES_SAMPLE = path.join(SERVICES_CASES, 'sample');

/** The example folder's files by name, a fresh map each call (tests break their copy). */
export function servicesSampleFiles(): Map<string, string> {
  return new Map(
    SERVICES_FOLDER_FILES.map((file) => [file, readFileSync(path.join(SERVICES_SAMPLE, file), 'utf8')]),
  );
}

/** One of the example's expected reports, e.g. `expected.state.2024-25.json`. */
export function expectedReport(file: string): MpoReport {
  return JSON.parse(readFileSync(path.join(SERVICES_CASES, file), 'utf8')) as MpoReport;
}

const COUNTS = [
  'mpo',
  'served',
  'inPopulation',
  'dosageMet',
  'tested',
  'grew',
  'pct',
  'target',
  'status',
] as const;

/** An MPO reply's figures alone, as the expected reports hold them. */
export const countsOf = (mpos: Array<Record<string, unknown>>) =>
  mpos.map((mpo) => Object.fromEntries(COUNTS.map((key) => [key, mpo[key]])));

/**
 * Imports the example into a database of its own (the folder creates regions by their fixed
 * numbers); the id of each region by its number.
 */
export async function importServicesSample(db: Db): Promise<Map<number, string>> {
  await importServicesFolder({ db, actor: CLI_ACTOR }, 'sample', servicesSampleFiles());
  const regions = await db.selectFrom('regions').select(['id', 'number']).execute();
  return new Map(regions.map((region) => [region.number, region.id]));
}
