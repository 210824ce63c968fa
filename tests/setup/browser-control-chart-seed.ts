import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '../../src/data/db';
import { buildRegion } from '../factories';
import { FAMILIES_IN_TIME_2016, seedFamiliesByMonth } from '../support/control-chart-seed';

const casesDir = path.resolve(import.meta.dirname, '../cases/eligibility');

/** The name of the region whose 2016 families make the control chart's browser test (IP5). */
export const CONTROL_CHART_REGION = 'Control Chart Test Region';

/**
 * A region of its own (so the other browser tests' lists and counts stay as they were) with
 * ten approved COEs a month in 2016, all within 90 days of the QAD in October: a P chart of
 * families identified within 90 days flags October outside its limits.
 */
export async function seedControlChart(db: Db) {
  const region = await buildRegion(db, { name: CONTROL_CHART_REGION });
  const file = readdirSync(casesDir)
    .filter((f) => f.endsWith('.json'))
    .sort()[0]!;
  const { input, expected } = JSON.parse(readFileSync(path.join(casesDir, file), 'utf8')) as {
    input: unknown;
    expected: unknown;
  };
  await seedFamiliesByMonth(db, region.id, '2016-01', 10, FAMILIES_IN_TIME_2016, {
    interview: input,
    determination: expected,
  });
}
