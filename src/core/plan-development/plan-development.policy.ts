import { definePolicy } from '../people/policy';
import { hasPermission } from '../people/roles';

type SdpAction = 'manage' | 'contribute';

/**
 * Who may do what with the state's SDP development (PD5.1): it is the state's. The state
 * administrator manages it (dates, owners, outcomes, the alignment chart, the checklist, the
 * responses to feedback); state consultants read it and contribute stakeholder feedback.
 */
export const sdpDevelopmentPolicy = definePolicy<SdpAction, object>({
  read: (actor) => hasPermission(actor.role, 'plan_development.read'),
  manage: (actor) => hasPermission(actor.role, 'plan_development.manage'),
  contribute: (actor) => hasPermission(actor.role, 'plan_development.contribute'),
});
