import { canReachRecord, canWriteInRegion, type AccessScope } from '../people/access-scope';
import { definePolicy } from '../people/policy';
import { hasPermission } from '../people/roles';

/** A project as far as access cares: the region of its team. */
export interface ProjectAccess {
  regionId: string;
}

/**
 * Who sees and runs a team's project (IP4.5): report readers who reach the region see it (the
 * state sees every region's); the region's director, I&R manager and data specialist manage it
 * (`improvement.project`), as does the state administrator; recruiters read.
 */
export const projectPolicy = definePolicy<'manage', ProjectAccess>({
  read: (actor, project) =>
    hasPermission(actor.role, 'report.read') &&
    (actor.role === 'state_admin' ||
      actor.role === 'state_consultant' ||
      canReachRecord(actor, { regionId: project.regionId })),
  manage: (actor, project) =>
    hasPermission(actor.role, 'improvement.project') &&
    (actor.role === 'state_admin' || canWriteInRegion(actor, project.regionId)),
});

/**
 * The records a project's run chart counts (IP4.4, IP4.5): its measure for the team's region,
 * for everyone who reads the project — a state consultant too, in a region not assigned to them.
 * A measure is counts by period, never a child's record.
 */
export function projectChartScope(project: ProjectAccess): AccessScope {
  return { kind: 'regions', regionIds: [project.regionId] };
}
