import { sql } from 'kysely';
import type { AccessScope } from '../../core/people/access-scope';
import type { ServiceTerm } from '../../core/services/service-records';
import type { TargetCandidate } from '../../core/services/target-list';
import type { Db } from '../db';
import { studentNumbersInScope } from './assessment-results.repository';

/** A student who may be on a region's target list, with Ciclo's child when one has the number. */
export interface TargetCandidateRow extends TargetCandidate {
  childId: string | null;
  firstName: string | null;
  lastSurname: string | null;
}

/**
 * The region's students eligible on at least one day from `from` to `to`, with every span
 * that reaches into those dates: Ciclo's children of the region, and students known only from
 * imported history who were enrolled in one of the region's services. Limited to the scope.
 */
export async function targetCandidatesInScope(
  db: Db,
  scope: AccessScope,
  options: { regionId: string; from: string; to: string },
): Promise<TargetCandidateRow[]> {
  const { rows } = await sql<{
    student_id: string;
    birth_date: string;
    eligible_from: string;
    eligible_to: string;
    child_id: string | null;
    first_name: string | null;
    last_surname: string | null;
  }>`select es.student_id, es.birth_date, es.eligible_from, es.eligible_to,
      c.id as child_id, c.first_name, c.last_surname
    from eligibility_spans es
    left join children c on c.student_number = es.student_id
    where es.eligible_from <= ${options.to} and es.eligible_to >= ${options.from}
      and (c.region_id = ${options.regionId}
        or (c.id is null and exists (select 1 from service_enrollments se join services s on s.id = se.service_id
          where se.student_id = es.student_id and s.region_id = ${options.regionId})))
      and ${studentNumbersInScope(sql.ref('es.student_id'), scope)}
    order by es.student_id, es.eligible_from`.execute(db);
  const byStudent = new Map<string, TargetCandidateRow>();
  for (const row of rows) {
    const span = { from: dateText(row.eligible_from), to: dateText(row.eligible_to) };
    const known = byStudent.get(row.student_id);
    if (known) (known.spans as Array<typeof span>).push(span);
    else
      byStudent.set(row.student_id, {
        studentId: row.student_id,
        birthDate: dateText(row.birth_date),
        spans: [span],
        childId: row.child_id,
        firstName: row.first_name,
        lastSurname: row.last_surname,
      });
  }
  return [...byStudent.values()];
}

/** A raw query's date as `YYYY-MM-DD` (the driver may give text or a Date at midnight UTC). */
function dateText(value: unknown): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
}

/** A service of the region that a target list's children may be enrolled in. */
export interface AlignedServiceRow {
  id: string;
  code: string;
  name: string;
  /** The district that provides it; null when the region does. */
  district_id: string | null;
  start_date: string;
  end_date: string;
}

export interface AlignedServicesQuery {
  regionId: string;
  term: ServiceTerm;
  /** The performance period's first and last day: a service belongs to the period of its start. */
  periodFirst: string;
  periodLast: string;
  mpo: string;
}

/** The region's services of the term and period aligned to the MPO (services are not children's records). */
export async function alignedServicesOfRegion(db: Db, query: AlignedServicesQuery): Promise<AlignedServiceRow[]> {
  return db
    .selectFrom('services')
    .select(['id', 'code', 'name', 'district_id', 'start_date', 'end_date'])
    .where('region_id', '=', query.regionId)
    .where('term', '=', query.term)
    .where('start_date', '>=', query.periodFirst)
    .where('start_date', '<=', query.periodLast)
    .where(sql<boolean>`${query.mpo} = any(mpos)`)
    .orderBy('start_date')
    .orderBy('name')
    .execute();
}

/**
 * Which of the given students are enrolled in which of these services.
 * @scopedBy the enrollments of the region's services the caller may read, for students of a
 * target list loaded in scope
 */
export async function enrollmentsInServices(
  db: Db,
  serviceIds: readonly string[],
  studentIds: readonly string[],
): Promise<Map<string, string[]>> {
  if (serviceIds.length === 0 || studentIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('service_enrollments')
    .select(['student_id', 'service_id'])
    .where('service_id', 'in', [...serviceIds])
    .where(sql<boolean>`student_id = any(${[...new Set(studentIds)]}::text[])`)
    .execute();
  const byStudent = new Map<string, string[]>();
  for (const row of rows) byStudent.set(row.student_id, [...(byStudent.get(row.student_id) ?? []), row.service_id]);
  return byStudent;
}

/**
 * The id of every enrollment in these services, keyed `serviceId|studentId`.
 * @scopedBy the enrollments of services the caller has just created (the demo load)
 */
export async function enrollmentIdsOfServices(db: Db, serviceIds: readonly string[]): Promise<Map<string, number>> {
  if (serviceIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('service_enrollments')
    .select(['id', 'service_id', 'student_id'])
    .where('service_id', 'in', [...serviceIds])
    .execute();
  return new Map(rows.map((r) => [`${r.service_id}|${r.student_id}`, r.id]));
}
