/**
 * The Data Close (docs/rules/monitoring.md MN6): which program years are closed, the lock a
 * write of a year's records holds on its year, and the records the checklist reads.
 */
import { sql } from 'kysely';
import type { AccessScope } from '../../core/people/access-scope';
import type {
  CoeFactsForClose,
  EnrollmentFactsForClose,
  ServiceFactsForClose,
  YearStatus,
} from '../../core/monitoring/data-close';
import { programYearDates } from '../../core/monitoring/application';
import type { Db } from '../db';
import { regionRowsInScope } from './scope-filter';
import { servicesInScope } from './services.repository';

export interface YearClosureRow {
  programYear: string;
  status: YearStatus;
  changedByLabel: string | null;
  changedAt: Date | null;
  reason: string;
  version: number;
}

const closureColumns = [
  'program_year as programYear',
  'status',
  'changed_by_label as changedByLabel',
  'changed_at as changedAt',
  'reason',
  'version',
] as const;

/** Every program year that has a row, newest first. */
export async function listYearClosures(db: Db): Promise<YearClosureRow[]> {
  return db.selectFrom('program_year_closures').select(closureColumns).orderBy('program_year', 'desc').execute();
}

/**
 * The closed program years among `years`, each row locked for share until the transaction ends
 * (MN6.3): a year closing waits for the writes that hold it, and a write waiting on a year that
 * is closing reads the year as the closing left it. A year without a row gets one (open) first,
 * so that there is always a row to lock.
 */
export async function lockYearsForWrite(db: Db, years: readonly string[]): Promise<Set<string>> {
  const unique = [...new Set(years)].sort();
  if (unique.length === 0) return new Set();
  const rows = await db
    .selectFrom('program_year_closures')
    .select(['program_year', 'status'])
    .where('program_year', 'in', unique)
    .forShare()
    .execute();
  const missing = unique.filter((year) => !rows.some((row) => row.program_year === year));
  if (missing.length > 0) {
    await db
      .insertInto('program_year_closures')
      .values(missing.map((program_year) => ({ program_year })))
      .onConflict((oc) => oc.column('program_year').doNothing())
      .execute();
    rows.push(
      ...(await db
        .selectFrom('program_year_closures')
        .select(['program_year', 'status'])
        .where('program_year', 'in', missing)
        .forShare()
        .execute()),
    );
  }
  return new Set(rows.filter((row) => row.status === 'closed').map((row) => row.program_year));
}

/** A program year's row locked for update (to close or reopen it), made open first if it has none. */
export async function lockYearForChange(db: Db, year: string): Promise<YearClosureRow> {
  await db
    .insertInto('program_year_closures')
    .values({ program_year: year })
    .onConflict((oc) => oc.column('program_year').doNothing())
    .execute();
  return db
    .selectFrom('program_year_closures')
    .select(closureColumns)
    .where('program_year', '=', year)
    .forUpdate()
    .executeTakeFirstOrThrow();
}

/** Set a program year's status, by whom and why. */
export async function setYearStatus(
  db: Db,
  year: string,
  change: { status: YearStatus; userId: string | null; label: string; reason: string },
): Promise<void> {
  await db
    .updateTable('program_year_closures')
    .set({
      status: change.status,
      changed_by: change.userId,
      changed_by_label: change.label,
      changed_at: sql<Date>`now()`,
      reason: change.reason,
      version: sql<number>`version + 1`,
    })
    .where('program_year', '=', year)
    .execute();
}

/** The services of a program year (by planned start, MN6.1) in the scope, of one region or all. */
export async function servicesOfYear(
  db: Db,
  scope: AccessScope,
  year: string,
  regionId: string | null,
): Promise<ServiceFactsForClose[]> {
  const { from, to } = programYearDates(year);
  let query = db
    .selectFrom('services')
    .where((eb) => servicesInScope(eb, scope))
    .where('services.start_date', '>=', from)
    .where('services.start_date', '<=', to)
    .select([
      'services.id',
      'services.region_id as regionId',
      'services.code',
      'services.name',
      'services.start_date as startDate',
      'services.actual_start_date as actualStartDate',
      'services.actual_end_date as actualEndDate',
    ]);
  if (regionId) query = query.where('services.region_id', '=', regionId);
  return query.execute();
}

/**
 * The enrollments in these services with their attended minutes and whether each child has a
 * pre and a post test, and the child's name.
 * @scopedBy the enrollments of services the caller read through a scoped query
 */
export async function enrollmentsOfServices(
  db: Db,
  serviceIds: readonly string[],
): Promise<EnrollmentFactsForClose[]> {
  if (serviceIds.length === 0) return [];
  const rows = await db
    .selectFrom('service_enrollments as e')
    .leftJoin('children as c', 'c.student_number', 'e.student_id')
    .where('e.service_id', 'in', [...serviceIds])
    .select((eb) => [
      'e.service_id as serviceId',
      'e.student_id as studentId',
      'e.attended_minutes as attendedMinutes',
      'c.first_name',
      'c.last_surname',
      eb
        .exists(
          eb.selectFrom('service_tests as t').select('t.id').whereRef('t.enrollment_id', '=', 'e.id').where('t.kind', '=', 'pre'),
        )
        .as('hasPreTest'),
      eb
        .exists(
          eb.selectFrom('service_tests as t').select('t.id').whereRef('t.enrollment_id', '=', 'e.id').where('t.kind', '=', 'post'),
        )
        .as('hasPostTest'),
    ])
    .execute();
  return rows.map((row) => ({
    serviceId: row.serviceId,
    studentId: row.studentId,
    childName: row.first_name && row.last_surname ? `${row.first_name} ${row.last_surname}` : row.studentId,
    attendedMinutes: row.attendedMinutes,
    hasPreTest: Boolean(row.hasPreTest),
    hasPostTest: Boolean(row.hasPostTest),
  }));
}

/** The COEs of a program year (by interview date, MN6.1) not yet approved, in the scope, of one region or all. */
export async function openCoesOfYear(
  db: Db,
  scope: AccessScope,
  year: string,
  regionId: string | null,
): Promise<CoeFactsForClose[]> {
  const { from, to } = programYearDates(year);
  let query = db
    .selectFrom('coes')
    .leftJoin('families', 'families.id', 'coes.family_id')
    .where(regionRowsInScope(sql.ref('coes.region_id'), scope))
    .where('coes.interview_date', '>=', from)
    .where('coes.interview_date', '<=', to)
    .where('coes.status', '<>', 'approved')
    .select([
      'coes.id',
      'coes.region_id as regionId',
      'coes.interview_date as interviewDate',
      'coes.status',
      'families.family_name as familyName',
    ]);
  if (regionId) query = query.where('coes.region_id', '=', regionId);
  return query.execute();
}

/**
 * The planned starts of the stored services with these codes (a folder import replaces them and
 * their children's records, so their years are touched too, MN6.3).
 */
export async function startDatesOfServiceCodes(db: Db, codes: readonly string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  const rows = await db
    .selectFrom('services')
    .select('start_date')
    .where('code', 'in', [...codes])
    .execute();
  return rows.map((row) => row.start_date);
}
