import { accessScopeOf, canWriteInRegion, type Actor } from '../people/access-scope';
import { definePolicy } from '../people/policy';
import { hasPermission } from '../people/roles';

/**
 * A record of differentiated assistance as far as access cares: the region (county office)
 * that recorded it, the county of its LEA, and the counties the acting user's regions serve.
 */
export interface AssistanceRecordAccess {
  /** The county office (region) that recorded it; null when the state did. */
  regionId: string | null;
  /** The county of the LEA it is for (from the Dashboard rows that decided it). */
  leaCounty: string | null;
  /** Lower-case names of the counties the actor's regions serve (not consulted for the state). */
  countiesActorServes: ReadonlySet<string>;
}

/** Whether the LEA is in a county the actor serves; the state serves every county. */
function servesLeaCounty(actor: Actor, record: AssistanceRecordAccess): boolean {
  if (accessScopeOf(actor).kind === 'state') return true;
  return record.leaCounty !== null && record.countiesActorServes.has(record.leaCounty.toLowerCase());
}

const mayAssist = (actor: Actor, record: AssistanceRecordAccess): boolean =>
  hasPermission(actor.role, 'da.assist') && servesLeaCounty(actor, record);

/**
 * Who may do what with a record of assistance (README: "corrected or removed by the region
 * that made them"). Every DA reader reads every record: the view across counties is the point.
 * A county office records assistance only for LEAs in the counties it serves, and corrects or
 * removes only the records its region made; a record the state made (no region) is the state's
 * alone. For `create`, `regionId` is the region the new record would belong to.
 */
export const daAssistancePolicy = definePolicy<'create' | 'update' | 'delete', AssistanceRecordAccess>({
  read: (actor) => hasPermission(actor.role, 'da.read'),
  create: mayAssist,
  update: (actor, record) => mayAssist(actor, record) && canWriteInRegion(actor, record.regionId ?? ''),
  delete: (actor, record) => mayAssist(actor, record) && canWriteInRegion(actor, record.regionId ?? ''),
});

/**
 * Why `actor` may not take `action` on a record they may read, in words for the person, or
 * undefined when they may: another region's record, or an LEA outside the counties served.
 */
export function assistanceRefusal(
  actor: Actor,
  action: 'create' | 'update' | 'delete',
  record: AssistanceRecordAccess,
): string | undefined {
  if (daAssistancePolicy.can(actor, action, record)) return undefined;
  if (!hasPermission(actor.role, 'da.assist')) return 'Your role does not allow this.';
  if (action !== 'create' && !canWriteInRegion(actor, record.regionId ?? ''))
    return 'This assistance was recorded by another region.';
  return `This LEA is in ${record.leaCounty ?? 'an unknown county'}, outside the counties your region serves.`;
}
