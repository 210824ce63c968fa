import { canReachRecord, canWriteInDistrict, type Actor } from '../people/access-scope';
import { definePolicy } from '../people/policy';
import { hasPermission } from '../people/roles';
import { canTakeCoeAction, type CoeStatus } from './coe-workflow';

/** What the COE policy needs to know of a COE. */
export interface CoeSubject {
  regionId: string;
  /** The school district of the interview (IR1.5): how a district recruiter reaches the COE (DR1.3). */
  districtId: string | null;
  status: CoeStatus;
  /** Who prepared it: they may not review it themselves (separation of duties). */
  recruiterId: string | null;
}

const mayPrepareIn = (actor: Actor, coe: CoeSubject): boolean =>
  hasPermission(actor.role, 'coe.prepare') && canWriteInDistrict(actor, coe);

/**
 * Who may do what with a certificate of eligibility (STYLE §7). Recruiters and region staff
 * prepare, sign and submit the COEs of their region while a draft or returned; a designated
 * reviewer reviews a submitted COE in their scope that they did not prepare. A district
 * recruiter reads and prepares only the COEs of their own district (DR1.3). For `create`,
 * the COE is the one about to be made.
 */
const reaches = (actor: Actor, coe: CoeSubject): boolean =>
  canReachRecord(actor, { regionId: coe.regionId, districtIds: coe.districtId ? [coe.districtId] : [] });

export const coePolicy = definePolicy<'create' | 'edit' | 'sign' | 'submit' | 'review', CoeSubject>({
  read: (actor, coe) => hasPermission(actor.role, 'coe.read') && reaches(actor, coe),
  create: mayPrepareIn,
  edit: (actor, coe) => mayPrepareIn(actor, coe) && canTakeCoeAction(coe.status, 'edit'),
  sign: (actor, coe) => mayPrepareIn(actor, coe) && canTakeCoeAction(coe.status, 'edit'),
  submit: (actor, coe) => mayPrepareIn(actor, coe) && canTakeCoeAction(coe.status, 'submit'),
  review: (actor, coe) =>
    hasPermission(actor.role, 'coe.review') &&
    reaches(actor, coe) &&
    canTakeCoeAction(coe.status, 'approve') &&
    (actor.userId === null || actor.userId !== coe.recruiterId),
});
