import { DomainError, type FieldProblem } from '../../core/common/domain-error';
import { findPasswordProblems } from '../../core/people/password-policy';
import { hasPermission, isRegionRole, ROLES, type Role } from '../../core/people/roles';
import { userPolicy } from '../../core/people/user.policy';
import { recordAudit } from '../../data/repositories/audit.repository';
import {
  findDistrictByCdsCode,
  findRegionIdByNumber,
} from '../../data/repositories/organizations.repository';
import {
  findUserIdByEmail,
  insertAssignedRegion,
  insertUser,
} from '../../data/repositories/users.repository';
import type { UseCaseContext } from '../context';
import { hashPassword } from './password';

export interface CreateUserOptions {
  email: string;
  displayName: string;
  password: string;
  role: Role;
  /** Region number (1–99) for region roles and regional reviewers. */
  regionNumber?: number | null;
  /** District CDS code (7 digits) for district staff. */
  districtCdsCode?: string | null;
  /** Region numbers a state consultant reads. */
  assignedRegionNumbers?: number[];
  language?: 'en' | 'es';
  /** The user chooses a new password at the first sign-in (someone else chose this one). */
  mustChangePassword?: boolean;
}

/** Create a user; only a state administrator may (the user policy). Returns the new user's id; audited. */
export async function createUser(ctx: UseCaseContext, options: CreateUserOptions): Promise<string> {
  if (!hasPermission(ctx.actor.role, 'user.manage'))
    throw new DomainError('forbidden', 'Only a state administrator creates users.');
  const problems: FieldProblem[] = [];
  const email = options.email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    problems.push({ field: 'email', message: 'must be an email address' });
  if (!options.displayName.trim()) problems.push({ field: 'displayName', message: 'must not be empty' });
  for (const message of findPasswordProblems(options.password, { email, displayName: options.displayName }))
    problems.push({ field: 'password', message });
  if (!ROLES.includes(options.role))
    problems.push({ field: 'role', message: `must be one of ${ROLES.join(', ')}` });
  if (isRegionRole(options.role) && options.regionNumber == null) {
    problems.push({ field: 'regionNumber', message: `is required for the role ${options.role}` });
  }
  if (options.role === 'district_staff' && !options.districtCdsCode) {
    problems.push({ field: 'districtCdsCode', message: 'is required for district staff' });
  }
  if (problems.length > 0) {
    throw new DomainError(
      'invalid_input',
      problems.map((p) => `${p.field}: ${p.message}`).join('; '),
      problems,
    );
  }

  return ctx.db.transaction().execute(async (trx) => {
    let regionId: string | null = null;
    let districtId: string | null = null;
    if (options.districtCdsCode) {
      const district = await findDistrictByCdsCode(trx, options.districtCdsCode);
      if (!district)
        throw DomainError.invalidField(
          'districtCdsCode',
          `no district has the CDS code ${options.districtCdsCode}`,
        );
      districtId = district.id;
      regionId = district.region_id;
    }
    if (options.regionNumber != null) {
      const id = await findRegionIdByNumber(trx, options.regionNumber);
      if (!id)
        throw DomainError.invalidField('regionNumber', `no region has the number ${options.regionNumber}`);
      regionId = id;
    }
    if (!userPolicy.can(ctx.actor, 'create', { role: options.role, regionId, districtId }))
      throw new DomainError('forbidden', 'Only a state administrator creates users.');
    if (await findUserIdByEmail(trx, email))
      throw new DomainError('conflict', `email: a user with the email ${email} exists`, [
        { field: 'email', message: 'is taken' },
      ]);
    const userId = await insertUser(trx, {
      email,
      display_name: options.displayName.trim(),
      password_hash: await hashPassword(options.password),
      role: options.role,
      region_id: regionId,
      district_id: districtId,
      language: options.language ?? 'en',
      must_change_password: options.mustChangePassword ?? false,
    });
    for (const number of options.assignedRegionNumbers ?? []) {
      const assigned = await findRegionIdByNumber(trx, number);
      if (!assigned)
        throw DomainError.invalidField('assignedRegionNumbers', `no region has the number ${number}`);
      await insertAssignedRegion(trx, userId, assigned);
    }
    await recordAudit(trx, ctx.actor, {
      action: 'create',
      entityType: 'user',
      entityId: userId,
      regionId,
      after: {
        email,
        role: options.role,
        regionId,
        districtId,
        mustChangePassword: options.mustChangePassword ?? false,
      },
    });
    return userId;
  });
}
