import { createHash, randomBytes } from 'node:crypto';
import ical from 'ical-generator';
import { calendarTask } from '../../core/calendar/calendar-tasks';
import { accessScopeOf } from '../../core/people/access-scope';
import { DomainError } from '../../core/common/domain-error';
import type { Role } from '../../core/people/roles';
import type { Db } from '../../data/db';
import { recordAudit } from '../../data/repositories/audit.repository';
import {
  deleteCalendarFeed,
  findCalendarFeedOf,
  findFeedUser,
  listCalendarItems,
  saveCalendarFeed,
} from '../../data/repositories/calendar.repository';
import { loadActor } from '../auth/load-actor';
import { requirePermission, type UseCaseContext } from '../context';

/** The secret of a feed address: 32 random bytes, base64url (43 characters). */
export const FEED_SECRET_PATTERN = '^[A-Za-z0-9_-]{43}$';

/** Only the SHA-256 of a feed's secret is kept (CA4.1). */
export function feedSecretHash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** The path of a feed under the API. */
export function feedPath(secret: string): string {
  return `/api/calendar/feed/${secret}`;
}

/** Whether the user has a feed, and since when. */
export async function getCalendarFeed(
  ctx: UseCaseContext,
): Promise<{ active: boolean; createdAt: string | null }> {
  requirePermission(ctx, 'calendar.read');
  const createdAt = ctx.actor.userId ? await findCalendarFeedOf(ctx.db, ctx.actor.userId) : undefined;
  return { active: createdAt !== undefined, createdAt: createdAt?.toISOString() ?? null };
}

/**
 * Make the user's feed address (CA4.1): a new secret, of which only the hash is kept; a
 * feed made before stops working. The address is answered once. Audited (without the secret).
 */
export async function createCalendarFeed(ctx: UseCaseContext): Promise<{ path: string }> {
  requirePermission(ctx, 'calendar.read');
  const userId = ctx.actor.userId;
  if (!userId) throw new DomainError('forbidden', 'Only a signed-in user has a calendar feed.');
  const secret = randomBytes(32).toString('base64url');
  await ctx.db.transaction().execute(async (trx) => {
    const before = await findCalendarFeedOf(trx, userId);
    await saveCalendarFeed(trx, userId, feedSecretHash(secret));
    await recordAudit(trx, ctx.actor, {
      action: before ? 'update' : 'create',
      entityType: 'calendar_feed',
      entityId: userId,
      regionId: ctx.actor.regionId,
      after: { replaced: before !== undefined },
    });
  });
  return { path: feedPath(secret) };
}

/** Revoke the user's feed address (CA4.1): it stops working at once. Audited. */
export async function revokeCalendarFeed(ctx: UseCaseContext): Promise<void> {
  requirePermission(ctx, 'calendar.read');
  const userId = ctx.actor.userId;
  if (!userId) throw new DomainError('not_found', 'You have no calendar feed.');
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await deleteCalendarFeed(trx, userId)))
      throw new DomainError('not_found', 'You have no calendar feed.');
    await recordAudit(trx, ctx.actor, {
      action: 'delete',
      entityType: 'calendar_feed',
      entityId: userId,
      regionId: ctx.actor.regionId,
    });
  });
}

const FEED_TEXT = {
  en: {
    name: 'Ciclo: my calendar tasks',
    status: 'Status',
    region: 'Region',
    includes: 'Includes',
    resources: 'Resources',
  },
  es: {
    name: 'Ciclo: mis tareas del calendario',
    status: 'Estado',
    region: 'Región',
    includes: 'Incluye',
    resources: 'Recursos',
  },
};
const STATUS_TEXT = {
  en: {
    not_started: 'not started',
    in_progress: 'in progress',
    done: 'done',
    not_applicable: 'not applicable',
  },
  es: { not_started: 'sin empezar', in_progress: 'en curso', done: 'terminada', not_applicable: 'no aplica' },
};

/**
 * The iCalendar feed of the user whose secret this is (CA4.1): one all-day event per item
 * they own, on its due date, in their language. Undefined for an unknown or revoked secret.
 */
export async function calendarFeedOf(db: Db, secret: string, origin: string): Promise<string | undefined> {
  const user = await findFeedUser(db, feedSecretHash(secret));
  if (!user) return undefined;
  const actor = await loadActor(db, {
    userId: user.id,
    email: user.email,
    role: user.role as Role,
    regionId: user.regionId,
    districtId: user.districtId,
  });
  const items = await listCalendarItems(db, { scope: accessScopeOf(actor), ownerId: user.id });
  const language = user.language === 'es' ? 'es' : 'en';
  const words = FEED_TEXT[language];
  const calendar = ical({
    name: words.name,
    prodId: { company: 'Ciclo', product: 'calendar', language: language.toUpperCase() },
  });
  for (const item of items) {
    const task = calendarTask(item.taskKey);
    if (!task) continue;
    const [year, month, day] = item.dueOn.split('-').map(Number) as [number, number, number];
    const lines = [
      `${words.status}: ${STATUS_TEXT[language][item.status]}`,
      `${words.region}: ${item.regionName}`,
      ...(task.subItems.length > 0
        ? [`${words.includes}:`, ...task.subItems.map((s) => `- ${s[language]}`)]
        : []),
      ...(task.resources.length > 0
        ? [`${words.resources}:`, ...task.resources.map((r) => `- ${r[language]}`)]
        : []),
    ];
    calendar.createEvent({
      id: `${item.id}@ciclo`,
      start: new Date(Date.UTC(year, month - 1, day)),
      allDay: true,
      summary: task.task[language],
      description: lines.join('\n'),
      url: `${origin}/calendar?view=year&region=${item.regionId}&year=${item.programYear}`,
    });
  }
  return calendar.toString();
}
