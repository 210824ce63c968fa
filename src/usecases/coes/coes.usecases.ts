import { validateChildFacts, type ChildFacts } from '../../core/children/child-rules';
import { searchNameOf } from '../../core/children/normalize-name';
import type { CalendarDate } from '../../core/common/calendar-date';
import { isCalendarDate } from '../../core/common/calendar-date';
import { DomainError } from '../../core/common/domain-error';
import { accessScopeOf, canReachRecord, canWriteInRegion } from '../../core/people/access-scope';
import { hasPermission } from '../../core/people/roles';
import { findQualityWarnings } from '../../core/recruitment/coe-quality-warnings';
import type { DeterminationFacts, InterviewFacts } from '../../core/recruitment/coe-types';
import {
  assertCanReview,
  assertCanSubmit,
  canTakeCoeAction,
  type CoeStatus,
} from '../../core/recruitment/coe-workflow';
import type { Db } from '../../data/db';
import { recordAudit } from '../../data/repositories/audit.repository';
import { nextStudentNumber } from '../../data/repositories/children.repository';
import { requirePermission } from '../context';
import type { UseCaseContext } from '../context';
import type { CoeChildLink, CoeRecord } from './coe-record';
import { determineInterview } from './determine-interview';
import { stateEligibilitySettings } from '../eligibility/state-eligibility-settings';

const NOT_FOUND = (): DomainError => new DomainError('not_found', 'No COE with that id.');

export interface CoeDraft {
  regionId: string;
  familyId: string | null;
  interview: unknown;
  children: CoeChildLink[];
  residencyDate: CalendarDate | null;
  qualifyingWork: string | null;
  comments: string | null;
}

/** Check the links between interview children and Ciclo children, naming each bad one. */
async function checkChildLinks(
  ctx: UseCaseContext,
  db: Db,
  interview: InterviewFacts,
  links: CoeChildLink[],
  regionId: string,
  today: CalendarDate,
): Promise<void> {
  const interviewIds = new Set(interview.children.map((c) => c.id));
  for (const [index, link] of links.entries()) {
    const field = `children[${index}]`;
    if (!interviewIds.has(link.interviewChildId))
      throw DomainError.invalidField(`${field}.interviewChildId`, `is not a child of the interview`);
    if (link.childId) {
      const child = await db
        .selectFrom('children')
        .select(['id', 'region_id', 'birth_date'])
        .where('id', '=', link.childId)
        .executeTakeFirst();
      if (!child || !canReachRecord(ctx.actor, { regionId: child.region_id }))
        throw DomainError.invalidField(`${field}.childId`, 'no such child in your scope');
    } else if (link.newChild) {
      try {
        validateChildFacts(link.newChild, today);
      } catch (error) {
        if (error instanceof DomainError) {
          const problems = error.problems.map((p) => ({
            field: `${field}.newChild.${p.field}`,
            message: p.message,
          }));
          throw new DomainError(
            'invalid_input',
            problems.map((p) => `${p.field}: ${p.message}`).join('; '),
            problems,
          );
        }
        throw error;
      }
    } else {
      throw DomainError.invalidField(
        field,
        'link an existing child (childId) or give the new child (newChild)',
      );
    }
  }
  if (!canWriteInRegion(ctx.actor, regionId))
    throw DomainError.invalidField('regionId', 'is not a region you work in');
}

function coeChildRows(
  coeId: string,
  determination: DeterminationFacts,
  interview: InterviewFacts,
  links: CoeChildLink[],
) {
  return determination.children.map((d) => {
    const link = links.find((l) => l.interviewChildId === d.child);
    const priorQad = interview.children.find((c) => c.id === d.child)?.priorQad;
    return {
      coe_id: coeId,
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

function checkDates(draft: Pick<CoeDraft, 'residencyDate'>): void {
  if (draft.residencyDate !== null && !isCalendarDate(draft.residencyDate))
    throw DomainError.invalidField('residencyDate', 'must be a date written YYYY-MM-DD');
}

/**
 * Prepare a COE from an interview: run the engine, store the interview, its determination
 * and the links to Ciclo children, as a draft of the signed-in recruiter.
 */
export async function createCoe(
  ctx: UseCaseContext,
  draft: CoeDraft,
  today: CalendarDate,
): Promise<CoeRecord> {
  requirePermission(ctx, 'coe.prepare');
  checkDates(draft);
  const { interview, determination } = determineInterview(
    draft.interview,
    await stateEligibilitySettings(ctx.db),
  );
  const id = await ctx.db.transaction().execute(async (trx) => {
    await checkChildLinks(ctx, trx, interview, draft.children, draft.regionId, today);
    if (draft.familyId) {
      const family = await trx
        .selectFrom('families')
        .select('region_id')
        .where('id', '=', draft.familyId)
        .executeTakeFirst();
      if (!family || family.region_id !== draft.regionId)
        throw DomainError.invalidField('familyId', 'no such family in this region');
    }
    const coe = await trx
      .insertInto('coes')
      .values({
        region_id: draft.regionId,
        family_id: draft.familyId,
        interview: JSON.stringify(interview),
        determination: JSON.stringify(determination),
        interview_date: interview.interviewDate,
        residency_date: draft.residencyDate,
        qualifying_work: draft.qualifyingWork?.trim() || null,
        comments: draft.comments?.trim() || null,
        recruiter_id: ctx.actor.userId,
      })
      .returning(['id', 'region_id'])
      .executeTakeFirstOrThrow();
    if (determination.children.length > 0)
      await trx
        .insertInto('coe_children')
        .values(coeChildRows(coe.id, determination, interview, draft.children))
        .execute();
    await recordAudit(trx, ctx.actor, {
      action: 'create',
      entityType: 'coe',
      entityId: coe.id,
      regionId: coe.region_id,
      after: { status: 'draft', interviewDate: interview.interviewDate },
    });
    return coe.id;
  });
  return getCoe(ctx, id);
}

/** Load a COE the actor may reach, or `not_found`. */
async function loadReachableCoe(ctx: UseCaseContext, db: Db, id: string) {
  const coe = await db.selectFrom('coes').selectAll().where('id', '=', id).executeTakeFirst();
  if (!coe || !canReachRecord(ctx.actor, { regionId: coe.region_id })) throw NOT_FOUND();
  return coe;
}

/** Replace a draft's interview, links and COE data elements; re-runs the engine. */
export async function updateCoe(
  ctx: UseCaseContext,
  id: string,
  draft: Omit<CoeDraft, 'regionId'> & { version: number },
  today: CalendarDate,
): Promise<CoeRecord> {
  requirePermission(ctx, 'coe.prepare');
  checkDates(draft);
  const { interview, determination } = determineInterview(
    draft.interview,
    await stateEligibilitySettings(ctx.db),
  );
  await ctx.db.transaction().execute(async (trx) => {
    const coe = await loadReachableCoe(ctx, trx, id);
    if (!canTakeCoeAction(coe.status, 'edit'))
      throw new DomainError('conflict', `A ${coe.status} COE cannot be changed.`);
    if (coe.version !== draft.version)
      throw new DomainError('conflict', 'version: someone else changed this COE; reload it', [
        { field: 'version', message: 'is stale' },
      ]);
    await checkChildLinks(ctx, trx, interview, draft.children, coe.region_id, today);
    await trx
      .updateTable('coes')
      .set({
        family_id: draft.familyId,
        interview: JSON.stringify(interview),
        determination: JSON.stringify(determination),
        interview_date: interview.interviewDate,
        residency_date: draft.residencyDate,
        qualifying_work: draft.qualifyingWork?.trim() || null,
        comments: draft.comments?.trim() || null,
        version: coe.version + 1,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .execute();
    await trx.deleteFrom('coe_children').where('coe_id', '=', id).execute();
    if (determination.children.length > 0)
      await trx
        .insertInto('coe_children')
        .values(coeChildRows(id, determination, interview, draft.children))
        .execute();
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: 'coe',
      entityId: id,
      regionId: coe.region_id,
      before: {
        interview: coe.interview,
        residencyDate: coe.residency_date,
        qualifyingWork: coe.qualifying_work,
      },
      after: { interview, residencyDate: draft.residencyDate, qualifyingWork: draft.qualifyingWork },
    });
  });
  return getCoe(ctx, id);
}

export type CoeSignature =
  | { kind: 'drawn'; imageDataUrl: string; signerName: string; signedOn: CalendarDate }
  | { kind: 'paper'; signerName: string; signedOn: CalendarDate };

/** Record the parent's or guardian's signature, drawn on the screen or signed on paper. */
export async function signCoe(
  ctx: UseCaseContext,
  id: string,
  signature: CoeSignature,
  today: CalendarDate,
): Promise<CoeRecord> {
  requirePermission(ctx, 'coe.prepare');
  if (!signature.signerName.trim()) throw DomainError.invalidField('signerName', 'must not be empty');
  if (!isCalendarDate(signature.signedOn) || signature.signedOn > today)
    throw DomainError.invalidField('signedOn', 'must be a date written YYYY-MM-DD, not in the future');
  if (
    signature.kind === 'drawn' &&
    !/^data:image\/png;base64,[A-Za-z0-9+/=]+$/.test(signature.imageDataUrl)
  ) {
    throw DomainError.invalidField('imageDataUrl', 'must be a PNG data URL');
  }
  await ctx.db.transaction().execute(async (trx) => {
    const coe = await loadReachableCoe(ctx, trx, id);
    if (!canTakeCoeAction(coe.status, 'edit'))
      throw new DomainError('conflict', `A ${coe.status} COE cannot be signed.`);
    await trx
      .updateTable('coes')
      .set({
        signature_kind: signature.kind,
        signature_image: signature.kind === 'drawn' ? signature.imageDataUrl : null,
        signer_name: signature.signerName.trim(),
        signed_on: signature.signedOn,
        version: coe.version + 1,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: 'coe',
      entityId: id,
      regionId: coe.region_id,
      before: { signerName: coe.signer_name },
      after: { signature: signature.kind, signerName: signature.signerName, signedOn: signature.signedOn },
    });
  });
  return getCoe(ctx, id);
}

/** Submit a signed COE with at least one eligible child for review. */
export async function submitCoe(ctx: UseCaseContext, id: string): Promise<CoeRecord> {
  requirePermission(ctx, 'coe.prepare');
  await ctx.db.transaction().execute(async (trx) => {
    const coe = await loadReachableCoe(ctx, trx, id);
    const eligible = await trx
      .selectFrom('coe_children')
      .select('id')
      .where('coe_id', '=', id)
      .where('eligible', '=', true)
      .execute();
    assertCanSubmit({
      status: coe.status,
      eligibleChildCount: eligible.length,
      isSigned: coe.signature_kind !== null,
      residencyDate: coe.residency_date,
      qualifyingWork: coe.qualifying_work,
    });
    await trx
      .updateTable('coes')
      .set({
        status: 'submitted',
        submitted_at: new Date(),
        version: coe.version + 1,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: 'coe',
      entityId: id,
      regionId: coe.region_id,
      before: { status: coe.status },
      after: { status: 'submitted' },
    });
  });
  return getCoe(ctx, id);
}

/**
 * A designated reviewer approves a submitted COE or returns it with comments. Approval
 * creates the records of new children, links the family, and writes each eligible child's
 * eligibility (QAD, end of eligibility, basis, SQM) in the same transaction.
 */
export async function reviewCoe(
  ctx: UseCaseContext,
  id: string,
  review: { decision: 'approve' | 'return'; comments: string },
  today: CalendarDate,
): Promise<CoeRecord> {
  requirePermission(ctx, 'coe.review');
  await ctx.db.transaction().execute(async (trx) => {
    const coe = await loadReachableCoe(ctx, trx, id);
    assertCanReview(
      { status: coe.status, recruiterId: coe.recruiter_id },
      { reviewerId: ctx.actor.userId, decision: review.decision, comments: review.comments },
    );
    const status: CoeStatus = review.decision === 'approve' ? 'approved' : 'returned';
    await trx
      .updateTable('coes')
      .set({
        status,
        reviewer_id: ctx.actor.userId,
        reviewed_at: new Date(),
        review_comments: review.comments.trim() || null,
        version: coe.version + 1,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .execute();
    await trx
      .insertInto('coe_reviews')
      .values({
        coe_id: id,
        reviewer_id: ctx.actor.userId,
        decision: review.decision,
        comments: review.comments.trim() || null,
      })
      .execute();
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: 'coe',
      entityId: id,
      regionId: coe.region_id,
      before: { status: coe.status },
      after: { status, comments: review.comments },
    });
    if (review.decision === 'approve') await writeApprovedEligibility(ctx, trx, coe, today);
  });
  return getCoe(ctx, id);
}

/** On approval: create new children, link them to the family, and record their eligibility. */
async function writeApprovedEligibility(
  ctx: UseCaseContext,
  trx: Db,
  coe: { id: string; region_id: string; family_id: string | null },
  today: CalendarDate,
): Promise<void> {
  const rows = await trx.selectFrom('coe_children').selectAll().where('coe_id', '=', coe.id).execute();
  for (const row of rows) {
    let childId = row.child_id;
    if (!childId && row.child_facts) {
      const facts = validateChildFacts(row.child_facts as Parameters<typeof validateChildFacts>[0], today);
      const created = await trx
        .insertInto('children')
        .values({
          student_number: await nextStudentNumber(trx),
          region_id: coe.region_id,
          family_id: coe.family_id,
          first_name: facts.firstName,
          middle_name: facts.middleName,
          last_surname: facts.lastSurname,
          second_surname: facts.secondSurname,
          generation_code_suffix: facts.generationCodeSuffix,
          birth_date: facts.birthDate,
          birth_city: facts.birthCity,
          birth_state: facts.birthState,
          birth_country: facts.birthCountry,
          sex: facts.sex,
          statewide_student_id: facts.statewideStudentId,
          search_name: searchNameOf(facts),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      childId = created.id;
      await trx.updateTable('coe_children').set({ child_id: childId }).where('id', '=', row.id).execute();
      await recordAudit(trx, ctx.actor, {
        action: 'create',
        entityType: 'child',
        entityId: childId,
        regionId: coe.region_id,
        childId,
        after: { ...created, source: `coe ${coe.id}` },
      });
    } else if (childId && coe.family_id) {
      await trx
        .updateTable('children')
        .set({ family_id: coe.family_id })
        .where('id', '=', childId)
        .where('family_id', 'is', null)
        .execute();
    }
    if (!childId || !row.eligible || !row.qad) continue;
    const eligibility = await trx
      .insertInto('child_eligibilities')
      .values({
        child_id: childId,
        coe_id: coe.id,
        qad: row.qad,
        eligibility_end_date: row.eligibility_end_date,
        end_reason: row.end_reason,
        basis: row.basis,
        relation: row.relation,
        worker_move_date: row.worker_move_date,
        moved_with_worker: row.moved_with_worker,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx.actor, {
      action: 'create',
      entityType: 'child_eligibility',
      entityId: eligibility.id,
      regionId: coe.region_id,
      childId,
      after: eligibility,
    });
  }
}

/** A COE with its children, reviews, quality warnings and what the actor may do with it. */
export async function getCoe(ctx: UseCaseContext, id: string): Promise<CoeRecord> {
  requirePermission(ctx, 'coe.read');
  const coe = await loadReachableCoe(ctx, ctx.db, id);
  const [children, reviews, people] = await Promise.all([
    ctx.db
      .selectFrom('coe_children')
      .leftJoin('children', 'children.id', 'coe_children.child_id')
      .select([
        'coe_children.interview_child_id',
        'coe_children.child_id',
        'coe_children.child_facts',
        'coe_children.eligible',
        'coe_children.qad',
        'coe_children.eligibility_end_date',
        'coe_children.end_reason',
        'coe_children.basis',
        'coe_children.relation',
        'coe_children.worker_move_date',
        'coe_children.moved_with_worker',
        'coe_children.prior_coe',
        'children.first_name',
        'children.last_surname',
        'children.second_surname',
      ])
      .where('coe_children.coe_id', '=', id)
      .orderBy('coe_children.interview_child_id')
      .execute(),
    ctx.db
      .selectFrom('coe_reviews')
      .leftJoin('users', 'users.id', 'coe_reviews.reviewer_id')
      .select([
        'coe_reviews.decision',
        'coe_reviews.comments',
        'coe_reviews.created_at',
        'users.display_name',
      ])
      .where('coe_id', '=', id)
      .orderBy('coe_reviews.created_at')
      .execute(),
    ctx.db
      .selectFrom('users')
      .select(['id', 'display_name'])
      .where('id', 'in', [
        coe.recruiter_id ?? '00000000-0000-0000-0000-000000000000',
        coe.reviewer_id ?? '00000000-0000-0000-0000-000000000000',
      ])
      .execute(),
  ]);
  const personOf = (userId: string | null) => {
    const person = people.find((p) => p.id === userId);
    return person ? { id: person.id, displayName: person.display_name } : null;
  };
  const interview = coe.interview as InterviewFacts;
  const determination = coe.determination as DeterminationFacts;
  const canPrepare =
    hasPermission(ctx.actor.role, 'coe.prepare') && canWriteInRegion(ctx.actor, coe.region_id);
  return {
    id: coe.id,
    regionId: coe.region_id,
    familyId: coe.family_id,
    status: coe.status,
    interview,
    determination,
    interviewDate: coe.interview_date,
    residencyDate: coe.residency_date,
    qualifyingWork: coe.qualifying_work,
    comments: coe.comments,
    signature:
      coe.signature_kind && coe.signer_name && coe.signed_on
        ? {
            kind: coe.signature_kind,
            signerName: coe.signer_name,
            signedOn: coe.signed_on,
            hasImage: Boolean(coe.signature_image),
          }
        : null,
    recruiter: personOf(coe.recruiter_id),
    submittedAt: coe.submitted_at ? new Date(coe.submitted_at).toISOString() : null,
    reviewer: personOf(coe.reviewer_id),
    reviewedAt: coe.reviewed_at ? new Date(coe.reviewed_at).toISOString() : null,
    reviewComments: coe.review_comments,
    version: coe.version,
    children: children.map((c) => {
      const facts = c.child_facts as {
        firstName?: string;
        lastSurname?: string;
        secondSurname?: string | null;
      } | null;
      const names = c.first_name
        ? [c.first_name, c.last_surname, c.second_surname]
        : [facts?.firstName, facts?.lastSurname, facts?.secondSurname];
      return {
        interviewChildId: c.interview_child_id,
        childId: c.child_id,
        newChild: c.child_id ? null : ((c.child_facts as ChildFacts | null) ?? null),
        displayName: names.filter(Boolean).join(' ') || c.interview_child_id,
        eligible: c.eligible,
        qad: c.qad,
        eligibilityEndDate: c.eligibility_end_date,
        endReason: c.end_reason,
        basis: c.basis,
        relation: c.relation,
        workerMoveDate: c.worker_move_date,
        movedWithWorker: c.moved_with_worker,
        priorCoe: c.prior_coe,
      };
    }),
    reviews: reviews.map((r) => ({
      decision: r.decision,
      comments: r.comments,
      reviewerName: r.display_name,
      createdAt: new Date(r.created_at).toISOString(),
    })),
    warnings: findQualityWarnings(interview, determination, { residencyDate: coe.residency_date }),
    abilities: {
      canEdit: canPrepare && canTakeCoeAction(coe.status, 'edit'),
      canSubmit: canPrepare && canTakeCoeAction(coe.status, 'submit'),
      canReview:
        hasPermission(ctx.actor.role, 'coe.review') &&
        coe.status === 'submitted' &&
        coe.recruiter_id !== ctx.actor.userId,
    },
  };
}

export interface CoeListItem {
  id: string;
  status: CoeStatus;
  interviewDate: CalendarDate;
  regionId: string;
  familyName: string | null;
  childCount: number;
  eligibleCount: number;
  recruiterName: string | null;
  submittedAt: string | null;
}

/**
 * COEs in the actor's scope: a reviewer's queue (`status=submitted`), a recruiter's drafts
 * and returned COEs (`mine`), or all of a region.
 */
export async function listCoes(
  ctx: UseCaseContext,
  options: {
    status?: CoeStatus | undefined;
    mine?: boolean | undefined;
    limit?: number | undefined;
    offset?: number | undefined;
  },
): Promise<{ items: CoeListItem[]; total: number }> {
  requirePermission(ctx, 'coe.read');
  const scope = accessScopeOf(ctx.actor);
  let query = ctx.db
    .selectFrom('coes')
    .leftJoin('families', 'families.id', 'coes.family_id')
    .leftJoin('users', 'users.id', 'coes.recruiter_id');
  if (scope.kind === 'regions')
    query = query.where(
      'coes.region_id',
      'in',
      scope.regionIds.length ? [...scope.regionIds] : ['00000000-0000-0000-0000-000000000000'],
    );
  if (scope.kind === 'district')
    query = query.where('coes.region_id', '=', '00000000-0000-0000-0000-000000000000');
  if (options.status) query = query.where('coes.status', '=', options.status);
  if (options.mine)
    query = query.where('coes.recruiter_id', '=', ctx.actor.userId ?? '00000000-0000-0000-0000-000000000000');
  const [rows, count] = await Promise.all([
    query
      .select((eb) => [
        'coes.id',
        'coes.status',
        'coes.interview_date',
        'coes.region_id',
        'coes.submitted_at',
        'families.family_name',
        'users.display_name',
        eb
          .selectFrom('coe_children')
          .select((e) => e.fn.countAll<number>().as('n'))
          .whereRef('coe_children.coe_id', '=', 'coes.id')
          .as('child_count'),
        eb
          .selectFrom('coe_children')
          .select((e) => e.fn.countAll<number>().as('n'))
          .whereRef('coe_children.coe_id', '=', 'coes.id')
          .where('coe_children.eligible', '=', true)
          .as('eligible_count'),
      ])
      .orderBy('coes.updated_at', 'desc')
      .limit(options.limit ?? 50)
      .offset(options.offset ?? 0)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return {
    total: Number(count.total),
    items: rows.map((r) => ({
      id: r.id,
      status: r.status,
      interviewDate: r.interview_date,
      regionId: r.region_id,
      familyName: r.family_name,
      childCount: Number(r.child_count ?? 0),
      eligibleCount: Number(r.eligible_count ?? 0),
      recruiterName: r.display_name,
      submittedAt: r.submitted_at ? new Date(r.submitted_at).toISOString() : null,
    })),
  };
}

/** The drawn signature of a COE as PNG data URL, for the PDF. */
export async function getCoeSignatureImage(ctx: UseCaseContext, id: string): Promise<string | null> {
  const coe = await loadReachableCoe(ctx, ctx.db, id);
  return coe.signature_image;
}
