import { accessScopeOf } from '../../core/people/access-scope';
import type { ContactAttemptType, ContactOutcome } from '../../core/recruitment/family-contact';
import { listFamilyContactsInScope } from '../../data/repositories/family-contacts.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { loadReferralFor } from './get-referral';

export interface FamilyContact {
  id: string;
  contactedOn: string;
  attemptType: ContactAttemptType;
  outcome: ContactOutcome;
  notes: string | null;
  contactedBy: string | null;
}

/** Every attempt to reach a referral's family, newest first. */
export async function listFamilyContacts(ctx: UseCaseContext, referralId: string): Promise<FamilyContact[]> {
  requirePermission(ctx, 'referral.read');
  await loadReferralFor(ctx, ctx.db, referralId, 'read');
  const rows = await listFamilyContactsInScope(ctx.db, accessScopeOf(ctx.actor), referralId);
  return rows.map((row) => ({
    id: row.id,
    contactedOn: row.contacted_on,
    attemptType: row.attempt_type as ContactAttemptType,
    outcome: row.outcome as ContactOutcome,
    notes: row.notes,
    contactedBy: row.display_name,
  }));
}
