import type { AssistanceKind, RootCauseTheme } from '../../core/accountability';
import {
  assistanceRefusal,
  daAssistancePolicy,
  type AssistanceRecordAccess,
} from '../../core/accountability/da-assistance.policy';
import { summarizeAssistanceByCounty, type CountyAssistance } from '../../core/accountability/da-assistance';
import { isCalendarDate, type CalendarDate } from '../../core/common/calendar-date';
import { DomainError } from '../../core/common/domain-error';
import { accessScopeOf, type Actor } from '../../core/people/access-scope';
import { authorize } from '../../core/people/policy';
import { listAssistanceRows, type AssistanceFilters } from '../../data/repositories/da-assistance.repository';
import { listCountiesServedByRegions } from '../../data/repositories/organizations.repository';
import type { UseCaseContext } from '../context';

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
  /** The record's version: send it back to correct or remove it. */
  version: number;
  /** What the signed-in user may do with the record (from the assistance policy). */
  abilities: { update: boolean; delete: boolean };
}

export interface NewAssistance {
  providedOn: CalendarDate;
  kind: AssistanceKind;
  themes: RootCauseTheme[];
  summary?: string | null | undefined;
  nextSteps?: string | null | undefined;
  providedBy: string;
}

export const ASSISTANCE_NOT_FOUND = 'No assistance record with that id.';

/** The columns of an assistance record from what was entered, or a DomainError naming the field. */
export function assistanceColumns(input: NewAssistance, today: CalendarDate) {
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

/** The counties the actor's regions serve (none needed for the state, which serves all). */
export async function countiesServedBy(ctx: UseCaseContext): Promise<ReadonlySet<string>> {
  const scope = accessScopeOf(ctx.actor);
  return scope.kind === 'regions' ? listCountiesServedByRegions(ctx.db, scope.regionIds) : new Set();
}

/**
 * Assert the assistance policy lets the actor take `action` on the record: not_found when
 * they may not read it, forbidden with the reason in words when they may not change it.
 */
export function authorizeAssistance(
  actor: Actor,
  action: 'create' | 'update' | 'delete',
  access: AssistanceRecordAccess | undefined,
): asserts access is AssistanceRecordAccess {
  authorize(daAssistancePolicy, actor, 'read', access, ASSISTANCE_NOT_FOUND);
  const refusal = assistanceRefusal(actor, action, access);
  if (refusal) throw new DomainError('forbidden', refusal);
}

const LISTED_AT_MOST = 500;

/** Records of assistance as replies list them, newest first, with what the actor may do with each. */
export async function listAssistanceViews(
  ctx: UseCaseContext,
  filters: AssistanceFilters,
): Promise<{ items: AssistanceView[]; total: number; byCounty: CountyAssistance[] }> {
  const rows = await listAssistanceRows(ctx.db, filters);
  const countiesActorServes = await countiesServedBy(ctx);
  const items = rows.map((r): AssistanceView => {
    const abilities = daAssistancePolicy.abilitiesOf(ctx.actor, {
      regionId: r.region_id,
      leaCounty: r.county ?? null,
      countiesActorServes,
    });
    return {
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
      version: r.version,
      abilities: { update: abilities.update, delete: abilities.delete },
    };
  });
  // Summed up over every record; listed, the newest LISTED_AT_MOST (records are few: a few per LEA a year).
  return {
    items: items.slice(0, LISTED_AT_MOST),
    total: items.length,
    byCounty: summarizeAssistanceByCounty(items),
  };
}

/** One record of assistance as replies show it, or not_found. */
export async function getAssistanceView(ctx: UseCaseContext, id: string): Promise<AssistanceView> {
  const [view] = (await listAssistanceViews(ctx, { id })).items;
  if (!view) throw new DomainError('not_found', ASSISTANCE_NOT_FOUND);
  return view;
}
