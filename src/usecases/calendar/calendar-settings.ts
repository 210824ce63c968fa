import { MAX_PROGRAM_YEAR, MIN_PROGRAM_YEAR } from '../../core/calendar/program-year';
import { DomainError } from '../../core/common/domain-error';
import { recordAudit } from '../../data/repositories/audit.repository';
import { findApplicationYears, saveApplicationYears } from '../../data/repositories/calendar.repository';
import { requirePermission, type UseCaseContext } from '../context';

/** Read the calendar's settings: the program years when the grant application is due (CA1.3), none until the state sets them. */
export async function getCalendarSettings(ctx: UseCaseContext): Promise<{ applicationYears: number[] }> {
  requirePermission(ctx, 'calendar.read');
  return { applicationYears: await findApplicationYears(ctx.db) };
}

/** Set the application years (CA1.3): whole years 2000–2100, kept sorted without repeats. Audited. */
export async function setCalendarSettings(
  ctx: UseCaseContext,
  input: { applicationYears: readonly number[] },
): Promise<{ applicationYears: number[] }> {
  requirePermission(ctx, 'calendar.settings');
  input.applicationYears.forEach((year, index) => {
    if (!Number.isInteger(year) || year < MIN_PROGRAM_YEAR || year > MAX_PROGRAM_YEAR)
      throw DomainError.invalidField(
        `applicationYears[${index}]`,
        `must be a program year from ${MIN_PROGRAM_YEAR} to ${MAX_PROGRAM_YEAR}`,
      );
  });
  const years = [...new Set(input.applicationYears)].sort((a, b) => a - b);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await findApplicationYears(trx);
    await saveApplicationYears(trx, years);
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: 'calendar_settings',
      entityId: 'calendar_application_years',
      regionId: null,
      before: { applicationYears: before },
      after: { applicationYears: years },
    });
  });
  return { applicationYears: years };
}
