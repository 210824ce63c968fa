import { definePolicy } from '../people/policy';
import { hasPermission } from '../people/roles';

/** A record of the network (a cohort, a team, a meeting, a training) as far as access cares. */
export interface NetworkRecordAccess {
  /** The region of a team, of its coaching call, or of a region's training; null for the network's. */
  regionId: string | null;
}

/**
 * Who sees and runs the network (IP3.5): every report reader sees the cohorts, teams, meetings
 * and trainings (they hold no child's record); the state (administrators and consultants, with
 * `improvement.network`) runs them.
 */
export const networkPolicy = definePolicy<'manage', NetworkRecordAccess>({
  read: (actor) => hasPermission(actor.role, 'report.read'),
  manage: (actor) => hasPermission(actor.role, 'improvement.network'),
});
