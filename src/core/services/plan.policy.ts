import type { Actor } from '../people/access-scope';
import { definePolicy } from '../people/policy';
import { hasPermission } from '../people/roles';
import { canTakePlanAction, type PlanStatus } from './plan-version';

/** What the plan policy needs to know of a plan version. */
export interface PlanVersionSubject {
  status: PlanStatus;
}

type PlanVersionAction = 'manage' | 'edit' | 'adopt' | 'delete' | 'amend';

const mayManage = (actor: Actor): boolean => hasPermission(actor.role, 'plan.manage');

/**
 * Who may do what with the State Service Delivery Plan. The plan is the state's, read by
 * everyone who works with it (`plan.read`, every role); the state administrator
 * (`plan.manage`) edits drafts, adopts one, deletes a draft, and amends a version by copying
 * it into a new draft. `manage` is the permission alone: the use cases answer 403 without
 * it, and 409 when the version's status does not allow the change.
 */
export const planPolicy = definePolicy<PlanVersionAction, PlanVersionSubject>({
  read: (actor) => hasPermission(actor.role, 'plan.read'),
  manage: (actor) => mayManage(actor),
  edit: (actor, version) => mayManage(actor) && canTakePlanAction(version.status, 'edit'),
  adopt: (actor, version) => mayManage(actor) && canTakePlanAction(version.status, 'adopt'),
  delete: (actor, version) => mayManage(actor) && canTakePlanAction(version.status, 'delete'),
  amend: (actor, version) => mayManage(actor) && canTakePlanAction(version.status, 'amend'),
});
