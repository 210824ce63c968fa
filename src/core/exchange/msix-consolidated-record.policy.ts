import { childPolicy, type ChildSubject } from '../children/child.policy';
import { canWriteInRegion } from '../people/access-scope';
import { definePolicy } from '../people/policy';
import { hasPermission } from '../people/roles';

/**
 * X11.4: who reads and who attaches or detaches a child's consolidated records from other
 * states: whoever reads the child reads them; the data specialist of the child's region and
 * the state administrator (`msix.attach`, in a region they work in) attach and detach.
 */
export const consolidatedRecordPolicy = definePolicy<'attach', ChildSubject>({
  read: (actor, child) => childPolicy.can(actor, 'read', child),
  attach: (actor, child) =>
    hasPermission(actor.role, 'msix.attach') && canWriteInRegion(actor, child.regionId),
});
