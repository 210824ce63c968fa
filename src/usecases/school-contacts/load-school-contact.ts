import { DomainError } from '../../core/common/domain-error';
import { schoolContactPolicy, type SchoolContactAccess } from '../../core/recruitment/school-contact.policy';
import type { Db } from '../../data/db';
import {
  findSchoolContactRow,
  findSchoolWithRegion,
  type SchoolContactRow,
} from '../../data/repositories/school-contacts.repository';
import type { UseCaseContext } from '../context';

export const NO_SCHOOL_CONTACT = 'No school contact with that id.';

export function schoolContactAccessOf(row: SchoolContactRow): SchoolContactAccess {
  return { userId: row.user_id, regionId: row.region_id, districtId: row.district_id };
}

/**
 * An entry the actor may change: not found when out of reach, forbidden when they may read
 * it but are neither its author nor a manager of its region.
 */
export async function loadEditableSchoolContact(
  ctx: UseCaseContext,
  db: Db,
  id: string,
): Promise<SchoolContactRow> {
  const row = await findSchoolContactRow(db, id);
  const access = row && schoolContactAccessOf(row);
  if (!row || !access || !schoolContactPolicy.can(ctx.actor, 'read', access))
    throw new DomainError('not_found', NO_SCHOOL_CONTACT);
  if (!schoolContactPolicy.can(ctx.actor, 'edit', access))
    throw new DomainError(
      'forbidden',
      'Only the person who recorded this contact, or their region’s manager, may change it.',
    );
  return row;
}

/**
 * The refusal of an edit or removal whose `where id and version` matched nothing: a 409 when
 * the entry is still there (someone changed it since it was read), a 404 when it is gone.
 */
export async function schoolContactEditRefusal(db: Db, id: string): Promise<DomainError> {
  if (!(await findSchoolContactRow(db, id))) return new DomainError('not_found', NO_SCHOOL_CONTACT);
  return new DomainError(
    'conflict',
    'version: someone else changed this school contact since you opened it; reload it',
    [{ field: 'version', message: 'is stale' }],
  );
}

/** The school an entry is about, with its district and region. */
export type SchoolToRecordIn = NonNullable<Awaited<ReturnType<typeof findSchoolWithRegion>>>;

/**
 * The school an entry is about, when the actor may record contacts with that school (a school
 * of a region they work in, or of their district for a district recruiter); else
 * `invalid_input` naming `schoolId`.
 */
export async function schoolToRecordIn(
  ctx: UseCaseContext,
  db: Db,
  schoolId: string,
): Promise<SchoolToRecordIn> {
  const school = await findSchoolWithRegion(db, schoolId);
  const userId = ctx.actor.userId ?? '';
  if (
    !school ||
    !schoolContactPolicy.can(ctx.actor, 'create', {
      userId,
      regionId: school.region_id,
      districtId: school.district_id,
    })
  )
    throw DomainError.invalidField('schoolId', 'is not a school of a region you work in');
  return school;
}
