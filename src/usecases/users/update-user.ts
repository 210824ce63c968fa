import { DomainError } from '../../core/common/domain-error';
import { authorize } from '../../core/people/policy';
import type { Role } from '../../core/people/roles';
import {
  findSelfChangeProblems,
  findUserAccountProblems,
  scopeFieldsOf,
} from '../../core/people/user-account';
import { userPolicy } from '../../core/people/user.policy';
import { recordAudit } from '../../data/repositories/audit.repository';
import { deleteSessionsOfUser } from '../../data/repositories/sessions.repository';
import {
  findUserIdByEmail,
  findUserProfile,
  listAssignedRegionNumbersOf,
  replaceAssignedRegions,
  updateUserAccountAtVersion,
} from '../../data/repositories/users.repository';
import type { UseCaseContext } from '../context';
import { requirePermission } from '../context';
import { presentUser, type UserSummary } from './list-users';
import { positionTitleOf, resolveUserScope, throwProblems } from './user-scope';

/** A change of an account; fields left out keep their value. */
export interface UpdateUserOptions {
  /** The version the administrator read (409 when someone changed the account since). */
  version: number;
  email?: string | undefined;
  displayName?: string | undefined;
  /** The position title (PT1.1); null or blank removes it. */
  positionTitle?: string | null | undefined;
  role?: Role | undefined;
  regionNumber?: number | null | undefined;
  districtCdsCode?: string | null | undefined;
  assignedRegionNumbers?: number[] | undefined;
  language?: 'en' | 'es' | undefined;
  /** false deactivates the account (its sessions end), true reactivates it. */
  isActive?: boolean | undefined;
}

const NOT_FOUND = 'No such user.';

/** The refusal of a change made to an account someone else changed first. */
export function staleUser(): DomainError {
  return new DomainError(
    'conflict',
    'version: someone else changed this user since you opened it; reload it',
    [{ field: 'version', message: 'is stale' }],
  );
}

/** Load an account the actor may manage, or throw (404 out of reach, 403 read-only). */
export async function loadManagedAccount(ctx: UseCaseContext, userId: string) {
  const row = await findUserProfile(ctx.db, userId);
  authorize(
    userPolicy,
    ctx.actor,
    'manage',
    row && { role: row.role, regionId: row.region_id, districtId: row.district_id },
    NOT_FOUND,
  );
  return row!;
}

/**
 * Change an account's name, email, language, role and scope, or deactivate or reactivate it
 * (docs/rules/users.md UA2): a state administrator, at the version read, never locking
 * themselves out; audited with the values before and after.
 */
export async function updateUser(
  ctx: UseCaseContext,
  userId: string,
  options: UpdateUserOptions,
): Promise<UserSummary> {
  requirePermission(ctx, 'user.manage');
  return ctx.db.transaction().execute(async (trx) => {
    const tctx = { ...ctx, db: trx };
    const current = await loadManagedAccount(tctx, userId);
    const assigned = (await listAssignedRegionNumbersOf(trx, [userId])).get(userId) ?? [];
    const role = options.role ?? current.role;
    const next = {
      email: (options.email ?? current.email).trim().toLowerCase(),
      displayName: (options.displayName ?? current.display_name).trim(),
      positionTitle:
        options.positionTitle !== undefined ? positionTitleOf(options.positionTitle) : current.position_title,
      role,
      ...scopeFieldsOf(role, {
        regionNumber: options.regionNumber !== undefined ? options.regionNumber : current.region_number,
        districtCdsCode:
          options.districtCdsCode !== undefined ? options.districtCdsCode : current.district_cds_code,
        assignedRegionNumbers: options.assignedRegionNumbers ?? assigned,
      }),
      language: options.language ?? current.language,
      isActive: options.isActive ?? current.is_active,
    };
    throwProblems([
      ...findUserAccountProblems(next),
      ...findSelfChangeProblems(ctx.actor.userId, userId, {
        role: options.role,
        isActive: options.isActive,
      }),
    ]);
    const scope = await resolveUserScope(trx, next);
    if (
      !userPolicy.can(ctx.actor, 'manage', { role, regionId: scope.regionId, districtId: scope.districtId })
    )
      throw new DomainError('forbidden', 'Your role does not allow this.');
    if (next.email !== current.email && (await findUserIdByEmail(trx, next.email)))
      throw new DomainError('conflict', `email: a user with the email ${next.email} exists`, [
        { field: 'email', message: 'is taken' },
      ]);
    const saved = await updateUserAccountAtVersion(trx, userId, options.version, {
      email: next.email,
      display_name: next.displayName,
      position_title: next.positionTitle,
      role,
      region_id: scope.regionId,
      district_id: scope.districtId,
      language: next.language,
      is_active: next.isActive,
    });
    if (!saved) throw staleUser();
    await replaceAssignedRegions(trx, userId, scope.assignedRegionIds);
    if (!next.isActive) await deleteSessionsOfUser(trx, userId);
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: 'user',
      entityId: userId,
      regionId: scope.regionId,
      before: {
        email: current.email,
        displayName: current.display_name,
        positionTitle: current.position_title,
        role: current.role,
        regionNumber: current.region_number,
        districtCdsCode: current.district_cds_code,
        assignedRegionNumbers: assigned,
        language: current.language,
        isActive: current.is_active,
      },
      after: next,
    });
    return presentUser(
      ctx.actor,
      (await findUserProfile(trx, userId))!,
      next.assignedRegionNumbers.sort((a, b) => a - b),
    );
  });
}
