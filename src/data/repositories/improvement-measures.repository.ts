import type { TestedEnrollmentFact } from '../../core/improvement/measures';
import type { AccessScope } from '../../core/people/access-scope';
import type { Mpo } from '../../core/services/service-records';
import type { Db } from '../db';
import { mpoOfRow } from './plan-mpos.repository';
import { referralsInScope } from './referrals.repository';
import { servicesInScope } from './services.repository';
import { regionRowsInScope } from './scope-filter';

/** Which records a measure counts: those in the reader's scope, of one region or of all it reaches. */
export interface MeasureReadOptions {
  scope: AccessScope;
  regionId: string | null;
  from: string;
  to: string;
}

/**
 * The eligible children of approved COEs recruited between two dates (IP2.2): the recruitment
 * date is the day the COE was signed, or its interview date.
 */
export async function findQualifiedChildFactsInScope(db: Db, options: MeasureReadOptions) {
  let query = db
    .selectFrom('coes')
    .innerJoin('coe_children', 'coe_children.coe_id', 'coes.id')
    .where((eb) => regionRowsInScope(eb.ref('coes.region_id'), options.scope))
    .where('coes.status', '=', 'approved')
    .where('coe_children.eligible', '=', true)
    .where('coe_children.qad', 'is not', null)
    .where((eb) => eb(eb.fn.coalesce('coes.signed_on', 'coes.interview_date'), '>=', options.from))
    .where((eb) => eb(eb.fn.coalesce('coes.signed_on', 'coes.interview_date'), '<=', options.to))
    .select((eb) => [
      'coes.id as coe_id',
      eb.fn.coalesce('coes.signed_on', 'coes.interview_date').as('recruited_on'),
      'coe_children.qad',
      'coe_children.basis',
      'coe_children.prior_coe',
      'coes.residency_date',
    ]);
  if (options.regionId) query = query.where('coes.region_id', '=', options.regionId);
  return query.execute();
}

/** The days referrals were received between two dates (IP2.5). */
export async function findReferralDatesInScope(db: Db, options: MeasureReadOptions) {
  let query = db
    .selectFrom('referrals')
    .where((eb) => referralsInScope(eb, options.scope))
    .where('referrals.received_on', '>=', options.from)
    .where('referrals.received_on', '<=', options.to)
    .select('referrals.received_on');
  if (options.regionId) query = query.where('referrals.region_id', '=', options.regionId);
  return query.execute();
}

/** Who logged a school contact on which day between two dates (IP2.6), in the reader's regions. */
export async function findSchoolContactDatesInScope(db: Db, options: MeasureReadOptions) {
  if (options.scope.kind === 'district') return [];
  let query = db
    .selectFrom('school_contacts')
    .where((eb) => regionRowsInScope(eb.ref('school_contacts.region_id'), options.scope))
    .where('school_contacts.contact_date', '>=', options.from)
    .where('school_contacts.contact_date', '<=', options.to)
    .select(['school_contacts.user_id', 'school_contacts.contact_date']);
  if (options.regionId) query = query.where('school_contacts.region_id', '=', options.regionId);
  return query.execute();
}

/**
 * The enrollments in services aligned to MPOs that have a post test between two dates (IP2.10),
 * each with all its tests, its attended minutes, its service's instrument and those MPOs.
 */
export async function findTestedEnrollmentFactsInScope(
  db: Db,
  options: MeasureReadOptions,
): Promise<TestedEnrollmentFact[]> {
  let tested = db
    .selectFrom('service_enrollments')
    .innerJoin('services', 'services.id', 'service_enrollments.service_id')
    .where((eb) => servicesInScope(eb, options.scope))
    .where('services.plan_version_id', 'is not', null)
    .where((eb) => eb(eb.fn('cardinality', ['services.mpos']), '>', 0))
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('service_tests')
          .whereRef('service_tests.enrollment_id', '=', 'service_enrollments.id')
          .where('service_tests.kind', '=', 'post')
          .where('service_tests.date', '>=', options.from)
          .where('service_tests.date', '<=', options.to),
      ),
    );
  if (options.regionId) tested = tested.where('services.region_id', '=', options.regionId);
  const [enrollments, tests] = await Promise.all([
    tested
      .select([
        'service_enrollments.id',
        'service_enrollments.attended_minutes',
        'services.plan_version_id',
        'services.mpos',
        'services.instrument_min',
        'services.instrument_max',
        'services.higher_is_better',
      ])
      .execute(),
    db
      .selectFrom('service_tests')
      .where('enrollment_id', 'in', tested.select('service_enrollments.id'))
      .select(['enrollment_id', 'kind', 'date', 'score'])
      .execute(),
  ]);
  if (enrollments.length === 0) return [];
  const planVersions = [...new Set(enrollments.map((e) => e.plan_version_id!))];
  const mpoRows = await db.selectFrom('plan_mpos').selectAll().where('plan_version_id', 'in', planVersions).execute();
  const mpos = new Map<string, Mpo>(mpoRows.map((row) => [`${row.plan_version_id} ${row.number}`, mpoOfRow(row)]));
  const testsOf = new Map<number, TestedEnrollmentFact['tests'][number][]>();
  for (const { enrollment_id, ...test } of tests) {
    const list = testsOf.get(enrollment_id);
    if (list) list.push(test);
    else testsOf.set(enrollment_id, [test]);
  }
  return enrollments.map((enrollment) => ({
    tests: testsOf.get(enrollment.id) ?? [],
    attendedMinutes: enrollment.attended_minutes,
    instrument: {
      min: enrollment.instrument_min,
      max: enrollment.instrument_max,
      higherIsBetter: enrollment.higher_is_better,
    },
    mpos: enrollment.mpos.flatMap((number) => mpos.get(`${enrollment.plan_version_id} ${number}`) ?? []),
  }));
}
