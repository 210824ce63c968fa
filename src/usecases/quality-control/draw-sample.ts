import { CALIFORNIA_SETTINGS } from '../../core/common/state-settings';
import { daysInZone, isCalendarDate, type CalendarDate } from '../../core/common/calendar-date';
import { DomainError } from '../../core/common/domain-error';
import { accessScopeOf } from '../../core/people/access-scope';
import { reinterviewSamplePolicy } from '../../core/quality-control/reinterview.policy';
import { drawReinterviewSample } from '../../core/recruitment/reinterview-sample';
import { recordAudit } from '../../data/repositories/audit.repository';
import {
  insertReinterviewSample,
  listApprovedCoesInScope,
} from '../../data/repositories/reinterviews.repository';
import type { UseCaseContext } from '../context';

export interface DrawSampleOptions {
  perRegion: number;
  approvedFrom: CalendarDate;
  approvedTo: CalendarDate;
  /** Fixes the draw so it can be reproduced; a random seed when absent. */
  seed?: number | undefined;
}

/**
 * Draw a random sample of approved COEs in every region for re-interviewing (the state);
 * every re-interview created is audited, with the seed and period that drew it.
 */
export async function drawSample(ctx: UseCaseContext, options: DrawSampleOptions): Promise<string> {
  if (!reinterviewSamplePolicy.can(ctx.actor, 'draw', {}))
    throw new DomainError('forbidden', 'Your role does not allow this.');
  if (!isCalendarDate(options.approvedFrom))
    throw DomainError.invalidField('approvedFrom', 'must be a date written YYYY-MM-DD');
  if (!isCalendarDate(options.approvedTo) || options.approvedTo < options.approvedFrom)
    throw DomainError.invalidField('approvedTo', 'must be a date on or after approvedFrom');
  if (!Number.isInteger(options.perRegion) || options.perRegion < 1 || options.perRegion > 1000)
    throw DomainError.invalidField('perRegion', 'must be a whole number from 1 to 1,000');
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
  // the period's days in the state: a COE approved at 6 p.m. in California is approved that day
  const candidates = await listApprovedCoesInScope(
    ctx.db,
    accessScopeOf(ctx.actor),
    daysInZone(CALIFORNIA_SETTINGS.timeZone, options.approvedFrom, options.approvedTo),
  );
  const sample = drawReinterviewSample(candidates, options.perRegion, seed);
  if (sample.length === 0)
    throw DomainError.invalidField('approvedFrom', 'no COE was approved in this period');
  return ctx.db.transaction().execute(async (trx) => {
    const drawn = await insertReinterviewSample(trx, { ...options, seed, drawnBy: ctx.actor.userId }, sample);
    for (const reinterview of drawn.reinterviews)
      await recordAudit(trx, ctx.actor, {
        action: 'create',
        entityType: 'reinterview',
        entityId: reinterview.id,
        regionId: reinterview.region_id,
        after: { ...reinterview, sample: drawn.sample },
      });
    return drawn.sample.id;
  });
}
