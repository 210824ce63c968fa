import { accessScopeOf, canReachRecord, type Actor } from '../people/access-scope';
import { definePolicy } from '../people/policy';
import { hasPermission } from '../people/roles';

/** A re-interview of a sampled COE as its access rules see it. */
export interface ReinterviewSubject {
  /** Region of the sampled COE. */
  regionId: string;
  reinterviewerId: string | null;
  result: 'confirmed' | 'discrepancy' | null;
}

const isAssignedTo = (actor: Actor, reinterview: ReinterviewSubject): boolean =>
  actor.userId !== null && reinterview.reinterviewerId === actor.userId;

/**
 * Who may see, assign and complete a re-interview (quality control, 34 CFR 200.89(b)(2)).
 * The state manages samples; a re-interviewer sees the re-interviews of their scope and those
 * assigned to them, and records the result of those assigned to them (statewide
 * re-interviewers and the state, any). An assignment changes only while no result is recorded.
 */
export const reinterviewPolicy = definePolicy<'assign' | 'recordResult', ReinterviewSubject>({
  read: (actor, reinterview) =>
    (hasPermission(actor.role, 'qc.manage') || hasPermission(actor.role, 'qc.reinterview')) &&
    (canReachRecord(actor, { regionId: reinterview.regionId }) || isAssignedTo(actor, reinterview)),
  assign: (actor, reinterview) => hasPermission(actor.role, 'qc.manage') && reinterview.result === null,
  recordResult: (actor, reinterview) =>
    hasPermission(actor.role, 'qc.reinterview') &&
    (isAssignedTo(actor, reinterview) || accessScopeOf(actor).kind === 'state'),
});

/**
 * Who may see and draw re-interview samples: the state draws; re-interviewers open a sample to
 * find their re-interviews (the items they see are filtered by `reinterviewPolicy`).
 */
export const reinterviewSamplePolicy = definePolicy<'draw', object>({
  read: (actor) => hasPermission(actor.role, 'qc.manage') || hasPermission(actor.role, 'qc.reinterview'),
  draw: (actor) => hasPermission(actor.role, 'qc.manage'),
});
