import { isCalendarDate, type CalendarDate } from '../../core/common/calendar-date';
import { DomainError } from '../../core/common/domain-error';
import { accessScopeOf, canReachRecord } from '../../core/people/access-scope';
import { hasPermission } from '../../core/people/roles';
import {
  discrepancyRate,
  drawReinterviewSample,
  type DiscrepancyRate,
} from '../../core/recruitment/reinterview-sample';
import { recordAudit } from '../../data/repositories/audit.repository';
import { requirePermission } from '../context';
import type { UseCaseContext } from '../context';

export interface DrawSampleOptions {
  perRegion: number;
  approvedFrom: CalendarDate;
  approvedTo: CalendarDate;
  /** Fixes the draw so it can be reproduced; a random seed when absent. */
  seed?: number | undefined;
}

/** Draw a random sample of approved COEs in every region for re-interviewing (state only). */
export async function drawSample(ctx: UseCaseContext, options: DrawSampleOptions): Promise<string> {
  requirePermission(ctx, 'qc.manage');
  if (!isCalendarDate(options.approvedFrom))
    throw DomainError.invalidField('approvedFrom', 'must be a date written YYYY-MM-DD');
  if (!isCalendarDate(options.approvedTo) || options.approvedTo < options.approvedFrom)
    throw DomainError.invalidField('approvedTo', 'must be a date on or after approvedFrom');
  if (!Number.isInteger(options.perRegion) || options.perRegion < 1 || options.perRegion > 1000)
    throw DomainError.invalidField('perRegion', 'must be a whole number from 1 to 1,000');
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
  const candidates = await ctx.db
    .selectFrom('coes')
    .select(['id', 'region_id as regionId'])
    .where('status', '=', 'approved')
    .where('reviewed_at', '>=', new Date(`${options.approvedFrom}T00:00:00Z`))
    .where('reviewed_at', '<', new Date(`${options.approvedTo}T23:59:59.999Z`))
    .execute();
  const sample = drawReinterviewSample(candidates, options.perRegion, seed);
  if (sample.length === 0)
    throw DomainError.invalidField('approvedFrom', 'no COE was approved in this period');
  return ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('reinterview_samples')
      .values({
        seed,
        per_region: options.perRegion,
        approved_from: options.approvedFrom,
        approved_to: options.approvedTo,
        drawn_by: ctx.actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('reinterviews')
      .values(sample.map((c) => ({ sample_id: row.id, coe_id: c.id, region_id: c.regionId })))
      .execute();
    return row.id;
  });
}

export interface ReinterviewItem {
  id: string;
  coeId: string;
  regionId: string;
  regionNumber: number;
  reinterviewerId: string | null;
  reinterviewerName: string | null;
  result: 'confirmed' | 'discrepancy' | null;
  notes: string | null;
}

/** A sample with its re-interviews in the actor's scope and the discrepancy rate per region and overall. */
export async function getSample(ctx: UseCaseContext, sampleId: string) {
  if (!hasPermission(ctx.actor.role, 'qc.manage') && !hasPermission(ctx.actor.role, 'qc.reinterview'))
    throw new DomainError('forbidden', 'Your role does not allow this.');
  const sample = await ctx.db
    .selectFrom('reinterview_samples')
    .selectAll()
    .where('id', '=', sampleId)
    .executeTakeFirst();
  if (!sample) throw new DomainError('not_found', 'No sample with that id.');
  const rows = await ctx.db
    .selectFrom('reinterviews')
    .innerJoin('regions', 'regions.id', 'reinterviews.region_id')
    .leftJoin('users', 'users.id', 'reinterviews.reinterviewer_id')
    .select([
      'reinterviews.id',
      'reinterviews.coe_id',
      'reinterviews.region_id',
      'regions.number',
      'reinterviews.reinterviewer_id',
      'users.display_name',
      'reinterviews.result',
      'reinterviews.notes',
    ])
    .where('reinterviews.sample_id', '=', sampleId)
    .orderBy('regions.number')
    .execute();
  const visible = rows.filter(
    (r) => canReachRecord(ctx.actor, { regionId: r.region_id }) || r.reinterviewer_id === ctx.actor.userId,
  );
  const items: ReinterviewItem[] = visible.map((r) => ({
    id: r.id,
    coeId: r.coe_id,
    regionId: r.region_id,
    regionNumber: r.number,
    reinterviewerId: r.reinterviewer_id,
    reinterviewerName: r.display_name,
    result: r.result,
    notes: r.notes,
  }));
  const byRegion = new Map<number, Array<'confirmed' | 'discrepancy'>>();
  for (const item of items) {
    const results = byRegion.get(item.regionNumber) ?? [];
    if (item.result) results.push(item.result);
    byRegion.set(item.regionNumber, results);
  }
  const regions: Array<{ regionNumber: number; sampled: number } & DiscrepancyRate> = [
    ...byRegion.entries(),
  ].map(([regionNumber, results]) => ({
    regionNumber,
    sampled: items.filter((i) => i.regionNumber === regionNumber).length,
    ...discrepancyRate(results),
  }));
  return {
    id: sample.id,
    seed: sample.seed,
    perRegion: sample.per_region,
    approvedFrom: sample.approved_from,
    approvedTo: sample.approved_to,
    drawnAt: new Date(sample.drawn_at).toISOString(),
    items,
    regions,
    overall: {
      sampled: items.length,
      ...discrepancyRate(items.flatMap((i) => (i.result ? [i.result] : []))),
    },
  };
}

/** Samples drawn so far, newest first. */
export async function listSamples(ctx: UseCaseContext) {
  if (!hasPermission(ctx.actor.role, 'qc.manage') && !hasPermission(ctx.actor.role, 'qc.reinterview'))
    throw new DomainError('forbidden', 'Your role does not allow this.');
  const rows = await ctx.db
    .selectFrom('reinterview_samples')
    .selectAll()
    .orderBy('drawn_at', 'desc')
    .limit(50)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    perRegion: r.per_region,
    approvedFrom: r.approved_from,
    approvedTo: r.approved_to,
    drawnAt: new Date(r.drawn_at).toISOString(),
  }));
}

/** Assign re-interviewers (reviewers or state staff) to re-interviews of a sample. */
export async function assignReinterviewer(
  ctx: UseCaseContext,
  reinterviewIds: string[],
  reinterviewerId: string,
): Promise<number> {
  requirePermission(ctx, 'qc.manage');
  const reinterviewer = await ctx.db
    .selectFrom('users')
    .select(['id', 'role'])
    .where('id', '=', reinterviewerId)
    .executeTakeFirst();
  if (!reinterviewer || !hasPermission(reinterviewer.role, 'qc.reinterview'))
    throw DomainError.invalidField(
      'reinterviewerId',
      'must be a user who may re-interview (a designated reviewer)',
    );
  if (reinterviewIds.length === 0) return 0;
  const result = await ctx.db
    .updateTable('reinterviews')
    .set({ reinterviewer_id: reinterviewerId })
    .where('id', 'in', reinterviewIds)
    .where('result', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** The re-interviewer records whether the eligibility was confirmed or a discrepancy found. */
export async function recordReinterviewResult(
  ctx: UseCaseContext,
  id: string,
  outcome: { result: 'confirmed' | 'discrepancy'; notes: string | null },
): Promise<void> {
  requirePermission(ctx, 'qc.reinterview');
  const scope = accessScopeOf(ctx.actor);
  const row = await ctx.db.selectFrom('reinterviews').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || (row.reinterviewer_id !== ctx.actor.userId && scope.kind !== 'state'))
    throw new DomainError('not_found', 'No re-interview assigned to you with that id.');
  if (outcome.result === 'discrepancy' && !outcome.notes?.trim())
    throw DomainError.invalidField('notes', 'describe the discrepancy');
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('reinterviews')
      .set({ result: outcome.result, notes: outcome.notes?.trim() || null, completed_at: new Date() })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: 'reinterview',
      entityId: id,
      regionId: row.region_id,
      before: { result: row.result },
      after: outcome,
    });
  });
}
