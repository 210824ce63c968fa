/**
 * The MSIX deadlines per child end to end (issue 21, docs/rules/msix.md X8): an enrollment 11
 * working days old that no export carried is overdue; the same carried by an export made after
 * its due date is late; one carried in time is met; a held-back child stays overdue; a region's
 * data specialist sees their region only; `ciclo msix deadlines` exits with 1 when any is overdue.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, daysBetween, type CalendarDate } from '../../src/core/common/calendar-date';
import { addWorkingDays } from '../../src/core/exchange/msix-deadlines';
import type { Db } from '../../src/data/db';
import { migrateToLatest } from '../../src/data/migrate';
import { todayInState } from '../../src/usecases/clock';
import { buildChild, buildDistrict, buildRegion, buildSchool, buildUser } from '../factories';
import { cicloOn } from '../support/ciclo-cli';
import { freshDatabases } from '../support/fresh-databases';
import { makeEligible, noonOn } from '../support/msix-data';
import { signInAs, type HttpSession } from '../support/http-session';
import { startFreshTestApp, type TestApp } from '../support/test-app';

const weekdays = { holidays: new Set<string>() };

/** The day `n` working days (Monday to Friday) before `day`: the day whose nth working day after is `day`. */
function workingDaysBefore(day: CalendarDate, n: number): CalendarDate {
  let date = addDays(day, -n);
  while (addWorkingDays(date, n, weekdays) > day) date = addDays(date, -1);
  while (addWorkingDays(date, n, weekdays) < day) date = addDays(date, 1);
  return date;
}

interface Place {
  districtId: string;
  schoolId: string;
}

/** A district and school of the region, with NCES ids unless `withoutNces` (X7.3: then held back). */
async function place(db: Db, regionId: string, withoutNces = false): Promise<Place> {
  const district = await buildDistrict(db, regionId);
  const school = await buildSchool(db, district.id, { name: 'Alisal High' });
  if (!withoutNces) {
    const nces = `06${String(Math.floor(Math.random() * 1e5)).padStart(5, '0')}`;
    await db.updateTable('districts').set({ nces_id: nces }).where('id', '=', district.id).execute();
    await db
      .updateTable('schools')
      .set({ nces_id: `${nces}00001` })
      .where('id', '=', school.id)
      .execute();
  }
  return { districtId: district.id, schoolId: school.id };
}

/** An eligible child enrolled on `day` at `at`, the COE approved the same day. */
async function enrolledChild(db: Db, regionId: string, firstName: string, at: Place, day: CalendarDate) {
  const child = await buildChild(db, { regionId, firstName });
  await makeEligible(db, regionId, child.id, day);
  await db
    .insertInto('enrollments')
    .values({
      child_id: child.id,
      district_id: at.districtId,
      school_id: at.schoolId,
      enrollment_date: day,
      residency_date: day,
      grade_level: '10',
    })
    .execute();
  return child;
}

describe.each(freshDatabases('msix_deadlines'))('the MSIX deadlines on $name', (database) => {
  let t: TestApp;
  let db: Db;
  let regionA: string;
  let regionB: string;
  const today = todayInState();
  const elevenDaysOld = workingDaysBefore(today, 11);
  const dueDate = addWorkingDays(elevenDaysOld, 10, weekdays);
  const ids = { met: '', late: '', overdue: '', heldBack: '', other: '' };
  let admin: HttpSession;
  let specialistA: HttpSession;
  let specialistB: HttpSession;
  let consultantA: HttpSession;
  let recruiterA: HttpSession;

  beforeAll(async () => {
    t = await startFreshTestApp(database);
    db = t.handle.db;
    regionA = (await buildRegion(db)).id;
    regionB = (await buildRegion(db)).id;
    const school = await place(db, regionA);
    const session = async (options: Parameters<typeof buildUser>[1]) =>
      signInAs(t.app, (await buildUser(db, options)).email);
    admin = await session({ role: 'state_admin' });
    specialistA = await session({ role: 'data_specialist', regionId: regionA });
    specialistB = await session({ role: 'data_specialist', regionId: regionB });
    consultantA = await session({ role: 'state_consultant', assignedRegionIds: [regionA] });
    recruiterA = await session({ role: 'recruiter', regionId: regionA });

    // Exported the day after the enrollment: met.
    ids.met = (await enrolledChild(db, regionA, 'Ana', school, elevenDaysOld)).id;
    const first = await admin.request('POST', '/api/msix/exports');
    expect(first.body.counts).toMatchObject({ inserted: 1, heldBack: 0 });
    // The export made the day after the enrollment (created_at is the database's own stamp).
    await sql`update msix_exports set created_at = ${noonOn(addDays(elevenDaysOld, 1))}
      where id = ${first.body.id}`.execute(db);
    // Exported today, the day after its due date: late.
    ids.late = (await enrolledChild(db, regionA, 'Beto', school, elevenDaysOld)).id;
    // In a school without NCES ids: held back by every export, so overdue.
    const noNces = await place(db, regionA, true);
    ids.heldBack = (await enrolledChild(db, regionA, 'Diego', noNces, elevenDaysOld)).id;
    const second = await admin.request('POST', '/api/msix/exports');
    expect(second.body.counts).toMatchObject({ inserted: 1, updated: 0, heldBack: 1 });
    // Never exported: overdue.
    ids.overdue = (await enrolledChild(db, regionA, 'Carla', school, elevenDaysOld)).id;
    ids.other = (await enrolledChild(db, regionB, 'Elena', await place(db, regionB), elevenDaysOld)).id;
  });
  afterAll(async () => {
    await t?.close();
    await database.drop();
  });

  const enrollmentOf = (rows: Array<{ childId: string; kind: string }>, childId: string) =>
    rows.find((row) => row.childId === childId && row.kind === 'enrollment');

  it('lists a region’s deadlines overdue first: unsent and held back overdue, sent late, sent in time met', async () => {
    const reply = await specialistA.request('GET', '/api/msix/deadlines');
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      region: { id: regionA },
      today,
      summary: { overdue: 4, dueSoon: 0, pending: 0, late: 2, met: 2 },
      total: 8,
    });
    const rows = reply.body.rows;
    expect(rows.map((row: { status: string }) => row.status)).toEqual([
      'overdue',
      'overdue',
      'overdue',
      'overdue',
      'late',
      'late',
      'met',
      'met',
    ]);
    expect(enrollmentOf(rows, ids.overdue)).toMatchObject({
      name: 'Carla Hernández Ruiz',
      eventDate: elevenDaysOld,
      about: 'Alisal High',
      dueDate,
      status: 'overdue',
      submittedOn: null,
      daysOverdue: daysBetween(dueDate, today),
    });
    expect(enrollmentOf(rows, ids.heldBack)).toMatchObject({ status: 'overdue', submittedOn: null });
    expect(enrollmentOf(rows, ids.late)).toMatchObject({
      status: 'late',
      submittedOn: today,
      daysOverdue: 0,
    });
    expect(enrollmentOf(rows, ids.met)).toMatchObject({
      status: 'met',
      submittedOn: addDays(elevenDaysOld, 1),
    });
  });

  it('filters by status and pages', async () => {
    const overdue = await specialistA.request('GET', '/api/msix/deadlines?status=overdue&limit=3');
    expect(overdue.body).toMatchObject({ total: 4, offset: 0, limit: 3 });
    expect(overdue.body.rows).toHaveLength(3);
    const next = await specialistA.request('GET', '/api/msix/deadlines?status=overdue&offset=3&limit=3');
    expect(next.body.rows).toHaveLength(1);
    const met = await specialistA.request('GET', '/api/msix/deadlines?status=met');
    expect(met.body.rows.every((row: { childId: string }) => row.childId === ids.met)).toBe(true);
    expect((await specialistA.request('GET', '/api/msix/deadlines?status=late-ish')).status).toBe(400);
  });

  it('shows each reader their scope: another region’s data specialist does not see it', async () => {
    const b = await specialistB.request('GET', '/api/msix/deadlines');
    expect(b.body.rows.map((row: { childId: string }) => row.childId)).toEqual([ids.other, ids.other]);
    expect((await specialistB.request('GET', `/api/msix/deadlines?regionId=${regionA}`)).status).toBe(404);
    expect((await consultantA.request('GET', `/api/msix/deadlines?regionId=${regionA}`)).body.total).toBe(8);
    const state = await admin.request('GET', '/api/msix/deadlines');
    expect(state.body).toMatchObject({ region: null, total: 10, summary: { overdue: 6 } });
    expect((await recruiterA.request('GET', '/api/msix/deadlines')).status).toBe(403);
  });
});

describe.each(freshDatabases('msix_deadlines_cli'))('ciclo msix deadlines on $name', (database) => {
  let overdueRegion: number;
  let emptyRegion: number;
  let studentNumber: string;

  beforeAll(async () => {
    const handle = await database.open();
    await migrateToLatest(handle.db);
    const region = await buildRegion(handle.db);
    overdueRegion = region.number;
    emptyRegion = (await buildRegion(handle.db)).number;
    const day = workingDaysBefore(todayInState(), 11);
    studentNumber = (
      await enrolledChild(handle.db, region.id, 'Rosa', await place(handle.db, region.id), day)
    ).student_number;
    await handle.close();
  }, 120_000);
  afterAll(async () => {
    await database.drop();
  });

  it('prints the overdue deadlines and exits with 1', async () => {
    const result = await cicloOn(database, [
      'msix',
      'deadlines',
      '--region',
      String(overdueRegion),
      '--overdue',
    ]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('2 overdue, 0 due within 5 working days');
    expect(result.stdout).toMatch(
      new RegExp(`overdue \\(\\d+ day\\(s\\) overdue\\): ${studentNumber} Rosa Hernández Ruiz: enrollment`),
    );
  });

  it('exits with 0 when nothing is overdue, and refuses an unknown region', async () => {
    const result = await cicloOn(database, ['msix', 'deadlines', '--region', String(emptyRegion)]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('0 overdue');
    const unknown = await cicloOn(database, ['msix', 'deadlines', '--region', '999999999999']);
    expect(unknown.status).not.toBe(0);
    expect(unknown.stderr).toContain('--region');
  });
});
