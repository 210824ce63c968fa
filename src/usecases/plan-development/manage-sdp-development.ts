import { sdpDevelopmentPolicy } from '../../core/plan-development/plan-development.policy';
import {
  EMPTY_SDP_CONTENT,
  outcomesKeepingFiles,
  sdpContentProblems,
  withPlanComponents,
  type SdpContent,
} from '../../core/plan-development/sdp-development';
import { DomainError } from '../../core/common/domain-error';
import { recordAudit } from '../../data/repositories/audit.repository';
import {
  findSdpDevelopment,
  insertSdpDevelopment,
  listSdpDevelopments,
  updateSdpDevelopment,
} from '../../data/repositories/plan-development.repository';
import { listDocumentsOf } from '../../data/repositories/documents.repository';
import { findAdoptedPlan } from '../../data/repositories/plan-mpos.repository';
import { planContentOf } from '../../data/repositories/plan.repository';
import { requirePermission, type UseCaseContext } from '../context';
import {
  loadSdpDevelopment,
  newRecordId,
  presentSdpDevelopment,
  sdpFileOwner,
  developmentConflict,
  type SdpDevelopmentRecord,
} from './sdp-development-record';

/** Every development, the latest first, and whether the actor may start one. */
export async function listSdpDevelopmentsOf(ctx: UseCaseContext) {
  requirePermission(ctx, 'plan_development.read');
  const items = await listSdpDevelopments(ctx.db);
  return {
    items: items.map((item) => ({ ...item, updatedAt: item.updatedAt.toISOString() })),
    canCreate: sdpDevelopmentPolicy.can(ctx.actor, 'manage', {}),
  };
}

/** One development with its process, check and feedback. */
export async function getSdpDevelopment(ctx: UseCaseContext, id: string): Promise<SdpDevelopmentRecord> {
  requirePermission(ctx, 'plan_development.read');
  const row = await loadSdpDevelopment(ctx.db, ctx.actor, id, 'read');
  return presentSdpDevelopment(ctx.db, ctx.actor, row);
}

/** Start tracking the development of an SDP (PD1.1). Audited. */
export async function createSdpDevelopment(
  ctx: UseCaseContext,
  input: { name: string },
): Promise<SdpDevelopmentRecord> {
  requirePermission(ctx, 'plan_development.manage');
  const name = input.name.trim();
  if (name === '') throw DomainError.invalidField('name', 'must not be empty');
  const id = await ctx.db.transaction().execute(async (trx) => {
    const created = await insertSdpDevelopment(trx, name, EMPTY_SDP_CONTENT);
    await recordAudit(trx, ctx.actor, {
      action: 'create',
      entityType: 'sdp_development',
      entityId: created,
      regionId: null,
      after: { name },
    });
    return created;
  });
  return getSdpDevelopment(ctx, id);
}

/**
 * Save a development whole (PD1.4): its name and content replace what it held. `version` is the
 * one read: a save over someone else's answers 409 naming `version`. Audited.
 */
export async function saveSdpDevelopment(
  ctx: UseCaseContext,
  id: string,
  input: { version: number; name: string; content: SdpContent },
): Promise<SdpDevelopmentRecord> {
  requirePermission(ctx, 'plan_development.manage');
  const name = input.name.trim();
  if (name === '') throw DomainError.invalidField('name', 'must not be empty');
  const problems = sdpContentProblems(input.content);
  if (problems.length > 0)
    throw new DomainError('invalid_input', `${problems[0]!.field}: ${problems[0]!.message}`, problems);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await loadSdpDevelopment(trx, ctx.actor, id, 'manage');
    const files = await listDocumentsOf(trx, sdpFileOwner(id));
    const kept = outcomesKeepingFiles(
      input.content.outcomes,
      before.content.outcomes ?? [],
      new Set(files.map((file) => file.id)),
    );
    if (kept.problems.length > 0)
      throw new DomainError(
        'invalid_input',
        `${kept.problems[0]!.field}: ${kept.problems[0]!.message}`,
        kept.problems,
      );
    const content = { ...input.content, outcomes: kept.outcomes };
    if (!(await updateSdpDevelopment(trx, id, input.version, { name, content }))) throw developmentConflict();
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: 'sdp_development',
      entityId: id,
      regionId: null,
      before: { name: before.name, content: before.content },
      after: { name, content },
    });
  });
  return getSdpDevelopment(ctx, id);
}

/**
 * Bring the adopted plan's strategies and MPOs into the alignment chart (PD2.4), each MPO linked
 * to the strategies of its need area; those already brought in are kept as they are. Audited.
 */
export async function bringInPlanComponents(
  ctx: UseCaseContext,
  id: string,
  input: { version: number },
): Promise<SdpDevelopmentRecord> {
  requirePermission(ctx, 'plan_development.manage');
  await ctx.db.transaction().execute(async (trx) => {
    const row = await loadSdpDevelopment(trx, ctx.actor, id, 'manage');
    const adopted = await findAdoptedPlan(trx);
    if (!adopted) throw new DomainError('conflict', 'The state has not adopted a plan yet.');
    const plan = await planContentOf(trx, adopted.id);
    const alignment = withPlanComponents(
      row.content.alignment ?? [],
      [
        ...plan.strategies.map((s) => ({
          kind: 'strategy' as const,
          number: s.number,
          area: s.needArea,
          text: s.textEn,
        })),
        ...plan.mpos.map((m) => ({
          kind: 'mpo' as const,
          number: m.number,
          area: m.area,
          text: m.statementEn,
        })),
      ],
      newRecordId,
    );
    const content = { ...row.content, alignment };
    if (!(await updateSdpDevelopment(trx, id, input.version, { name: row.name, content })))
      throw developmentConflict();
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: 'sdp_development',
      entityId: id,
      regionId: null,
      before: { alignment: row.content.alignment },
      after: { alignment, fromPlanVersion: adopted.id },
    });
  });
  const row = await findSdpDevelopment(ctx.db, id);
  return presentSdpDevelopment(ctx.db, ctx.actor, row!);
}
