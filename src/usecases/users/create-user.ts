import { DomainError } from '../../core/common/domain-error';
import { findPasswordProblems } from '../../core/people/password-policy';
import { hasPermission, type Role } from '../../core/people/roles';
import { findUserAccountProblems, scopeFieldsOf } from '../../core/people/user-account';
import { userPolicy } from '../../core/people/user.policy';
import { recordAudit } from '../../data/repositories/audit.repository';
import {
  findUserIdByEmail,
  insertUser,
  replaceAssignedRegions,
} from '../../data/repositories/users.repository';
import type { UseCaseContext } from '../context';
import { hashPassword } from './password';
import { positionTitleOf, resolveUserScope, throwProblems } from './user-scope';

export interface CreateUserOptions {
  email: string;
  displayName: string;
  /** The position title the employer gives (PT1.1); blank is none. */
  positionTitle?: string | null;
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
  const email = options.email.trim().toLowerCase();
  const problems = findUserAccountProblems({ ...options, email });
  for (const message of findPasswordProblems(options.password, { email, displayName: options.displayName }))
    problems.push({ field: 'password', message });
  throwProblems(problems);
  const scope = scopeFieldsOf(options.role, options);

  return ctx.db.transaction().execute(async (trx) => {
    const { regionId, districtId, assignedRegionIds } = await resolveUserScope(trx, scope);
    if (!userPolicy.can(ctx.actor, 'create', { role: options.role, regionId, districtId }))
      throw new DomainError('forbidden', 'Only a state administrator creates users.');
    if (await findUserIdByEmail(trx, email))
      throw new DomainError('conflict', `email: a user with the email ${email} exists`, [
        { field: 'email', message: 'is taken' },
      ]);
    const userId = await insertUser(trx, {
      email,
      display_name: options.displayName.trim(),
      position_title: positionTitleOf(options.positionTitle),
      password_hash: await hashPassword(options.password),
      role: options.role,
      region_id: regionId,
      district_id: districtId,
      language: options.language ?? 'en',
      must_change_password: options.mustChangePassword ?? false,
    });
    await replaceAssignedRegions(trx, userId, assignedRegionIds);
    await recordAudit(trx, ctx.actor, {
      action: 'create',
      entityType: 'user',
      entityId: userId,
      regionId,
      after: {
        email,
        displayName: options.displayName.trim(),
        positionTitle: positionTitleOf(options.positionTitle),
        role: options.role,
        regionId,
        districtId,
        ...scope,
        mustChangePassword: options.mustChangePassword ?? false,
      },
    });
    return userId;
  });
}
