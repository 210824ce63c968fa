import { validateChildFacts } from '../../core/children/child-rules';
import { isCalendarDate, type CalendarDate } from '../../core/common/calendar-date';
import { DomainError } from '../../core/common/domain-error';
import { accessScopeOf, canWriteInRegion } from '../../core/people/access-scope';
import type { DeterminationFacts, InterviewFacts } from '../../core/recruitment/coe-types';
import type { Db } from '../../data/db';
import { districtOfInterview } from '../../core/recruitment/coe-approval';
import { findChildRow } from '../../data/repositories/children.repository';
import { listDistrictsOfRegion } from '../../data/repositories/districts.repository';
import { findReferralInScope } from '../../data/repositories/referrals.repository';
import { findFamilyInScope } from '../../data/repositories/families.repository';
import type { NewDbCoeChild } from '../../data/repositories/coes.repository';
import type { UseCaseContext } from '../context';
import type { CoeChildLink } from './coe-record';
import { recordsChangedSinceRead, type ReferralAsRead } from '../../core/recruitment/records-changed';

/** What a recruiter enters to prepare a COE: the interview, its children's links, the data elements. */
export interface CoeDraft {
  regionId: string;
  familyId: string | null;
  interview: unknown;
  children: CoeChildLink[];
  residencyDate: CalendarDate | null;
  qualifyingWork: string | null;
  comments: string | null;
  /** The referral the interview was started from (IR1.1), if any. */
  referralId?: string | null;
  /** Who the referral was with, and its status, when the interview began (ID9.2). */
  referralAsRead?: ReferralAsRead | undefined;
  /** The school district of the interview (IR1.4); else the referral's, else found by name (IR1.5). */
  districtId?: string | null;
  /** The recruiter's device's key for this submission (ID7.3): a repeated create answers with the first COE. */
  submissionKey?: string | null;
}

/** Check the COE's own dates, naming the field. */
export function checkDraftDates(draft: Pick<CoeDraft, 'residencyDate'>): void {
  if (draft.residencyDate !== null && !isCalendarDate(draft.residencyDate))
    throw DomainError.invalidField('residencyDate', 'must be a date written YYYY-MM-DD');
}

/**
 * Check the links between interview children and Ciclo children, naming each bad one: an
 * existing child must be in the actor's scope; a new child's facts must be valid. The
 * actor must work in the COE's region.
 */
export async function checkChildLinks(
  ctx: UseCaseContext,
  db: Db,
  interview: InterviewFacts,
  links: CoeChildLink[],
  regionId: string,
  today: CalendarDate,
): Promise<void> {
  const interviewIds = new Set(interview.children.map((c) => c.id));
  const scope = accessScopeOf(ctx.actor);
  for (const [index, link] of links.entries()) {
    const field = `children[${index}]`;
    if (!interviewIds.has(link.interviewChildId))
      throw DomainError.invalidField(`${field}.interviewChildId`, `is not a child of the interview`);
    if (link.childId) {
      if (!(await findChildRow(db, scope, link.childId)))
        throw DomainError.invalidField(`${field}.childId`, 'no such child in your scope');
    } else if (link.newChild) {
      checkNewChild(link.newChild, `${field}.newChild`, today);
    } else {
      throw DomainError.invalidField(
        field,
        'link an existing child (childId) or give the new child (newChild)',
      );
    }
  }
  // A district recruiter works in their district's region (DR1.3 checks the district itself).
  if (
    !canWriteInRegion(ctx.actor, regionId) &&
    !(ctx.actor.role === 'district_recruiter' && ctx.actor.regionId === regionId)
  )
    throw DomainError.invalidField('regionId', 'is not a region you work in');
}

/** Check that the COE's family (if any) is a family of the COE's region in the actor's scope. */
export async function checkFamily(
  ctx: UseCaseContext,
  db: Db,
  familyId: string | null,
  regionId: string,
): Promise<void> {
  if (familyId && (await findFamilyInScope(db, accessScopeOf(ctx.actor), familyId))?.region_id !== regionId)
    throw DomainError.invalidField('familyId', 'no such family in this region');
}

/** Validate a new child's facts, naming each field under `prefix`. */
function checkNewChild(facts: NonNullable<CoeChildLink['newChild']>, prefix: string, today: CalendarDate) {
  try {
    validateChildFacts(facts, today);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const problems = error.problems.map((p) => ({ field: `${prefix}.${p.field}`, message: p.message }));
    throw new DomainError(
      'invalid_input',
      problems.map((p) => `${p.field}: ${p.message}`).join('; '),
      problems,
    );
  }
}

/** The stored determination of each interview child, with its link to a Ciclo child. */
export function coeChildRows(
  determination: DeterminationFacts,
  interview: InterviewFacts,
  links: CoeChildLink[],
): NewDbCoeChild[] {
  return determination.children.map((d) => {
    const link = links.find((l) => l.interviewChildId === d.child);
    const priorQad = interview.children.find((c) => c.id === d.child)?.priorQad;
    return {
      interview_child_id: d.child,
      child_id: link?.childId ?? null,
      child_facts: link?.newChild ? JSON.stringify(link.newChild) : null,
      eligible: d.eligible,
      qad: d.qad,
      eligibility_end_date: d.eligibilityEndDate,
      end_reason: d.endReason,
      basis: d.basis,
      relation: d.relation,
      worker_move_date: d.workerMoveDate,
      moved_with_worker: d.relation === 'with',
      prior_coe: Boolean(priorQad),
    };
  });
}

/**
 * The referral and the school district of a COE, checked and naming the field at fault: the
 * referral must be one of the region's in the actor's scope; the district, one of the
 * region's. Without a district given, the referral's district, else the district the
 * interview's latest move arrived in (IR1.5).
 */
export async function checkReferralAndDistrict(
  ctx: UseCaseContext,
  db: Db,
  regionId: string,
  draft: Pick<CoeDraft, 'referralId' | 'districtId'>,
  interview: InterviewFacts,
): Promise<{ referralId: string | null; districtId: string | null }> {
  const referralId = draft.referralId ?? null;
  const referral = referralId
    ? await findReferralInScope(db, accessScopeOf(ctx.actor), referralId)
    : undefined;
  if (referralId && referral?.region_id !== regionId)
    throw DomainError.invalidField('referralId', 'no such referral in this region');
  return {
    referralId,
    districtId: await checkDistrict(
      db,
      regionId,
      draft.districtId ?? referral?.district_id ?? null,
      interview,
    ),
  };
}

/**
 * The school district of a COE: `districtId` when given (one of the region's, else an error
 * on `districtId`), else the district the interview's latest move arrived in (IR1.5).
 */
export async function checkDistrict(
  db: Db,
  regionId: string,
  districtId: string | null,
  interview: InterviewFacts,
): Promise<string | null> {
  const districts = await listDistrictsOfRegion(db, regionId);
  if (districtId && !districts.some((d) => d.id === districtId))
    throw DomainError.invalidField('districtId', 'no such district in this region');
  return districtId ?? districtOfInterview(interview, districts);
}

/**
 * ID9: refuse (409) a COE whose interview read records that someone else changed since: each
 * linked child whose version moved on, the referral if it went to another recruiter or was
 * answered. The recruiter compares both versions, decides, and sends again with what they saw.
 */
export async function refuseRecordsChangedSinceRead(
  ctx: UseCaseContext,
  db: Db,
  draft: Pick<CoeDraft, 'children' | 'referralId' | 'referralAsRead'>,
): Promise<void> {
  const scope = accessScopeOf(ctx.actor);
  const children = [];
  for (const [index, link] of draft.children.entries()) {
    if (!link.childId || link.childVersion === undefined) continue;
    const child = await findChildRow(db, scope, link.childId);
    if (child)
      children.push({
        field: `children[${index}].childId`,
        versionRead: link.childVersion,
        versionNow: child.version,
      });
  }
  const referral =
    draft.referralId && draft.referralAsRead
      ? await findReferralInScope(db, scope, draft.referralId)
      : undefined;
  const problems = recordsChangedSinceRead({
    children,
    referral:
      referral && draft.referralAsRead
        ? { read: draft.referralAsRead, now: { assignedTo: referral.assigned_to, status: referral.status } }
        : undefined,
    submitter: ctx.actor.userId ?? '',
  });
  if (problems.length > 0)
    throw new DomainError('conflict', problems.map((p) => `${p.field}: ${p.message}`).join('; '), problems);
}
