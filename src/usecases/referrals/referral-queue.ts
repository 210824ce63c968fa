import { sql } from 'kysely';
import type { CalendarDate } from '../../core/common/calendar-date';
import { DomainError } from '../../core/common/domain-error';
import { accessScopeOf, canWriteInRegion } from '../../core/people/access-scope';
import { hasPermission, type Permission } from '../../core/people/roles';
import type { ReferralStatus } from '../../core/recruitment/family-contact';
import {
  prioritize,
  ruleSetProblems,
  type PrioritizationRule,
  type RuleSet,
} from '../../core/recruitment/prioritization';
import type { Db } from '../../data/db';
import { recordAudit } from '../../data/repositories/audit.repository';
import type { UseCaseContext } from '../context';
import { ruleSetOfRegion } from './region-rule-sets';

export interface ReferralSummary {
  id: string;
  regionId: string;
  districtName: string;
  firstName: string;
  middleName: string | null;
  lastSurname: string;
  secondSurname: string | null;
  birthDate: string;
  schoolName: string | null;
  grade: string | null;
  guardianName: string | null;
  phone: string | null;
  address: string | null;
  homeLanguage: string | null;
  priority: number;
  priorityReasons: Array<{ ruleId: string; label: string }>;
  priorMigrant: boolean | null;
  matchedChildId: string | null;
  matchReasons: string[];
  status: ReferralStatus;
  assignedTo: { id: string; displayName: string } | null;
  receivedOn: string;
  firstContactedOn: string | null;
}

export function requireReferralPermission(ctx: UseCaseContext, permission: Permission): void {
  if (!hasPermission(ctx.actor.role, permission))
    throw new DomainError('forbidden', 'Your role cannot do this with referrals.');
}

/** Referrals with the columns a list shows, limited to the actor's regions. */
function referralsInScope(ctx: UseCaseContext, db: Db = ctx.db) {
  const scope = accessScopeOf(ctx.actor);
  return db
    .selectFrom('referrals')
    .innerJoin('districts', 'districts.id', 'referrals.district_id')
    .leftJoin('users as assignee', 'assignee.id', 'referrals.assigned_to')
    .select([
      'referrals.id',
      'referrals.region_id',
      'districts.name as district_name',
      'referrals.first_name',
      'referrals.middle_name',
      'referrals.last_surname',
      'referrals.second_surname',
      'referrals.birth_date',
      'referrals.school_name',
      'referrals.grade',
      'referrals.guardian_name',
      'referrals.phone',
      'referrals.address',
      'referrals.home_language',
      'referrals.priority',
      'referrals.priority_reasons',
      'referrals.prior_migrant',
      'referrals.matched_child_id',
      'referrals.match_reasons',
      'referrals.status',
      'referrals.assigned_to',
      'assignee.display_name as assignee_name',
      'referrals.received_on',
      'referrals.first_contacted_on',
    ])
    .$if(scope.kind === 'regions', (qb) =>
      qb.where(
        'referrals.region_id',
        'in',
        scope.kind === 'regions' && scope.regionIds.length > 0
          ? [...scope.regionIds]
          : ['00000000-0000-0000-0000-000000000000'],
      ),
    )
    .$if(scope.kind === 'district', (qb) =>
      qb.where('referrals.district_id', '=', scope.kind === 'district' ? scope.districtId : ''),
    );
}

type ReferralRow = Awaited<ReturnType<ReturnType<typeof referralsInScope>['executeTakeFirstOrThrow']>>;

function toSummary(row: ReferralRow): ReferralSummary {
  return {
    id: row.id,
    regionId: row.region_id,
    districtName: row.district_name,
    firstName: row.first_name,
    middleName: row.middle_name,
    lastSurname: row.last_surname,
    secondSurname: row.second_surname,
    birthDate: row.birth_date,
    schoolName: row.school_name,
    grade: row.grade,
    guardianName: row.guardian_name,
    phone: row.phone,
    address: row.address,
    homeLanguage: row.home_language,
    priority: row.priority,
    priorityReasons: row.priority_reasons as unknown as ReferralSummary['priorityReasons'],
    priorMigrant: row.prior_migrant,
    matchedChildId: row.matched_child_id,
    matchReasons: row.match_reasons,
    status: row.status,
    assignedTo: row.assigned_to ? { id: row.assigned_to, displayName: row.assignee_name ?? '' } : null,
    receivedOn: row.received_on,
    firstContactedOn: row.first_contacted_on,
  };
}

export interface QueueFilter {
  /** `me` (default for recruiters), `unassigned`, `all`, or a user id. */
  assignee?: string | undefined;
  status?: ReferralStatus | 'open' | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

/** The contact queue: highest priority first, then the oldest referral. */
export async function findReferrals(
  ctx: UseCaseContext,
  filter: QueueFilter,
): Promise<{ items: ReferralSummary[]; total: number }> {
  requireReferralPermission(ctx, 'referral.read');
  const assignee = filter.assignee ?? (hasPermission(ctx.actor.role, 'referral.assign') ? 'all' : 'me');
  const status = filter.status ?? 'open';
  const query = referralsInScope(ctx)
    .$if(assignee === 'me', (qb) =>
      qb.where('referrals.assigned_to', '=', ctx.actor.userId ?? '00000000-0000-0000-0000-000000000000'),
    )
    .$if(assignee === 'unassigned', (qb) => qb.where('referrals.assigned_to', 'is', null))
    .$if(!['me', 'unassigned', 'all'].includes(assignee), (qb) =>
      qb.where('referrals.assigned_to', '=', assignee),
    )
    .$if(status === 'open', (qb) => qb.where('referrals.status', 'in', ['pending', 'in-progress']))
    .$if(status !== 'open', (qb) => qb.where('referrals.status', '=', status as ReferralStatus));
  const [rows, count] = await Promise.all([
    query
      .orderBy('referrals.priority')
      .orderBy('referrals.received_on')
      .orderBy('referrals.id')
      .limit(filter.limit ?? 50)
      .offset(filter.offset ?? 0)
      .execute(),
    query
      .clearSelect()
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toSummary), total: count.n };
}

export async function getReferral(ctx: UseCaseContext, id: string): Promise<ReferralSummary> {
  requireReferralPermission(ctx, 'referral.read');
  const row = await referralsInScope(ctx).where('referrals.id', '=', id).executeTakeFirst();
  if (!row) throw new DomainError('not_found', 'No referral with that id.');
  return toSummary(row);
}

/** An I&R manager assigns (or, with null, unassigns) referrals of their region to a recruiter of it. */
export async function assignReferrals(
  ctx: UseCaseContext,
  input: { referralIds: string[]; recruiterId: string | null },
): Promise<{ assigned: number }> {
  requireReferralPermission(ctx, 'referral.assign');
  return ctx.db.transaction().execute(async (trx) => {
    const referrals = await referralsInScope(ctx, trx)
      .where(
        'referrals.id',
        'in',
        input.referralIds.length > 0 ? input.referralIds : ['00000000-0000-0000-0000-000000000000'],
      )
      .execute();
    if (referrals.length !== new Set(input.referralIds).size)
      throw DomainError.invalidField('referralIds', 'some referrals are not in your region');
    if (input.recruiterId) {
      const recruiter = await trx
        .selectFrom('users')
        .select(['id', 'region_id', 'role', 'is_active'])
        .where('id', '=', input.recruiterId)
        .executeTakeFirst();
      const regions = new Set(referrals.map((r) => r.region_id));
      if (
        !recruiter ||
        !recruiter.is_active ||
        !hasPermission(recruiter.role, 'referral.contact') ||
        [...regions].some((region) => region !== recruiter.region_id)
      ) {
        throw DomainError.invalidField('recruiterId', 'must be an active recruiter of the referrals’ region');
      }
    }
    for (const referral of referrals)
      if (!canWriteInRegion(ctx.actor, referral.region_id))
        throw DomainError.invalidField('referralIds', 'some referrals are not in your region');
    await trx
      .updateTable('referrals')
      .set({ assigned_to: input.recruiterId, updated_at: new Date() })
      .where(
        'id',
        'in',
        referrals.map((r) => r.id),
      )
      .execute();
    for (const referral of referrals) {
      await recordAudit(trx, ctx.actor, {
        action: 'update',
        entityType: 'referral',
        entityId: referral.id,
        regionId: referral.region_id,
        before: { assignedTo: referral.assigned_to },
        after: { assignedTo: input.recruiterId },
      });
    }
    return { assigned: referrals.length };
  });
}

async function regionForRules(
  ctx: UseCaseContext,
  regionId: string | undefined,
  write: boolean,
): Promise<string> {
  const scope = accessScopeOf(ctx.actor);
  const id =
    regionId ?? (scope.kind === 'regions' && scope.regionIds.length === 1 ? scope.regionIds[0]! : undefined);
  if (!id) throw DomainError.invalidField('regionId', 'is required');
  const region = await ctx.db.selectFrom('regions').select('id').where('id', '=', id).executeTakeFirst();
  const reachable = scope.kind === 'state' || (scope.kind === 'regions' && scope.regionIds.includes(id));
  if (!region || !reachable || (write && !canWriteInRegion(ctx.actor, id)))
    throw new DomainError('not_found', 'No such region in your scope.', [
      { field: 'regionId', message: 'not a region you work in' },
    ]);
  return id;
}

export async function getPrioritizationRules(
  ctx: UseCaseContext,
  regionId: string | undefined,
): Promise<RuleSet & { regionId: string; isDefault: boolean }> {
  requireReferralPermission(ctx, 'referral.read');
  const id = await regionForRules(ctx, regionId, false);
  return { regionId: id, ...(await ruleSetOfRegion(ctx.db, id)) };
}

/** Save the region's rules and re-rank every open referral of the region with them. */
export async function savePrioritizationRules(
  ctx: UseCaseContext,
  input: RuleSet & { regionId?: string | undefined },
  today: CalendarDate,
): Promise<RuleSet & { regionId: string; isDefault: boolean; reranked: number }> {
  requireReferralPermission(ctx, 'referral.assign');
  const regionId = await regionForRules(ctx, input.regionId, true);
  const ruleSet: RuleSet = {
    lowestPriority: input.lowestPriority,
    rules: input.rules.map((rule: PrioritizationRule) => ({ ...rule })),
  };
  const problems = ruleSetProblems(ruleSet);
  if (problems.length > 0)
    throw new DomainError(
      'invalid_input',
      problems.map((p) => `${p.field}: ${p.message}`).join('; '),
      problems,
    );
  const reranked = await ctx.db.transaction().execute(async (trx) => {
    const before = await ruleSetOfRegion(trx, regionId);
    await trx
      .insertInto('prioritization_rule_sets')
      .values({
        region_id: regionId,
        lowest_priority: ruleSet.lowestPriority,
        rules: JSON.stringify(ruleSet.rules),
        updated_by: ctx.actor.userId,
      })
      .onConflict((oc) =>
        oc.column('region_id').doUpdateSet({
          lowest_priority: ruleSet.lowestPriority,
          rules: JSON.stringify(ruleSet.rules),
          updated_by: ctx.actor.userId,
          updated_at: new Date(),
        }),
      )
      .execute();
    const open = await trx
      .selectFrom('referrals')
      .select([
        'id',
        'district_enter_date',
        'school_enter_date',
        'hispanic',
        'prior_migrant',
        'grade',
        'home_language',
      ])
      .where('region_id', '=', regionId)
      .where('status', 'in', ['pending', 'in-progress'])
      .execute();
    const ranked = open.map((row) => {
      const ranking = prioritize(
        {
          districtEnterDate: row.district_enter_date,
          schoolEnterDate: row.school_enter_date,
          hispanic: row.hispanic,
          priorMigrant: row.prior_migrant,
          grade: row.grade,
          homeLanguage: row.home_language,
        },
        ruleSet,
        today,
      );
      return { id: row.id, priority: ranking.priority, priority_reasons: ranking.reasons };
    });
    for (let i = 0; i < ranked.length; i += 10_000) {
      await sql`update referrals set priority = ranked.priority, priority_reasons = ranked.priority_reasons, updated_at = now()
        from json_to_recordset(${JSON.stringify(ranked.slice(i, i + 10_000))}::json) as ranked(id uuid, priority integer, priority_reasons jsonb)
        where referrals.id = ranked.id`.execute(trx);
    }
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: 'referral',
      entityId: `rules:${regionId}`,
      regionId,
      before: { lowestPriority: before.lowestPriority, rules: before.rules },
      after: ruleSet,
    });
    return ranked.length;
  });
  return { regionId, ...ruleSet, isDefault: false, reranked };
}

export async function getHolidays(
  ctx: UseCaseContext,
  regionId: string | undefined,
): Promise<{ regionId: string; holidays: Array<{ date: string; name: string }> }> {
  requireReferralPermission(ctx, 'referral.read');
  const id = await regionForRules(ctx, regionId, false);
  const rows = await ctx.db
    .selectFrom('region_holidays')
    .select(['holiday', 'name'])
    .where('region_id', '=', id)
    .orderBy('holiday')
    .execute();
  return { regionId: id, holidays: rows.map((row) => ({ date: row.holiday, name: row.name })) };
}

/** Replace the region's holidays (the working-day calendar of the contact quota). */
export async function saveHolidays(
  ctx: UseCaseContext,
  input: { regionId?: string | undefined; holidays: Array<{ date: string; name: string }> },
): Promise<{ regionId: string; holidays: Array<{ date: string; name: string }> }> {
  requireReferralPermission(ctx, 'referral.assign');
  const id = await regionForRules(ctx, input.regionId, true);
  const dates = new Set<string>();
  input.holidays.forEach((holiday, i) => {
    if (dates.has(holiday.date))
      throw DomainError.invalidField(`holidays[${i}].date`, `${holiday.date} is listed twice`);
    if (holiday.name.trim() === '') throw DomainError.invalidField(`holidays[${i}].name`, 'is required');
    dates.add(holiday.date);
  });
  await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('region_holidays').where('region_id', '=', id).execute();
    if (input.holidays.length > 0)
      await trx
        .insertInto('region_holidays')
        .values(input.holidays.map((h) => ({ region_id: id, holiday: h.date, name: h.name.trim() })))
        .execute();
  });
  return getHolidays(ctx, id);
}
