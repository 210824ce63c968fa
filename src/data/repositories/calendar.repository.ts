/**
 * The annual calendar's records (docs/rules/calendar.md CA2, CA4): each region's program-year
 * items, their notes and links, the state's application years and each user's feed. Calendar
 * items are the region's work, not children's records; lists take the actor's scope.
 */
import { sql, type Insertable } from 'kysely';
import type { AccessScope } from '../../core/people/access-scope';
import type { ItemStatus } from '../../core/calendar/program-year';
import type { Db } from '../db';
import type { CalendarItemsTable } from '../tables';

const APPLICATION_YEARS_KEY = 'calendar_application_years';

/** An item as the use cases see it, with its region's and owner's names. */
export interface CalendarItemRow {
  id: string;
  regionId: string;
  regionNumber: number;
  regionName: string;
  programYear: number;
  taskKey: string;
  dueOn: string;
  ownerId: string | null;
  ownerName: string | null;
  status: ItemStatus;
  version: number;
  updatedAt: Date;
}

/** Which items a list reads. */
export interface CalendarItemFilter {
  scope: AccessScope;
  regionId?: string | undefined;
  programYear?: number | undefined;
  ownerId?: string | undefined;
  dueFrom?: string | undefined;
  dueTo?: string | undefined;
  /** Only items still open (not started or in progress). */
  openOnly?: boolean | undefined;
  taskKey?: string | undefined;
}

function itemsQuery(db: Db) {
  return db
    .selectFrom('calendar_items as i')
    .innerJoin('regions as r', 'r.id', 'i.region_id')
    .leftJoin('users as u', 'u.id', 'i.owner_id')
    .select([
      'i.id',
      'i.region_id as regionId',
      'r.number as regionNumber',
      'r.name as regionName',
      'i.program_year as programYear',
      'i.task_key as taskKey',
      sql<string>`to_char(i.due_on, 'YYYY-MM-DD')`.as('dueOn'),
      'i.owner_id as ownerId',
      'u.display_name as ownerName',
      'i.status',
      'i.version',
      'i.updated_at as updatedAt',
    ]);
}

/** One item, or undefined. The caller authorizes the actor on its region. */
export async function findCalendarItem(db: Db, id: string): Promise<CalendarItemRow | undefined> {
  return itemsQuery(db).where('i.id', '=', id).executeTakeFirst();
}

/** The items the filter names, in the scope, by due date and region. */
export async function listCalendarItems(db: Db, filter: CalendarItemFilter): Promise<CalendarItemRow[]> {
  let query = itemsQuery(db);
  const scope = filter.scope;
  if (scope.kind === 'district') return [];
  if (scope.kind === 'regions') {
    if (scope.regionIds.length === 0) return [];
    query = query.where('i.region_id', 'in', scope.regionIds);
  }
  if (filter.regionId) query = query.where('i.region_id', '=', filter.regionId);
  if (filter.programYear !== undefined) query = query.where('i.program_year', '=', filter.programYear);
  if (filter.ownerId) query = query.where('i.owner_id', '=', filter.ownerId);
  if (filter.dueFrom) query = query.where('i.due_on', '>=', filter.dueFrom);
  if (filter.dueTo) query = query.where('i.due_on', '<=', filter.dueTo);
  if (filter.openOnly) query = query.where('i.status', 'in', ['not_started', 'in_progress']);
  if (filter.taskKey) query = query.where('i.task_key', '=', filter.taskKey);
  return query.orderBy('i.due_on').orderBy('r.number').orderBy('i.created_at').orderBy('i.id').execute();
}

/** Add the items a region's year lacks; answers how many were added. */
export async function insertCalendarItems(
  trx: Db,
  rows: ReadonlyArray<Insertable<CalendarItemsTable>>,
): Promise<number> {
  if (rows.length === 0) return 0;
  const added = await trx
    .insertInto('calendar_items')
    .values(rows)
    .onConflict((oc) => oc.columns(['region_id', 'program_year', 'task_key']).doNothing())
    .returning('id')
    .execute();
  return added.length;
}

/** Change an item's owner or status if it is still at `version`; answers whether it was. */
export async function updateCalendarItem(
  trx: Db,
  id: string,
  version: number,
  changes: { ownerId?: string | null; status?: ItemStatus },
): Promise<boolean> {
  const result = await trx
    .updateTable('calendar_items')
    .set({
      ...(changes.ownerId !== undefined ? { owner_id: changes.ownerId } : {}),
      ...(changes.status !== undefined ? { status: changes.status } : {}),
      version: sql`version + 1`,
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Raise an item's version (evidence added or removed changes what was read). */
export async function touchCalendarItem(trx: Db, id: string): Promise<void> {
  await trx
    .updateTable('calendar_items')
    .set({ version: sql`version + 1`, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

/** The program years opened for a region, latest first. */
export async function listOpenProgramYears(db: Db, regionId: string): Promise<number[]> {
  const rows = await db
    .selectFrom('calendar_items')
    .select('program_year')
    .distinct()
    .where('region_id', '=', regionId)
    .orderBy('program_year', 'desc')
    .execute();
  return rows.map((row) => row.program_year);
}

/** A note or link of an item. */
export interface CalendarEvidenceRow {
  id: string;
  itemId: string;
  kind: 'note' | 'link';
  text: string;
  addedByLabel: string;
  addedAt: Date;
}

/** The notes and links of some items, oldest first. */
export async function listCalendarEvidence(db: Db, itemIds: readonly string[]): Promise<CalendarEvidenceRow[]> {
  if (itemIds.length === 0) return [];
  return db
    .selectFrom('calendar_evidence')
    .select(['id', 'item_id as itemId', 'kind', 'text', 'added_by_label as addedByLabel', 'added_at as addedAt'])
    .where('item_id', 'in', itemIds)
    .orderBy('added_at')
    .orderBy('id')
    .execute();
}

/** Keep a note or link as an item's evidence. */
export async function insertCalendarEvidence(
  trx: Db,
  values: { itemId: string; kind: 'note' | 'link'; text: string; addedBy: string | null; addedByLabel: string },
): Promise<CalendarEvidenceRow> {
  return trx
    .insertInto('calendar_evidence')
    .values({
      item_id: values.itemId,
      kind: values.kind,
      text: values.text,
      added_by: values.addedBy,
      added_by_label: values.addedByLabel,
    })
    .returning(['id', 'item_id as itemId', 'kind', 'text', 'added_by_label as addedByLabel', 'added_at as addedAt'])
    .executeTakeFirstOrThrow();
}

/** Remove a note or link of the item; answers what was removed. */
export async function deleteCalendarEvidence(
  trx: Db,
  itemId: string,
  id: string,
): Promise<CalendarEvidenceRow | undefined> {
  return trx
    .deleteFrom('calendar_evidence')
    .where('id', '=', id)
    .where('item_id', '=', itemId)
    .returning(['id', 'item_id as itemId', 'kind', 'text', 'added_by_label as addedByLabel', 'added_at as addedAt'])
    .executeTakeFirst();
}

/** The active staff of a region who may own its items, by name. */
export async function listRegionStaff(db: Db, regionId: string): Promise<Array<{ id: string; name: string }>> {
  return db
    .selectFrom('users')
    .select(['id', 'display_name as name'])
    .where('region_id', '=', regionId)
    .where('is_active', '=', true)
    .orderBy('display_name')
    .orderBy('id')
    .execute();
}

/** Whether `userId` is an active member of the region's staff. */
export async function isRegionStaff(db: Db, regionId: string, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('id', '=', userId)
    .where('region_id', '=', regionId)
    .where('is_active', '=', true)
    .executeTakeFirst();
  return row !== undefined;
}

/** The program years (by their July) when the grant application is due, as the state saved them. */
export async function findApplicationYears(db: Db): Promise<number[]> {
  const row = await db
    .selectFrom('app_state')
    .select('value')
    .where('key', '=', APPLICATION_YEARS_KEY)
    .executeTakeFirst();
  const value: unknown = row?.value;
  return Array.isArray(value) ? value.filter((year): year is number => Number.isInteger(year)) : [];
}

/** Save the application years (already validated). */
export async function saveApplicationYears(trx: Db, years: readonly number[]): Promise<void> {
  const value = JSON.stringify(years);
  await trx
    .insertInto('app_state')
    .values({ key: APPLICATION_YEARS_KEY, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}

/** Keep a user's feed secret's hash, replacing the one before. */
export async function saveCalendarFeed(trx: Db, userId: string, secretHash: string): Promise<void> {
  await trx
    .insertInto('calendar_feeds')
    .values({ user_id: userId, secret_hash: secretHash })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ secret_hash: secretHash, created_at: new Date() }))
    .execute();
}

/** Forget a user's feed; answers whether there was one. */
export async function deleteCalendarFeed(trx: Db, userId: string): Promise<boolean> {
  const result = await trx.deleteFrom('calendar_feeds').where('user_id', '=', userId).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** When the user's feed was made, or undefined when they have none. */
export async function findCalendarFeedOf(db: Db, userId: string): Promise<Date | undefined> {
  const row = await db
    .selectFrom('calendar_feeds')
    .select('created_at')
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row?.created_at;
}

/** The active user whose feed secret hashes to `secretHash`, or undefined. */
export async function findFeedUser(db: Db, secretHash: string) {
  return db
    .selectFrom('calendar_feeds as f')
    .innerJoin('users as u', 'u.id', 'f.user_id')
    .select(['u.id', 'u.role', 'u.region_id as regionId', 'u.district_id as districtId', 'u.email', 'u.language'])
    .where('f.secret_hash', '=', secretHash)
    .where('u.is_active', '=', true)
    .executeTakeFirst();
}
