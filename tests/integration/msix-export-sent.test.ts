/**
 * What an MSIX export carried, kept when it is made (issue 21, docs/rules/msix.md X8.2): the
 * export writes a row per child its file inserted or updated, the same as reading the file back;
 * the migration that brought the table fills it for the exports made before it, from their files.
 */
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { msixCarriedRecords } from '../../src/core/exchange/msix-sent';
import type { Db, DatabaseHandle } from '../../src/data/db';
import { migrateToLatest } from '../../src/data/migrate';
import * as keepMsixExportSent from '../../src/data/migrations/20261207040000_keep-msix-export-sent';
import { CLI_ACTOR } from '../../src/usecases/context';
import { createMsixExport } from '../../src/usecases/exchange/create-msix-export';
import { buildChild, buildDistrict, buildRegion, buildSchool } from '../factories';
import { freshDatabases } from '../support/fresh-databases';
import { makeEligible } from '../support/msix-data';

/** Each export's rows of msix_export_sent, as the records they hold, oldest export first, by child. */
async function keptRows(db: Db) {
  const rows = await db
    .selectFrom('msix_export_sent as s')
    .innerJoin('msix_exports as x', 'x.id', 's.export_id')
    .select(['s.export_id', 's.child_key', 's.enrollments', 's.qualifying_arrival_dates'])
    .orderBy('x.created_at')
    .orderBy('s.child_key')
    .execute();
  return rows.map((row) => ({
    exportId: row.export_id,
    childKey: row.child_key,
    enrollments: typeof row.enrollments === 'string' ? JSON.parse(row.enrollments) : row.enrollments,
    qualifyingArrivalDates:
      typeof row.qualifying_arrival_dates === 'string'
        ? JSON.parse(row.qualifying_arrival_dates)
        : row.qualifying_arrival_dates,
  }));
}

/** What each export's file carried, read back from the file, in the same order. */
async function parsedRows(db: Db) {
  const files = await db
    .selectFrom('msix_exports')
    .select(['id', 'file_text'])
    .orderBy('created_at')
    .execute();
  return files.flatMap((file) =>
    msixCarriedRecords(file.file_text)
      .map((record) => ({ exportId: file.id, ...record }))
      .sort((a, b) => (a.childKey < b.childKey ? -1 : 1)),
  );
}

describe.each(freshDatabases('msix_export_sent'))('what an MSIX export carried on $name', (database) => {
  let handle: DatabaseHandle;
  let db: Db;
  const ctx = () => ({ db, actor: CLI_ACTOR });
  const ids = { ana: '', beto: '' };

  beforeAll(async () => {
    handle = await database.open();
    db = handle.db;
    await migrateToLatest(db);
    const regionId = (await buildRegion(db)).id;
    const district = await buildDistrict(db, regionId);
    await db.updateTable('districts').set({ nces_id: '0610920' }).where('id', '=', district.id).execute();
    const school = await buildSchool(db, district.id, { name: 'Alisal High' });
    await db.updateTable('schools').set({ nces_id: '061092011935' }).where('id', '=', school.id).execute();
    const child = async (firstName: string) => {
      const built = await buildChild(db, { regionId, firstName });
      await makeEligible(db, regionId, built.id);
      await db
        .insertInto('enrollments')
        .values({
          child_id: built.id,
          district_id: district.id,
          school_id: school.id,
          enrollment_date: '2025-08-20',
          residency_date: '2025-08-01',
          grade_level: '10',
        })
        .execute();
      return built.id;
    };
    ids.ana = await child('Ana');
    ids.beto = await child('Beto');
    expect((await createMsixExport(ctx())).counts).toMatchObject({ inserted: 2, heldBack: 0 });
    // The second export updates Ana's record with her withdrawal.
    await db
      .updateTable('enrollments')
      .set({ exit_date: '2026-06-05' })
      .where('child_id', '=', ids.ana)
      .execute();
    expect((await createMsixExport(ctx())).counts).toMatchObject({ inserted: 0, updated: 1 });
  });
  afterAll(async () => {
    await handle?.close();
    await database.drop();
  });

  it('keeps, for each export, the enrollments and QADs its file inserted or updated', async () => {
    const kept = await keptRows(db);
    expect(kept).toEqual(await parsedRows(db));
    const ana = kept.filter((row) => row.childKey === ids.ana);
    expect(ana.map((row) => row.enrollments)).toEqual([
      [{ enrollmentDate: '2025-08-20', schoolId: '061092011935', withdrawalDate: null }],
      [{ enrollmentDate: '2025-08-20', schoolId: '061092011935', withdrawalDate: '2026-06-05' }],
    ]);
    expect(ana[0]!.qualifyingArrivalDates).toEqual(['2025-05-26']);
    // Beto's record did not change: the second export carried nothing of his.
    expect(kept.filter((row) => row.childKey === ids.beto)).toHaveLength(1);
  });

  it('fills the table from the files of the exports made before the migration', async () => {
    const kept = await keptRows(db);
    const untyped = db as unknown as Kysely<unknown>;
    await keepMsixExportSent.down(untyped);
    await keepMsixExportSent.up(untyped);
    expect(await keptRows(db)).toEqual(kept);
    expect(kept).toEqual(await parsedRows(db));
  });
});
