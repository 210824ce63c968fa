import type { Db } from '../data/db';
import type { Actor } from '../core/people/access-scope';

/** What every use case is given: the database and who is acting. */
export interface UseCaseContext {
  db: Db;
  actor: Actor;
}

/** The actor of command-line work: a state administrator named `cli` in the audit log. */
export const CLI_ACTOR: Actor = {
  userId: null,
  role: 'state_admin',
  regionId: null,
  districtId: null,
  assignedRegionIds: [],
  label: 'cli',
};
