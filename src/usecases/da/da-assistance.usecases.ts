import type { ExpressionBuilder } from 'kysely';
import { summarizeAssistanceByCounty, type CountyAssistance } from '../../core/accountability/da-assistance';
import type { Database } from '../../data/tables';
import type { AssistanceKind, RootCauseTheme } from '../../core/accountability';
import { isCalendarDate, type CalendarDate } from '../../core/common/calendar-date';
import { DomainError } from '../../core/common/domain-error';
import { accessScopeOf, canWriteInRegion } from '../../core/people/access-scope';
import { recordAudit } from '../../data/repositories/audit.repository';
import { requirePermission } from '../context';
import type { UseCaseContext } from '../context';
import { findDecidedLea } from './da-leas.usecases';

export interface AssistanceView {
  id: string;
  leaId: string;
  leaName: string | null;
  county: string | null;
  providedOn: string;
  kind: AssistanceKind;
  themes: RootCauseTheme[];
  summary: string | null;
  nextSteps: string | null;
  providedBy: string;
  regionNumber: number | null;
  recordedAt: string;
}

export interface NewAssistance {
  providedOn: CalendarDate;
  kind: AssistanceKind;
  themes: RootCauseTheme[];
  summary?: string | null | undefined;
  nextSteps?: string | null | undefined;
  providedBy: string;
}

/** A county office records assistance only for LEAs in the counties its region serves; the state for any. */
async function assertServesCounty(ctx: UseCaseContext, county: string | null): Promise<void> {
  const scope = accessScopeOf(ctx.actor);
  if (scope.kind === 'state') return;
  const regions =
    scope.kind === 'regions' && scope.regionIds.length > 0
      ? await ctx.db
          .selectFrom('regions')
          .select('counties')
          .where('id', 'in', [...scope.regionIds])
          .execute()
      : [];
  const served = new Set(regions.flatMap((region) => region.counties.map((name) => name.toLowerCase())));
  if (!county || !served.has(county.toLowerCase()))
    throw new DomainError(
      'forbidden',
      `This LEA is in ${county ?? 'an unknown county'}, outside the counties your region serves.`,
    );
}

/** The columns of an assistance record from what was entered, or a DomainError naming the field. */
function assistanceColumns(input: NewAssistance, today: CalendarDate) {
  if (!isCalendarDate(input.providedOn)) throw DomainError.invalidField('providedOn', 'is not a date');
  if (input.providedOn > today) throw DomainError.invalidField('providedOn', 'cannot be in the future');
  if (input.providedBy.trim() === '') throw DomainError.invalidField('providedBy', 'is required');
  return {
    provided_on: input.providedOn,
    kind: input.kind,
    themes: [...new Set(input.themes)],
    summary: input.summary?.trim() || null,
    next_steps: input.nextSteps?.trim() || null,
    provided_by: input.providedBy.trim(),
  };
}

/** A county office (or the state) records assistance given to an LEA a determination decided; audited. */
export async function recordAssistance(
  ctx: UseCaseContext,
  leaId: string,
  input: NewAssistance,
  today: CalendarDate,
): Promise<AssistanceView> {
  requirePermission(ctx, 'da.assist');
  const lea = await findDecidedLea(ctx, leaId);
  await assertServesCounty(ctx, lea.county);
  const columns = assistanceColumns(input, today);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('da_assistance_records')
      .values({
        ...columns,
        lea_id: leaId,
        lea_name: lea.leaName,
        region_id: ctx.actor.regionId,
        recorded_by: ctx.actor.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx.actor, {
      action: 'create',
      entityType: 'da_assistance',
      entityId: row.id,
      regionId: row.region_id,
      after: row,
    });
    return row.id;
  });
  return getAssistance(ctx, id);
}

async function getAssistance(ctx: UseCaseContext, id: string): Promise<AssistanceView> {
  const [view] = (await listAssistance(ctx, { id })).items;
  if (!view) throw new DomainError('not_found', 'No assistance record with that id.');
  return view;
}

/** A record the actor may change: one of the actor's regions (the state any), for an LEA in a county it serves. */
async function findChangeableAssistance(ctx: UseCaseContext, id: string) {
  requirePermission(ctx, 'da.assist');
  const record = await ctx.db
    .selectFrom('da_assistance_records')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!record) throw new DomainError('not_found', 'No assistance record with that id.');
  // A record the state made (no region) is the state's alone to change.
  if (!canWriteInRegion(ctx.actor, record.region_id ?? ''))
    throw new DomainError('forbidden', 'This assistance was recorded by another region.');
  const lea = await findDecidedLea(ctx, record.lea_id);
  await assertServesCounty(ctx, lea.county);
  return record;
}

/** Correct a record of assistance; audited with what it was. */
export async function updateAssistance(
  ctx: UseCaseContext,
  id: string,
  input: NewAssistance,
  today: CalendarDate,
): Promise<AssistanceView> {
  const before = await findChangeableAssistance(ctx, id);
  const columns = assistanceColumns(input, today);
  await ctx.db.transaction().execute(async (trx) => {
    const after = await trx
      .updateTable('da_assistance_records')
      .set(columns)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: 'da_assistance',
      entityId: id,
      regionId: after.region_id,
      before,
      after,
    });
  });
  return getAssistance(ctx, id);
}

/** Take back a record of assistance entered by mistake; the audit log keeps what it said. */
export async function deleteAssistance(ctx: UseCaseContext, id: string): Promise<void> {
  const before = await findChangeableAssistance(ctx, id);
  await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('da_assistance_records').where('id', '=', id).execute();
    await recordAudit(trx, ctx.actor, {
      action: 'delete',
      entityType: 'da_assistance',
      entityId: id,
      regionId: before.region_id,
      before,
    });
  });
}

/** The county of the LEA an assistance record is for, from the Dashboard rows that decided it. */
function countyOf(eb: ExpressionBuilder<Database & { a: Database['da_assistance_records'] }, 'a'>) {
  return eb
    .selectFrom('da_lea_decisions as l')
    .select('l.county')
    .whereRef('l.lea_id', '=', 'a.lea_id')
    .limit(1);
}

const LISTED_AT_MOST = 500;

/** Assistance recorded, newest first: for one LEA, one county, or across counties. */
export async function listAssistance(
  ctx: UseCaseContext,
  filters: { leaId?: string | undefined; county?: string | undefined; id?: string | undefined },
): Promise<{ items: AssistanceView[]; total: number; byCounty: CountyAssistance[] }> {
  requirePermission(ctx, 'da.read');
  let query = ctx.db
    .selectFrom('da_assistance_records as a')
    .leftJoin('regions as r', 'r.id', 'a.region_id')
    .select((eb) => [
      'a.id',
      'a.lea_id',
      'a.lea_name',
      'a.provided_on',
      'a.kind',
      'a.themes',
      'a.summary',
      'a.next_steps',
      'a.provided_by',
      'a.created_at',
      'r.number as region_number',
      countyOf(eb).as('county'),
    ]);
  if (filters.id) query = query.where('a.id', '=', filters.id);
  if (filters.leaId) query = query.where('a.lea_id', '=', filters.leaId);
  const county = filters.county;
  if (county) query = query.where((eb) => eb(countyOf(eb), '=', county));
  const rows = await query.orderBy('a.provided_on', 'desc').orderBy('a.created_at', 'desc').execute();
  const items = rows.map((r): AssistanceView => ({
    id: r.id,
    leaId: r.lea_id,
    leaName: r.lea_name,
    county: r.county ?? null,
    providedOn: r.provided_on,
    kind: r.kind,
    themes: r.themes as RootCauseTheme[],
    summary: r.summary,
    nextSteps: r.next_steps,
    providedBy: r.provided_by,
    regionNumber: r.region_number ?? null,
    recordedAt: new Date(r.created_at).toISOString(),
  }));
  // Summed up over every record; listed, the newest LISTED_AT_MOST (records are few: a few per LEA a year).
  return {
    items: items.slice(0, LISTED_AT_MOST),
    total: items.length,
    byCounty: summarizeAssistanceByCounty(items),
  };
}
