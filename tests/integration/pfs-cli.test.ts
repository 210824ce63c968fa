import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/data/migrate';
import { buildChild, buildRegion } from '../factories';
import { cicloOn } from '../support/ciclo-cli';
import { freshDatabases } from '../support/fresh-databases';

describe.each(freshDatabases('pfs_cli'))('ciclo report pfs on $name', (database) => {
  const report = ['report', 'pfs', '--period', '2024-25'];
  let regionNumber: number;
  let studentId: string;

  beforeAll(async () => {
    const handle = await database.open();
    await migrateToLatest(handle.db);
    const region = await buildRegion(handle.db);
    regionNumber = region.number;
    // A qualifying move in the school year (QAD 2024-10-15) and ELA level 1: PFS on 2025-06-15.
    const child = await buildChild(handle.db, { regionId: region.id, firstName: 'Rosa', lastSurname: 'Pfs' });
    studentId = child.student_number;
    await handle.db
      .insertInto('student_eligibility_spans')
      .values({
        student_id: studentId,
        birth_date: child.birth_date,
        eligible_from: '2024-10-15',
        eligible_to: '2027-10-14',
      })
      .execute();
    await handle.db
      .insertInto('assessment_results')
      .values({ student_id: studentId, subject: 'ELA', school_year: '2023-24', level: 1, recorded_by: null })
      .execute();
    await handle.close();
  }, 120_000);
  afterAll(() => database.drop());

  it("prints a region's PFS children with their criteria, as a table and as JSON", async () => {
    const table = await cicloOn(database, [...report, '--region', String(regionNumber)]);
    expect(table.stderr).toBe('');
    expect(table.status).toBe(0);
    expect(table.stdout).toContain(
      `Priority for Services 2024-25 RSY: region ${regionNumber}, on 2025-06-15`,
    );
    expect(table.stdout).toContain('1 PFS of 1 eligible; 0 served (0.0%)');
    expect(table.stdout).toMatch(
      new RegExp(
        `${studentId}\\s+Rosa Pfs\\s+N\\s+qualifying move 2024-10-15; move in the school year 2024-10-15; ELA 2023-24 level 1`,
      ),
    );

    const json = await cicloOn(database, [...report, '--region', String(regionNumber), '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({
      pfs: 1,
      served: 0,
      servedPercent: 0,
      rows: [{ studentId }],
    });
  }, 60_000);

  it("prints every region's figures for the state, and refuses a bad term with status 2", async () => {
    const state = await cicloOn(database, [...report, '--term', 'summer']);
    expect(state.status).toBe(0);
    expect(state.stdout).toContain('Priority for Services 2024-25 SUMMER: state');
    const bad = await cicloOn(database, [...report, '--term', 'fall']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--term');
  }, 60_000);
});
