import { DomainError, type FieldProblem } from '../../core/common/domain-error';
import { canReachRecord, canWriteInRegion } from '../../core/people/access-scope';
import { MAX_NAME_LENGTH } from '../../core/children/child-rules';
import type { Db } from '../../data/db';
import { recordAudit } from '../../data/repositories/audit.repository';
import type { DbFamily, FamilyRelation } from '../../data/tables';
import { requirePermission } from '../context';
import type { UseCaseContext } from '../context';

export interface FamilyMemberInput {
  relation: FamilyRelation;
  firstName: string;
  lastSurname: string;
  secondSurname?: string | null;
  isQualifyingWorker?: boolean;
}

export interface FamilyFields {
  familyName: string;
  addressLine?: string | null;
  city?: string | null;
  postalCode?: string | null;
  phone?: string | null;
  homeLanguage?: string | null;
}

export interface FamilyRecord {
  id: string;
  regionId: string;
  familyName: string;
  addressLine: string | null;
  city: string | null;
  postalCode: string | null;
  phone: string | null;
  homeLanguage: string | null;
  members: Array<{
    id: string;
    relation: FamilyRelation;
    firstName: string;
    lastSurname: string;
    secondSurname: string | null;
    isQualifyingWorker: boolean;
  }>;
  children: Array<{
    id: string;
    firstName: string;
    lastSurname: string;
    secondSurname: string | null;
    birthDate: string;
    studentNumber: string;
  }>;
}

const NOT_FOUND = (): DomainError => new DomainError('not_found', 'No family with that id.');

function checkMembers(members: FamilyMemberInput[]): void {
  const problems: FieldProblem[] = [];
  members.forEach((m, i) => {
    if (!m.firstName.trim())
      problems.push({ field: `members[${i}].firstName`, message: 'must not be empty' });
    if (!m.lastSurname.trim())
      problems.push({ field: `members[${i}].lastSurname`, message: 'must not be empty' });
    if (m.firstName.length > MAX_NAME_LENGTH)
      problems.push({ field: `members[${i}].firstName`, message: 'is too long' });
  });
  if (problems.length)
    throw new DomainError(
      'invalid_input',
      problems.map((p) => `${p.field}: ${p.message}`).join('; '),
      problems,
    );
}

/** Families are reached through their region; district staff reach those with a child enrolled in their district. */
async function loadReachableFamily(ctx: UseCaseContext, db: Db, id: string): Promise<DbFamily> {
  const family = await db.selectFrom('families').selectAll().where('id', '=', id).executeTakeFirst();
  if (!family) throw NOT_FOUND();
  const districtIds =
    ctx.actor.role === 'district_staff'
      ? (
          await db
            .selectFrom('enrollments')
            .innerJoin('children', 'children.id', 'enrollments.child_id')
            .select('enrollments.district_id')
            .where('children.family_id', '=', id)
            .execute()
        ).map((r) => r.district_id)
      : [];
  if (!canReachRecord(ctx.actor, { regionId: family.region_id, districtIds })) throw NOT_FOUND();
  return family;
}

/** A family with its members and children. */
export async function getFamily(ctx: UseCaseContext, id: string): Promise<FamilyRecord> {
  requirePermission(ctx, 'family.read');
  const family = await loadReachableFamily(ctx, ctx.db, id);
  const [members, children] = await Promise.all([
    ctx.db
      .selectFrom('family_members')
      .selectAll()
      .where('family_id', '=', id)
      .orderBy('created_at')
      .execute(),
    ctx.db
      .selectFrom('children')
      .select(['id', 'first_name', 'last_surname', 'second_surname', 'birth_date', 'student_number'])
      .where('family_id', '=', id)
      .orderBy('birth_date')
      .execute(),
  ]);
  return {
    id: family.id,
    regionId: family.region_id,
    familyName: family.family_name,
    addressLine: family.address_line,
    city: family.city,
    postalCode: family.postal_code,
    phone: family.phone,
    homeLanguage: family.home_language,
    members: members.map((m) => ({
      id: m.id,
      relation: m.relation,
      firstName: m.first_name,
      lastSurname: m.last_surname,
      secondSurname: m.second_surname,
      isQualifyingWorker: m.is_qualifying_worker,
    })),
    children: children.map((c) => ({
      id: c.id,
      firstName: c.first_name,
      lastSurname: c.last_surname,
      secondSurname: c.second_surname,
      birthDate: c.birth_date,
      studentNumber: c.student_number,
    })),
  };
}

function familyRow(fields: FamilyFields) {
  return {
    family_name: fields.familyName.trim(),
    address_line: fields.addressLine?.trim() || null,
    city: fields.city?.trim() || null,
    postal_code: fields.postalCode?.trim() || null,
    phone: fields.phone?.trim() || null,
    home_language: fields.homeLanguage?.trim() || null,
  };
}

/** Create a family with its members in a region the actor works in; audited. */
export async function createFamily(
  ctx: UseCaseContext,
  options: FamilyFields & { regionId: string; members: FamilyMemberInput[] },
): Promise<FamilyRecord> {
  requirePermission(ctx, 'family.write');
  if (!options.familyName.trim()) throw DomainError.invalidField('familyName', 'must not be empty');
  if (!canWriteInRegion(ctx.actor, options.regionId))
    throw DomainError.invalidField('regionId', 'is not a region you work in');
  checkMembers(options.members);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const family = await trx
      .insertInto('families')
      .values({ ...familyRow(options), region_id: options.regionId })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx.actor, {
      action: 'create',
      entityType: 'family',
      entityId: family.id,
      regionId: family.region_id,
      after: family,
    });
    for (const member of options.members) {
      const row = await trx
        .insertInto('family_members')
        .values({
          family_id: family.id,
          relation: member.relation,
          first_name: member.firstName.trim(),
          last_surname: member.lastSurname.trim(),
          second_surname: member.secondSurname?.trim() || null,
          is_qualifying_worker: member.isQualifyingWorker ?? false,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordAudit(trx, ctx.actor, {
        action: 'create',
        entityType: 'family_member',
        entityId: row.id,
        regionId: family.region_id,
        after: row,
      });
    }
    return family.id;
  });
  return getFamily(ctx, id);
}

/** Change a family's name or contact details; audited with before and after. */
export async function updateFamily(
  ctx: UseCaseContext,
  id: string,
  fields: Partial<FamilyFields>,
): Promise<FamilyRecord> {
  requirePermission(ctx, 'family.write');
  await ctx.db.transaction().execute(async (trx) => {
    const before = await loadReachableFamily(ctx, trx, id);
    if (!canWriteInRegion(ctx.actor, before.region_id))
      throw new DomainError('forbidden', 'You may read this family but not change it.');
    const merged = {
      familyName: before.family_name,
      addressLine: before.address_line,
      city: before.city,
      postalCode: before.postal_code,
      phone: before.phone,
      homeLanguage: before.home_language,
      ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)),
    } as FamilyFields;
    if (!merged.familyName.trim()) throw DomainError.invalidField('familyName', 'must not be empty');
    const after = await trx
      .updateTable('families')
      .set({ ...familyRow(merged), updated_at: new Date() })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: 'family',
      entityId: id,
      regionId: before.region_id,
      before,
      after,
    });
  });
  return getFamily(ctx, id);
}

/** Add a parent, guardian, spouse or worker to a family; audited. */
export async function addFamilyMember(
  ctx: UseCaseContext,
  familyId: string,
  member: FamilyMemberInput,
): Promise<FamilyRecord> {
  requirePermission(ctx, 'family.write');
  checkMembers([member]);
  await ctx.db.transaction().execute(async (trx) => {
    const family = await loadReachableFamily(ctx, trx, familyId);
    if (!canWriteInRegion(ctx.actor, family.region_id))
      throw new DomainError('forbidden', 'You may read this family but not change it.');
    const row = await trx
      .insertInto('family_members')
      .values({
        family_id: familyId,
        relation: member.relation,
        first_name: member.firstName.trim(),
        last_surname: member.lastSurname.trim(),
        second_surname: member.secondSurname?.trim() || null,
        is_qualifying_worker: member.isQualifyingWorker ?? false,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx.actor, {
      action: 'create',
      entityType: 'family_member',
      entityId: row.id,
      regionId: family.region_id,
      after: row,
    });
  });
  return getFamily(ctx, familyId);
}
