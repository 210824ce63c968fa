import { canReachRecord, canWriteInRegion, type Actor } from '../people/access-scope';
import { definePolicy } from '../people/policy';
import { hasPermission } from '../people/roles';
import { canTakeCoeAction, type CoeStatus } from './coe-workflow';

/** What the COE policy needs to know of a COE. */
export interface CoeSubject {
  regionId: string;
  status: CoeStatus;
  /** Who prepared it: they may not review it themselves (separation of duties). */
  recruiterId: string | null;
}

const mayPrepareIn = (actor: Actor, coe: CoeSubject): boolean =>
  hasPermission(actor.role, 'coe.prepare') && canWriteInRegion(actor, coe.regionId);

/**
 * Who may do what with a certificate of eligibility (STYLE §7). Recruiters and region staff
 * prepare, sign and submit the COEs of their region while a draft or returned; a designated
 * reviewer reviews a submitted COE in their scope that they did not prepare.
 */
export const coePolicy = definePolicy<'edit' | 'sign' | 'submit' | 'review', CoeSubject>({
  read: (actor, coe) => hasPermission(actor.role, 'coe.read') && canReachRecord(actor, coe),
  edit: (actor, coe) => mayPrepareIn(actor, coe) && canTakeCoeAction(coe.status, 'edit'),
  sign: (actor, coe) => mayPrepareIn(actor, coe) && canTakeCoeAction(coe.status, 'edit'),
  submit: (actor, coe) => mayPrepareIn(actor, coe) && canTakeCoeAction(coe.status, 'submit'),
  review: (actor, coe) =>
    hasPermission(actor.role, 'coe.review') &&
    canReachRecord(actor, coe) &&
    canTakeCoeAction(coe.status, 'approve') &&
    (actor.userId === null || actor.userId !== coe.recruiterId),
});
