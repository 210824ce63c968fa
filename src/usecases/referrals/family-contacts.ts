import type { CalendarDate } from '../../core/common/calendar-date';
import { DomainError } from '../../core/common/domain-error';
import { accessScopeOf } from '../../core/people/access-scope';
import { dailyQuota, type DailyQuota } from '../../core/recruitment/contact-quota';
import {
  OUTCOMES_LEADING_TO_INTERVIEW,
  statusAfterContact,
  type ContactAttemptType,
  type ContactOutcome,
} from '../../core/recruitment/family-contact';
import { recordAudit } from '../../data/repositories/audit.repository';
import type { UseCaseContext } from '../context';
import { holidaysOfRegion } from './region-rule-sets';
import { getReferral, requireReferralPermission, type ReferralSummary } from './referral-queue';

export interface FamilyContact {
  id: string;
  contactedOn: string;
  attemptType: ContactAttemptType;
  outcome: ContactOutcome;
  notes: string | null;
  contactedBy: string | null;
}

export async function listFamilyContacts(ctx: UseCaseContext, referralId: string): Promise<FamilyContact[]> {
  await getReferral(ctx, referralId);
  const rows = await ctx.db
    .selectFrom('family_contacts')
    .leftJoin('users', 'users.id', 'family_contacts.contacted_by')
    .select(['family_contacts.id', 'contacted_on', 'attempt_type', 'outcome', 'notes', 'users.display_name'])
    .where('referral_id', '=', referralId)
    .orderBy('contacted_on', 'desc')
    .orderBy('family_contacts.created_at', 'desc')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    contactedOn: row.contacted_on,
    attemptType: row.attempt_type as ContactAttemptType,
    outcome: row.outcome as ContactOutcome,
    notes: row.notes,
    contactedBy: row.display_name,
  }));
}

/**
 * Log an attempt to reach the family. The referral's status follows the outcome; an outcome
 * that leads to the interview returns the family's facts to carry into it.
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
  requireReferralPermission(ctx, 'referral.contact');
  const referral = await getReferral(ctx, referralId);
  if (input.contactedOn > today)
    throw DomainError.invalidField('contactedOn', `${input.contactedOn} is in the future`);
  if (referral.assignedTo && referral.assignedTo.id !== ctx.actor.userId && ctx.actor.role === 'recruiter')
    throw new DomainError('forbidden', 'This referral is assigned to another recruiter.');
  await ctx.db.transaction().execute(async (trx) => {
    const contact = await trx
      .insertInto('family_contacts')
      .values({
        referral_id: referralId,
        contacted_on: input.contactedOn,
        attempt_type: input.attemptType,
        outcome: input.outcome,
        notes: input.notes ?? null,
        contacted_by: ctx.actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const status = statusAfterContact(input.outcome);
    const firstContactedOn =
      referral.firstContactedOn && referral.firstContactedOn <= input.contactedOn
        ? referral.firstContactedOn
        : input.contactedOn;
    await trx
      .updateTable('referrals')
      .set({
        status,
        first_contacted_on: firstContactedOn,
        assigned_to: referral.assignedTo?.id ?? ctx.actor.userId,
        updated_at: new Date(),
      })
      .where('id', '=', referralId)
      .execute();
    await recordAudit(trx, ctx.actor, {
      action: 'create',
      entityType: 'family_contact',
      entityId: contact.id,
      regionId: referral.regionId,
      childId: referral.matchedChildId,
      after: { referralId, ...input, statusBefore: referral.status, statusAfter: status },
    });
  });
  return {
    referral: await getReferral(ctx, referralId),
    startInterview: OUTCOMES_LEADING_TO_INTERVIEW.has(input.outcome),
  };
}

/** Today's minimum number of contacts for the signed-in recruiter, and progress toward it. */
export async function myDailyQuota(
  ctx: UseCaseContext,
  today: CalendarDate,
): Promise<DailyQuota & { regionId: string | null }> {
  requireReferralPermission(ctx, 'referral.contact');
  const scope = accessScopeOf(ctx.actor);
  const regionId = scope.kind === 'regions' && scope.regionIds.length === 1 ? scope.regionIds[0]! : null;
  const userId = ctx.actor.userId ?? '00000000-0000-0000-0000-000000000000';
  const counts = await ctx.db
    .selectFrom('referrals')
    .where('assigned_to', '=', userId)
    .select((eb) => [
      eb.fn.countAll<number>().filterWhere('status', '=', 'pending').as('pending'),
      eb.fn.countAll<number>().filterWhere('first_contacted_on', '=', today).as('first_contacts_today'),
    ])
    .executeTakeFirstOrThrow();
  const holidays = regionId ? await holidaysOfRegion(ctx.db, regionId) : new Set<string>();
  return {
    regionId,
    ...dailyQuota({
      pending: Number(counts.pending),
      contactedToday: Number(counts.first_contacts_today),
      today,
      holidays,
    }),
  };
}
