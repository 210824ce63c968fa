import type { AccessScope } from '../../core/people/access-scope';
import type { Db } from '../db';
import { referralsInScope } from './referrals.repository';
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
