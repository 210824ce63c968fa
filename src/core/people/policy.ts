import { DomainError } from '../common/domain-error';
import type { Actor } from './access-scope';
import { hasPermission } from './roles';

/**
 * An entity's access policy (STYLE §7): one pure rule per action, of the actor and the
 * record. Every entity has one policy file (`<entity>.policy.ts` beside its rules in
 * src/core), used by the use cases to decide and by the replies to list the abilities the
 * web app shows, so that no rule is written twice. Every policy has a `read` action: a
 * record the actor may not read answers `not_found`, the same as one that does not exist.
 */
export interface Policy<Action extends string, Subject> {
  /** Whether `actor` may take `action` on `record`. */
  can(actor: Actor, action: Action | 'read', record: Subject): boolean;
  /** Every action's answer for one record, as a reply's `abilities`. */
  abilitiesOf(actor: Actor, record: Subject): Record<Action | 'read', boolean>;
}

/** A policy from one rule per action; `read` is required. */
export function definePolicy<Action extends string, Subject>(
  rules: Record<Action | 'read', (actor: Actor, record: Subject) => boolean>,
): Policy<Action, Subject> {
  const actions = Object.keys(rules) as Array<Action | 'read'>;
  return {
    can: (actor, action, record) => rules[action](actor, record),
    abilitiesOf: (actor, record) =>
      Object.fromEntries(actions.map((action) => [action, rules[action](actor, record)])) as Record<
        Action | 'read',
        boolean
      >,
  };
}

/**
 * Assert that `actor` may take `action` on `record`: a record they may not read is
 * `not_found` (outsiders cannot tell absent from forbidden); one they may read but not
 * change is `forbidden`. `notFound` is the message for an absent record.
 */
export function authorize<Action extends string, Subject>(
  policy: Policy<Action, Subject>,
  actor: Actor,
  action: Action | 'read',
  record: Subject | undefined,
  notFound: string,
): asserts record is Subject {
  if (record === undefined || !policy.can(actor, 'read', record))
    throw new DomainError('not_found', notFound);
  if (!policy.can(actor, action, record))
    throw new DomainError('forbidden', 'Your role does not allow this.');
}

/** Assert the actor's role holds `permission` (for intents that start with no record). */
export function requireRolePermission(actor: Actor, permission: Parameters<typeof hasPermission>[1]): void {
  if (!hasPermission(actor.role, permission))
    throw new DomainError('forbidden', 'Your role does not allow this.');
}
