import type { CalendarDate } from '../../core/common/calendar-date';
import { DomainError } from '../../core/common/domain-error';
import { accessScopeOf, canReachRecord, canWriteInRegion, type Actor } from '../../core/people/access-scope';
import { hasPermission } from '../../core/people/roles';
import {
  isCalendarMonth,
  monthOf,
  monthRange,
  monthlySchoolContactLog,
  validateSchoolContactEntry,
  type SchoolContactEntryFacts,
  type SchoolContactEntryInput,
} from '../../core/recruitment/school-contact-log';
import type { Db } from '../../data/db';
import { recordAudit } from '../../data/repositories/audit.repository';
import {
  findSchoolContactRow,
  findSchoolContactRowsOfUser,
  findSchoolWithRegion,
  type SchoolContactRow,
} from '../../data/repositories/school-contacts.repository';
import { requirePermission } from '../context';
import type { UseCaseContext } from '../context';
import {
  toSchoolContactRecord,
  type SchoolContactLogRecord,
  type SchoolContactRecord,
} from './school-contact-record';

const NOT_FOUND = (): DomainError => new DomainError('not_found', 'No school contact with that id.');

/** Whether the actor may change this entry: their own, or (a manager) one of their region's. */
function canEdit(actor: Actor, row: Pick<SchoolContactRow, 'user_id' | 'region_id'>): boolean {
  if (!hasPermission(actor.role, 'school_contact.write')) return false;
  if (row.user_id === actor.userId) return true;
  return hasPermission(actor.role, 'school_contact.manage') && canWriteInRegion(actor, row.region_id);
}

/** The region of a school the actor works in, or an `invalid_input` naming `schoolId`. */
async function regionOfSchool(db: Db, actor: Actor, schoolId: string): Promise<string> {
  const school = await findSchoolWithRegion(db, schoolId);
  if (!school || !canWriteInRegion(actor, school.region_id))
    throw DomainError.invalidField('schoolId', 'is not a school of a region you work in');
  return school.region_id;
}

function rowValues(facts: SchoolContactEntryFacts) {
  return {
    school_id: facts.schoolId,
    contact_date: facts.contactDate,
    contact_type: facts.contactType,
    outcomes: JSON.stringify(facts.outcomes),
    notes: facts.notes,
  };
}

async function loadEditable(ctx: UseCaseContext, db: Db, id: string): Promise<SchoolContactRow> {
  const row = await findSchoolContactRow(db, id);
  if (!row || (row.user_id !== ctx.actor.userId && !canReachRecord(ctx.actor, { regionId: row.region_id })))
    throw NOT_FOUND();
  if (!canEdit(ctx.actor, row))
    throw new DomainError(
      'forbidden',
      'Only the person who recorded this contact, or their region’s manager, may change it.',
    );
  return row;
}

/** Record a contact with a school of a region the actor works in, as the actor's own; audited. */
export async function recordSchoolContact(
  ctx: UseCaseContext,
  input: SchoolContactEntryInput,
  today: CalendarDate,
): Promise<SchoolContactRecord> {
  requirePermission(ctx, 'school_contact.write');
  const userId = ctx.actor.userId;
  if (!userId)
    throw new DomainError('forbidden', 'A school contact is recorded by a signed-in staff member.');
  const facts = validateSchoolContactEntry(input, today);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const regionId = await regionOfSchool(trx, ctx.actor, facts.schoolId);
    const row = await trx
      .insertInto('school_contacts')
      .values({ ...rowValues(facts), user_id: userId, region_id: regionId })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx.actor, {
      action: 'create',
      entityType: 'school_contact',
      entityId: row.id,
      regionId,
      after: { ...facts, userId },
    });
    return row.id;
  });
  return getSchoolContact(ctx, id);
}

/** Replace an entry's facts (its author stays); audited with before and after. */
export async function updateSchoolContact(
  ctx: UseCaseContext,
  id: string,
  input: SchoolContactEntryInput,
  today: CalendarDate,
): Promise<SchoolContactRecord> {
  requirePermission(ctx, 'school_contact.write');
  const facts = validateSchoolContactEntry(input, today);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await loadEditable(ctx, trx, id);
    const regionId = await regionOfSchool(trx, ctx.actor, facts.schoolId);
    await trx
      .updateTable('school_contacts')
      .set({ ...rowValues(facts), region_id: regionId, updated_at: new Date() })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: 'school_contact',
      entityId: id,
      regionId,
      before: toSchoolContactRecord(before, true),
      after: { ...facts, userId: before.user_id },
    });
  });
  return getSchoolContact(ctx, id);
}

/** Remove an entry; the audit log keeps it. */
export async function deleteSchoolContact(ctx: UseCaseContext, id: string): Promise<void> {
  requirePermission(ctx, 'school_contact.write');
  await ctx.db.transaction().execute(async (trx) => {
    const before = await loadEditable(ctx, trx, id);
    await trx.deleteFrom('school_contacts').where('id', '=', id).execute();
    await recordAudit(trx, ctx.actor, {
      action: 'delete',
      entityType: 'school_contact',
      entityId: id,
      regionId: before.region_id,
      before: toSchoolContactRecord(before, true),
    });
  });
}

async function getSchoolContact(ctx: UseCaseContext, id: string): Promise<SchoolContactRecord> {
  const row = await findSchoolContactRow(ctx.db, id);
  if (!row) throw NOT_FOUND();
  return toSchoolContactRecord(row, canEdit(ctx.actor, row));
}

export interface MonthlyLogOptions {
  /** YYYY-MM; default: the month of `today`. */
  month?: string | undefined;
  /** The staff member; default: the actor. */
  userId?: string | undefined;
}

/**
 * One staff member's log for a month. Anyone with the permission reads their own; a manager
 * (or the state) reads the log of staff in their scope. Another region's staff member answers
 * `not_found`, the same as one who does not exist.
 */
export async function getMonthlySchoolContactLog(
  ctx: UseCaseContext,
  options: MonthlyLogOptions,
  today: CalendarDate,
): Promise<SchoolContactLogRecord> {
  requirePermission(ctx, 'school_contact.read');
  const month = options.month ?? monthOf(today);
  if (!isCalendarMonth(month)) throw DomainError.invalidField('month', 'must be a month written YYYY-MM');
  const userId = options.userId ?? ctx.actor.userId;
  if (!userId) throw DomainError.invalidField('userId', 'is required');
  const isOwn = userId === ctx.actor.userId;
  const staff = await ctx.db
    .selectFrom('users')
    .select(['id', 'display_name', 'role', 'region_id'])
    .where('id', '=', userId)
    .executeTakeFirst();
  const noStaff = () => new DomainError('not_found', 'No staff member with that id in your scope.');
  if (!staff) throw noStaff();
  if (!isOwn) {
    const scope = accessScopeOf(ctx.actor);
    const reachable =
      scope.kind === 'state' ||
      (staff.region_id !== null && canReachRecord(ctx.actor, { regionId: staff.region_id }));
    if (!reachable) throw noStaff();
    if (!hasPermission(ctx.actor.role, 'school_contact.manage'))
      throw new DomainError('forbidden', 'Only a manager reads the log of another staff member.');
  }
  const { from, to } = monthRange(month);
  const rows = await findSchoolContactRowsOfUser(ctx.db, {
    userId,
    from,
    to,
    scope: isOwn ? 'own' : accessScopeOf(ctx.actor),
  });
  const log = monthlySchoolContactLog(
    month,
    rows.map((row) => toSchoolContactRecord(row, canEdit(ctx.actor, row))),
  );
  return {
    ...log,
    staff: { id: staff.id, displayName: staff.display_name, role: staff.role, regionId: staff.region_id },
  };
}
