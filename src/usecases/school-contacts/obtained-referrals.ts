import type { CalendarDate } from '../../core/common/calendar-date';
import { DomainError } from '../../core/common/domain-error';
import { accessScopeOf } from '../../core/people/access-scope';
import { canEnterReferral, referralPolicy } from '../../core/recruitment/referral.policy';
import type { SchoolContactEntryFacts } from '../../core/recruitment/school-contact-log';
import type { Db } from '../../data/db';
import { findReferralsOfSchoolContacts } from '../../data/repositories/referrals.repository';
import type { UseCaseContext } from '../context';
import { addReferralsInTransaction } from '../referrals/add-referrals';
import type { SchoolToRecordIn } from './load-school-contact';
import type { ObtainedReferral } from './school-contact-record';

/**
 * Add the referrals a contact obtained to the queue of its school's district, linked to the
 * contact, inside the contact's transaction: validated, matched, ranked and audited as a
 * referral typed by hand (source `school-contact`); a child the family gave without a school
 * is listed at the contact's school.
 * @returns the new referrals' ids.
 */
export async function addObtainedReferrals(
  ctx: UseCaseContext,
  trx: Db,
  contact: { id: string; school: SchoolToRecordIn; facts: SchoolContactEntryFacts },
  today: CalendarDate,
): Promise<string[]> {
  const { school, facts } = contact;
  if (facts.referrals.length === 0) return [];
  if (!canEnterReferral(ctx.actor, { regionId: school.region_id, districtId: school.district_id }))
    throw DomainError.invalidField('referrals', 'you may not add referrals to this school’s district');
  return addReferralsInTransaction(
    trx,
    ctx.actor,
    facts.referrals.map((referral) => ({ ...referral, schoolName: referral.schoolName ?? school.name })),
    {
      regionId: school.region_id,
      districtId: school.district_id,
      districtName: school.district_name,
      source: 'school-contact',
      importId: null,
      schoolContactId: contact.id,
      enteredBy: ctx.actor.userId,
      today,
    },
    (index) => `referrals[${index}].`,
  );
}

/**
 * The referrals each contact obtained that the actor may read, by contact id: a reader of the
 * log who does not read the district's queue sees none of the children's names.
 */
export async function obtainedReferralsOf(
  ctx: UseCaseContext,
  contactIds: readonly string[],
): Promise<Map<string, ObtainedReferral[]>> {
  const rows = await findReferralsOfSchoolContacts(ctx.db, accessScopeOf(ctx.actor), contactIds);
  const byContact = new Map<string, ObtainedReferral[]>();
  for (const row of rows) {
    const access = { regionId: row.region_id, districtId: row.district_id, assignedToId: row.assigned_to };
    if (!row.school_contact_id || !referralPolicy.can(ctx.actor, 'read', access)) continue;
    const list = byContact.get(row.school_contact_id) ?? [];
    list.push({
      id: row.id,
      firstName: row.first_name,
      lastSurname: row.last_surname,
      birthDate: row.birth_date,
    });
    byContact.set(row.school_contact_id, list);
  }
  return byContact;
}
