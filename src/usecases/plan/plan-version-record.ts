import type { Actor } from '../../core/people/access-scope';
import { planPolicy } from '../../core/services/plan.policy';
import type { PlanContent, PlanStatus } from '../../core/services/plan-version';
import type { Db } from '../../data/db';
import { planContentOf, type DbPlanVersion } from '../../data/repositories/plan.repository';

/** A version of the plan as the API answers it: its label, its content and what the actor may do with it. */
export interface PlanVersionRecord extends PlanContent {
  id: string;
  name: string;
  status: PlanStatus;
  adoptedOn: string | null;
  demo: boolean;
  notes: string | null;
  version: number;
  updatedAt: string;
  abilities: ReturnType<typeof planPolicy.abilitiesOf>;
}

/** The label of a version, as the audit log and the version list keep it. */
export function planVersionLabelOf(row: DbPlanVersion) {
  return {
    name: row.name,
    status: row.status,
    adoptedOn: row.adopted_on,
    demo: row.demo,
    notes: row.notes,
    version: row.version,
  };
}

/** A stored version with its content, for `actor`. */
export async function presentPlanVersion(
  db: Db,
  actor: Actor,
  row: DbPlanVersion,
): Promise<PlanVersionRecord> {
  return {
    id: row.id,
    ...planVersionLabelOf(row),
    updatedAt: row.updated_at.toISOString(),
    ...(await planContentOf(db, row.id)),
    abilities: planPolicy.abilitiesOf(actor, { status: row.status }),
  };
}
