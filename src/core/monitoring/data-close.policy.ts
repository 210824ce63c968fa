import { accessScopeOf, canReachRecord, type Actor } from '../people/access-scope';
import { definePolicy } from '../people/policy';
import { hasPermission } from '../people/roles';

/** A region's Data Close checklist, as its policy sees it. */
export interface RegionChecklist {
  regionId: string;
}

/**
 * Who may do what with the Data Close (MN6.5): those who read monitoring and reach a region —
 * its director and data specialists, a state consultant for the regions assigned to them, the
 * state administrator for every region — read its checklist; district staff do not (the
 * checklist spans the region). Only those who manage the Data Close, the state
 * administrators, close and reopen a year, which holds for every region at once.
 */
export const dataClosePolicy = definePolicy<'close' | 'reopen', RegionChecklist>({
  read: (actor, checklist) =>
    hasPermission(actor.role, 'monitoring.read') &&
    accessScopeOf(actor).kind !== 'district' &&
    canReachRecord(actor, { regionId: checklist.regionId }),
  close: (actor) => hasPermission(actor.role, 'data_close.manage'),
  reopen: (actor) => hasPermission(actor.role, 'data_close.manage'),
});

/** Whether the actor may open the Data Close page at all (MN6.5). */
export function canOpenDataClose(actor: Actor): boolean {
  return hasPermission(actor.role, 'monitoring.read') && accessScopeOf(actor).kind !== 'district';
}

/** Whether the actor may close and reopen program years (MN6.5). */
export function canCloseYears(actor: Actor): boolean {
  return hasPermission(actor.role, 'data_close.manage');
}
