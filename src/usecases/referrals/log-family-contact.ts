import type { CalendarDate } from '../../core/common/calendar-date';
import { DomainError } from '../../core/common/domain-error';
import {
  OUTCOMES_LEADING_TO_INTERVIEW,
  statusAfterContact,
  type ContactAttemptType,
  type ContactOutcome,
} from '../../core/recruitment/family-contact';
import { referralPolicy } from '../../core/recruitment/referral.policy';
import { recordAudit } from '../../data/repositories/audit.repository';
import { insertFamilyContact } from '../../data/repositories/family-contacts.repository';
import { updateReferralAfterContact } from '../../data/repositories/referrals.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { getReferral, loadReferralFor } from './get-referral';
import { referralAccessOf, type ReferralSummary } from './present-referral';

/**
 * Log an attempt to reach the family; audited. The referral's status follows the outcome; an
 * outcome that leads to the interview says so, for the app to carry the family's facts into it.
 */
export async function logFamilyContact(
  ctx: UseCaseContext,
  referralId: string,
  input: {
    contactedOn: CalendarDate;
    attemptType: ContactAttemptType;
    outcome: ContactOutcome;
    notes?: string | null | undefined;
  },
  today: CalendarDate,
): Promise<{ referral: ReferralSummary; startInterview: boolean }> {
  requirePermission(ctx, 'referral.contact');
  if (input.contactedOn > today)
    throw DomainError.invalidField('contactedOn', `${input.contactedOn} is in the future`);
  await ctx.db.transaction().execute(async (trx) => {
    const referral = await loadReferralFor(ctx, trx, referralId, 'read');
    if (!referralPolicy.can(ctx.actor, 'contact', referralAccessOf(referral)))
      throw new DomainError(
        'forbidden',
        referral.assigned_to && referral.assigned_to !== ctx.actor.userId
          ? 'This referral is assigned to another recruiter.'
          : 'Your role does not allow this.',
      );
    const contactId = await insertFamilyContact(trx, {
      referralId,
      contactedOn: input.contactedOn,
      attemptType: input.attemptType,
      outcome: input.outcome,
      notes: input.notes ?? null,
      contactedBy: ctx.actor.userId,
    });
    const status = statusAfterContact(input.outcome, referral.status);
    const firstContactedOn =
      referral.first_contacted_on && referral.first_contacted_on <= input.contactedOn
        ? referral.first_contacted_on
        : input.contactedOn;
    await updateReferralAfterContact(trx, referralId, {
      status,
      firstContactedOn,
      assignedTo: referral.assigned_to ?? ctx.actor.userId,
      contactedOn: input.contactedOn,
    });
    await recordAudit(trx, ctx.actor, {
      action: 'create',
      entityType: 'family_contact',
      entityId: contactId,
      regionId: referral.region_id,
      childId: referral.matched_child_id,
      after: { referralId, ...input, statusBefore: referral.status, statusAfter: status },
    });
  });
  return {
    referral: await getReferral(ctx, referralId),
    startInterview: OUTCOMES_LEADING_TO_INTERVIEW.has(input.outcome),
  };
}
