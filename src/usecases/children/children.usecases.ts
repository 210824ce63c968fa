import { requirePermission } from '../context';
import { validateChildFacts, type ChildFacts } from '../../core/children/child-rules';
import { normalizeForSearch, searchNameOf } from '../../core/children/normalize-name';
import type { CalendarDate } from '../../core/common/calendar-date';
import { DomainError } from '../../core/common/domain-error';
import { accessScopeOf, canReachRecord, canWriteInRegion } from '../../core/people/access-scope';
import { hasPermission } from '../../core/people/roles';
import type { Db } from '../../data/db';
import { recordAudit } from '../../data/repositories/audit.repository';
import {
  findChildRow,
  findChildrenRows,
  findEnrollmentRows,
  nextStudentNumber,
} from '../../data/repositories/children.repository';
import type { DbChild } from '../../data/tables';
import type { UseCaseContext } from '../context';
import type { ChildRecord, ChildSummary } from './child-record';

/** Raise `forbidden` unless the actor's role carries the permission. */
const NOT_FOUND = (): DomainError => new DomainError('not_found', 'No child with that id.');

export interface FindChildrenOptions {
  /** Name words, or a student number / SSID. */
  q?: string | undefined;
  regionId?: string | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

/** Children in the actor's scope matching a search, a page at a time. */
export async function findChildren(
  ctx: UseCaseContext,
  options: FindChildrenOptions,
): Promise<{ items: ChildSummary[]; total: number }> {
  requirePermission(ctx, 'child.read');
  const q = options.q?.trim() ?? '';
  const looksLikeNumber = /^(CA)?\d{6,}$/i.test(q);
  const { rows, total } = await findChildrenRows(ctx.db, {
    scope: accessScopeOf(ctx.actor),
    searchWords: looksLikeNumber ? [] : normalizeForSearch(q).split(' ').filter(Boolean),
    studentNumber: looksLikeNumber ? q.toUpperCase() : undefined,
    regionId: options.regionId,
    limit: options.limit ?? 50,
    offset: options.offset ?? 0,
  });
  return {
    total,
    items: rows.map((r) => ({
      id: r.id,
      studentNumber: r.student_number,
      firstName: r.first_name,
      middleName: r.middle_name,
      lastSurname: r.last_surname,
      secondSurname: r.second_surname,
      birthDate: r.birth_date,
      regionId: r.region_id,
      regionNumber: r.region_number,
      familyId: r.family_id,
    })),
  };
}

/** Load a child the actor may reach, or raise `not_found` (never revealing that it exists). */
async function loadReachableChild(ctx: UseCaseContext, db: Db, id: string) {
  const child = await findChildRow(db, id);
  if (!child) throw NOT_FOUND();
  const enrollments = await findEnrollmentRows(db, id);
  if (
    !canReachRecord(ctx.actor, {
      regionId: child.region_id,
      districtIds: enrollments.map((e) => e.district_id),
    })
  )
    throw NOT_FOUND();
  return { child, enrollments };
}

/** A child with family and enrollments, if in the actor's scope. */
export async function getChild(ctx: UseCaseContext, id: string): Promise<ChildRecord> {
  requirePermission(ctx, 'child.read');
  const { child, enrollments } = await loadReachableChild(ctx, ctx.db, id);
  const family = child.family_id
    ? await ctx.db
        .selectFrom('families')
        .select(['id', 'family_name', 'phone'])
        .where('id', '=', child.family_id)
        .executeTakeFirst()
    : undefined;
  const members = family
    ? await ctx.db
        .selectFrom('family_members')
        .selectAll()
        .where('family_id', '=', family.id)
        .orderBy('created_at')
        .execute()
    : [];
  const inRegion = canWriteInRegion(ctx.actor, child.region_id);
  return {
    id: child.id,
    studentNumber: child.student_number,
    statewideStudentId: child.statewide_student_id,
    firstName: child.first_name,
    middleName: child.middle_name,
    lastSurname: child.last_surname,
    secondSurname: child.second_surname,
    generationCodeSuffix: child.generation_code_suffix,
    birthDate: child.birth_date,
    birthCity: child.birth_city,
    birthState: child.birth_state,
    birthCountry: child.birth_country,
    sex: child.sex,
    regionId: child.region_id,
    regionNumber: child.region_number,
    familyId: child.family_id,
    version: child.version,
    family: family
      ? {
          id: family.id,
          familyName: family.family_name,
          phone: family.phone,
          members: members.map((m) => ({
            id: m.id,
            relation: m.relation,
            firstName: m.first_name,
            lastSurname: m.last_surname,
            secondSurname: m.second_surname,
            isQualifyingWorker: m.is_qualifying_worker,
          })),
        }
      : null,
    enrollments: enrollments.map((e) => ({
      id: e.id,
      districtId: e.district_id,
      districtName: e.district_name,
      schoolId: e.school_id,
      schoolName: e.school_name,
      enrollmentDate: e.enrollment_date,
      exitDate: e.exit_date,
      residencyDate: e.residency_date,
      gradeLevel: e.grade_level,
    })),
    abilities: {
      canEdit: inRegion && hasPermission(ctx.actor.role, 'child.write'),
      canDelete: inRegion && hasPermission(ctx.actor.role, 'child.delete'),
    },
  };
}

/** The audited view of a child row: its facts, without search helpers. */
function auditedChild(row: DbChild): Record<string, unknown> {
  const { search_name: _search, created_at: _created, updated_at: _updated, ...facts } = row;
  return facts;
}

function factsToRow(facts: ChildFacts) {
  return {
    first_name: facts.firstName,
    middle_name: facts.middleName,
    last_surname: facts.lastSurname,
    second_surname: facts.secondSurname,
    generation_code_suffix: facts.generationCodeSuffix,
    birth_date: facts.birthDate,
    birth_city: facts.birthCity,
    birth_state: facts.birthState,
    birth_country: facts.birthCountry,
    sex: facts.sex,
    statewide_student_id: facts.statewideStudentId,
    search_name: searchNameOf(facts),
  };
}

export interface CreateChildOptions extends ChildFacts {
  regionId: string;
  familyId: string | null;
}

/** Create a child in a region the actor works in; audited. Returns the new child. */
export async function createChild(
  ctx: UseCaseContext,
  options: CreateChildOptions,
  today: CalendarDate,
): Promise<ChildRecord> {
  requirePermission(ctx, 'child.write');
  const facts = validateChildFacts(options, today);
  if (!canWriteInRegion(ctx.actor, options.regionId)) {
    throw DomainError.invalidField('regionId', 'is not a region you work in');
  }
  const id = await ctx.db.transaction().execute(async (trx) => {
    const region = await trx
      .selectFrom('regions')
      .select('id')
      .where('id', '=', options.regionId)
      .executeTakeFirst();
    if (!region) throw DomainError.invalidField('regionId', 'no such region');
    if (options.familyId) {
      const family = await trx
        .selectFrom('families')
        .select('region_id')
        .where('id', '=', options.familyId)
        .executeTakeFirst();
      if (!family || family.region_id !== options.regionId)
        throw DomainError.invalidField('familyId', 'no such family in this region');
    }
    await assertStatewideIdFree(trx, facts.statewideStudentId, null);
    const row = await trx
      .insertInto('children')
      .values({
        ...factsToRow(facts),
        student_number: await nextStudentNumber(trx),
        region_id: options.regionId,
        family_id: options.familyId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx.actor, {
      action: 'create',
      entityType: 'child',
      entityId: row.id,
      regionId: row.region_id,
      childId: row.id,
      after: auditedChild(row),
    });
    return row.id;
  });
  return getChild(ctx, id);
}

async function assertStatewideIdFree(
  db: Db,
  ssid: string | null,
  exceptChildId: string | null,
): Promise<void> {
  if (!ssid) return;
  let query = db.selectFrom('children').select('id').where('statewide_student_id', '=', ssid);
  if (exceptChildId) query = query.where('id', '!=', exceptChildId);
  if (await query.executeTakeFirst()) {
    throw new DomainError('conflict', 'statewideStudentId: another child has this SSID', [
      { field: 'statewideStudentId', message: 'another child has this SSID' },
    ]);
  }
}

export type UpdateChildOptions = Partial<ChildFacts> & { version: number };

/**
 * Change a child's facts; audited with before and after. `version` must be the version the
 * person saw, so two people editing at once cannot overwrite each other silently.
 */
export async function updateChild(
  ctx: UseCaseContext,
  id: string,
  options: UpdateChildOptions,
  today: CalendarDate,
): Promise<ChildRecord> {
  requirePermission(ctx, 'child.write');
  await ctx.db.transaction().execute(async (trx) => {
    const { child } = await loadReachableChild(ctx, trx, id);
    if (!canWriteInRegion(ctx.actor, child.region_id))
      throw new DomainError('forbidden', 'You may read this child but not change it.');
    if (child.version !== options.version) {
      throw new DomainError(
        'conflict',
        'version: someone else changed this child since you opened it; reload and try again',
        [{ field: 'version', message: 'is stale' }],
      );
    }
    const { version: _v, ...changes } = options;
    const current: ChildFacts = {
      firstName: child.first_name,
      middleName: child.middle_name,
      lastSurname: child.last_surname,
      secondSurname: child.second_surname,
      generationCodeSuffix: child.generation_code_suffix,
      birthDate: child.birth_date,
      birthCity: child.birth_city,
      birthState: child.birth_state,
      birthCountry: child.birth_country,
      sex: child.sex,
      statewideStudentId: child.statewide_student_id,
    };
    const facts = validateChildFacts({ ...current, ...stripUndefined(changes) }, today);
    await assertStatewideIdFree(trx, facts.statewideStudentId, id);
    const { region_number: _n, ...before } = child;
    const after = await trx
      .updateTable('children')
      .set({ ...factsToRow(facts), version: child.version + 1, updated_at: new Date() })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: 'child',
      entityId: id,
      regionId: child.region_id,
      childId: id,
      before: auditedChild(before),
      after: auditedChild(after),
    });
  });
  return getChild(ctx, id);
}

/** Delete a child and their enrollments; audited with the record as it was. */
export async function deleteChild(ctx: UseCaseContext, id: string): Promise<void> {
  requirePermission(ctx, 'child.delete');
  await ctx.db.transaction().execute(async (trx) => {
    const { child, enrollments } = await loadReachableChild(ctx, trx, id);
    if (!canWriteInRegion(ctx.actor, child.region_id))
      throw new DomainError('forbidden', 'You may read this child but not delete it.');
    const { region_number: _n, ...before } = child;
    await trx.deleteFrom('children').where('id', '=', id).execute();
    await recordAudit(trx, ctx.actor, {
      action: 'delete',
      entityType: 'child',
      entityId: id,
      regionId: child.region_id,
      childId: id,
      before: {
        ...auditedChild(before),
        enrollments: enrollments.map(({ district_name: _d, school_name: _s, ...e }) => e),
      },
    });
  });
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
