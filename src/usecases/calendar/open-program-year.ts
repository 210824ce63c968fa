import { calendarItemPolicy } from '../../core/calendar/calendar.policy';
import {
  generateProgramYear,
  isApplicationYear,
  MAX_PROGRAM_YEAR,
  MIN_PROGRAM_YEAR,
} from '../../core/calendar/program-year';
import { DomainError } from '../../core/common/domain-error';
import { authorize } from '../../core/people/policy';
import { recordAudit } from '../../data/repositories/audit.repository';
import { findApplicationYears, insertCalendarItems } from '../../data/repositories/calendar.repository';
import { findRegionById, findRegionByNumber } from '../../data/repositories/regions.repository';
import { requirePermission, type UseCaseContext } from '../context';

/**
 * Open a region's program year (CA2.2): add every item of the year the region lacks, the `*`
 * tasks only in an application year. Existing items are left as they are. Audited.
 */
export async function openProgramYear(
  ctx: UseCaseContext,
  input: { regionId: string; programYear: number },
): Promise<{ added: number; applicationYear: boolean }> {
  requirePermission(ctx, 'calendar.manage');
  if (input.programYear < MIN_PROGRAM_YEAR || input.programYear > MAX_PROGRAM_YEAR)
    throw DomainError.invalidField('programYear', `must be from ${MIN_PROGRAM_YEAR} to ${MAX_PROGRAM_YEAR}`);
  const region = await findRegionById(ctx.db, input.regionId);
  authorize(
    calendarItemPolicy,
    ctx.actor,
    'generate',
    region ? { regionId: region.id, ownerId: null } : undefined,
    'No region with that id.',
  );
  return ctx.db.transaction().execute(async (trx) => {
    const applicationYears = await findApplicationYears(trx);
    const items = generateProgramYear(input.programYear, applicationYears);
    const added = await insertCalendarItems(
      trx,
      items.map((item) => ({
        region_id: input.regionId,
        program_year: input.programYear,
        task_key: item.taskKey,
        due_on: item.dueOn,
      })),
    );
    const applicationYear = isApplicationYear(input.programYear, applicationYears);
    await recordAudit(trx, ctx.actor, {
      action: 'create',
      entityType: 'calendar_item',
      entityId: `${input.regionId}/${input.programYear}`,
      regionId: input.regionId,
      after: { programYear: input.programYear, applicationYear, added },
    });
    return { added, applicationYear };
  });
}

/** Open a program year of the region with this number (1–23), for the command line. */
export async function openProgramYearOfRegionNumber(
  ctx: UseCaseContext,
  input: { regionNumber: number; programYear: number },
): Promise<{ added: number; applicationYear: boolean }> {
  const region = await findRegionByNumber(ctx.db, input.regionNumber);
  if (!region) throw DomainError.invalidField('--region', `there is no region ${input.regionNumber}`);
  return openProgramYear(ctx, { regionId: region.id, programYear: input.programYear });
}
