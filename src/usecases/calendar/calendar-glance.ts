import { monthOrder } from '../../core/calendar/calendar-codes';
import { calendarItemPolicy } from '../../core/calendar/calendar.policy';
import { CALENDAR_TASKS, GLANCE_TASKS } from '../../core/calendar/calendar-tasks';
import {
  glanceStatus,
  isApplicationYear,
  isOverdue,
  TRACKED_TASKS,
  type GlanceStatus,
  type ItemStatus,
} from '../../core/calendar/program-year';
import { DomainError } from '../../core/common/domain-error';
import { accessScopeOf } from '../../core/people/access-scope';
import { findApplicationYears, listCalendarItems } from '../../data/repositories/calendar.repository';
import { findRegionById, listRegionsInScope } from '../../data/repositories/regions.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { taskRecord, type TaskRecord } from './calendar-item-record';

/** One action of the year at a glance with its live status (CA2.6). */
export interface GlanceRow {
  task: TaskRecord;
  status: GlanceStatus;
}

/** The year at a glance of a region (CA2.6): the first table, each action with its live status. */
export async function getCalendarGlance(
  ctx: UseCaseContext,
  input: { regionId: string; programYear: number },
): Promise<{
  regionId: string;
  programYear: number;
  applicationYear: boolean;
  open: boolean;
  rows: GlanceRow[];
}> {
  requirePermission(ctx, 'calendar.read');
  const region = await findRegionById(ctx.db, input.regionId);
  if (!region || !calendarItemPolicy.can(ctx.actor, 'read', { regionId: region.id, ownerId: null }))
    throw new DomainError('not_found', 'No region with that id.');
  const [items, applicationYears] = await Promise.all([
    listCalendarItems(ctx.db, {
      scope: accessScopeOf(ctx.actor),
      regionId: region.id,
      programYear: input.programYear,
    }),
    findApplicationYears(ctx.db),
  ]);
  const statuses = new Map(items.map((item) => [item.taskKey, item.status]));
  return {
    regionId: region.id,
    programYear: input.programYear,
    applicationYear: isApplicationYear(input.programYear, applicationYears),
    open: items.length > 0,
    rows: GLANCE_TASKS.map((task) => ({
      task: taskRecord(task),
      status: glanceStatus(task, (key) => statuses.get(key)),
    })),
  };
}

/** Every region's status of one task, side by side (CA2.7). */
export interface ProgressRow {
  task: TaskRecord;
  regions: Array<{ regionId: string; itemId: string | null; status: ItemStatus | null; overdue: boolean }>;
}

/** For the state: each tracked task of a program year with every region's status of it (CA2.7). */
export async function getCalendarProgress(
  ctx: UseCaseContext,
  programYear: number,
  today: string,
): Promise<{
  programYear: number;
  regions: Array<{ id: string; number: number; name: string }>;
  rows: ProgressRow[];
}> {
  requirePermission(ctx, 'calendar.read');
  const scope = accessScopeOf(ctx.actor);
  const [regions, items] = await Promise.all([
    listRegionsInScope(ctx.db, scope),
    listCalendarItems(ctx.db, { scope, programYear }),
  ]);
  const byKey = new Map(items.map((item) => [`${item.regionId}/${item.taskKey}`, item]));
  const tracked = new Set(TRACKED_TASKS.map((task) => task.key));
  const tasks = CALENDAR_TASKS.filter(
    (task) => tracked.has(task.key) && items.some((i) => i.taskKey === task.key),
  );
  tasks.sort((a, b) => monthOrder(a.month) - monthOrder(b.month));
  return {
    programYear,
    regions,
    rows: tasks.map((task) => ({
      task: taskRecord(task),
      regions: regions.map((region) => {
        const item = byKey.get(`${region.id}/${task.key}`);
        return {
          regionId: region.id,
          itemId: item?.id ?? null,
          status: item?.status ?? null,
          overdue: item ? isOverdue(item, today) : false,
        };
      }),
    })),
  };
}
