import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/data/migrate';
import { buildChild, buildDistrict, buildRegion, buildSchool } from '../factories';
import { cicloOn } from '../support/ciclo-cli';
import { freshDatabases } from '../support/fresh-databases';
import { attendSummer, makeEligible } from '../support/msix-data';

/** `ciclo msix child-count-preview` (docs/rules/msix.md X9): the totals and each difference with its reason. */
describe.each(freshDatabases('msix_count_cli'))('ciclo msix child-count-preview on $name', (database) => {
  let regionNumber: number;
  let studentNumber: string;

  beforeAll(async () => {
    const handle = await database.open();
    await migrateToLatest(handle.db);
    const db = handle.db;
    const region = await buildRegion(db);
    regionNumber = region.number;
    const district = await buildDistrict(db, region.id);
    await db.updateTable('districts').set({ nces_id: '0610920' }).where('id', '=', district.id).execute();
    const school = await buildSchool(db, district.id);
    await db.updateTable('schools').set({ nces_id: '061092011935' }).where('id', '=', school.id).execute();
    const child = await buildChild(db, { regionId: region.id, firstName: 'Rosa' });
    studentNumber = child.student_number;
    await makeEligible(db, region.id, child.id);
    await db
      .insertInto('enrollments')
      .values({
        child_id: child.id,
        district_id: district.id,
        school_id: school.id,
        enrollment_date: '2025-08-20',
        grade_level: '05',
      })
      .execute();
    await attendSummer(db, region.id, studentNumber, 'SUM-1', ['2026-06-16']);
    await handle.close();
  }, 120_000);
  afterAll(async () => {
    await database.drop();
  });

  it('prints both sides and a child never exported, exiting with 1', async () => {
    const before = await cicloOn(database, [
      'msix',
      'child-count-preview',
      '--period',
      '2025-26',
      '--region',
      String(regionNumber),
    ]);
    expect(before.stderr).toBe('');
    expect(before.status).toBe(1);
    expect(before.stdout).toContain('from no export yet');
    expect(before.stdout).toContain('Category 1: Ciclo 1, MSIX 0');
    expect(before.stdout).toContain('Category 2: Ciclo 1, MSIX 0');
    expect(before.stdout).toContain(
      `${studentNumber} Rosa Hernández Ruiz: Category 1 counted by Ciclo only: never exported`,
    );
    const wrong = await cicloOn(database, ['msix', 'child-count-preview', '--period', '2025']);
    expect(wrong.status).not.toBe(0);
    expect(wrong.stderr).toContain('period');
  }, 180_000);

  it('prints no difference once the export sent the child and their summer project', async () => {
    const exported = await cicloOn(database, ['msix', 'export', '--out', '/dev/null']);
    expect(exported.stdout).toContain('1 inserted');
    const after = await cicloOn(database, ['msix', 'child-count-preview', '--period', '2025-26']);
    expect(after.status).toBe(0);
    expect(after.stdout).toContain('Category 2: Ciclo 1, MSIX 1');
    expect(after.stdout).toContain('0 difference(s)');
  }, 180_000);
});
