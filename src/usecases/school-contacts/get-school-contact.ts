import { DomainError } from '../../core/common/domain-error';
import { schoolContactPolicy } from '../../core/recruitment/school-contact.policy';
import { findSchoolContactRow } from '../../data/repositories/school-contacts.repository';
import type { UseCaseContext } from '../context';
import { obtainedReferralsOf } from './obtained-referrals';
import { NO_SCHOOL_CONTACT, schoolContactAccessOf } from './load-school-contact';
import { toSchoolContactRecord, type SchoolContactRecord } from './school-contact-record';

/** One entry with what the actor may do with it (read after the actor's own change). */
export async function getSchoolContact(ctx: UseCaseContext, id: string): Promise<SchoolContactRecord> {
  const row = await findSchoolContactRow(ctx.db, id);
  if (!row || !schoolContactPolicy.can(ctx.actor, 'read', schoolContactAccessOf(row)))
    throw new DomainError('not_found', NO_SCHOOL_CONTACT);
  const referrals = await obtainedReferralsOf(ctx, [row.id]);
  return toSchoolContactRecord(
    row,
    schoolContactPolicy.can(ctx.actor, 'edit', schoolContactAccessOf(row)),
    referrals.get(row.id),
  );
}
