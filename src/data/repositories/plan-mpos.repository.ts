import type { GrowthRule, Mpo, MpoPopulation } from '../../core/services/service-records';
import type { Db } from '../db';
import type { PlanMposTable } from '../tables';
import type { Selectable } from 'kysely';

/** A plan version with its MPOs in the plan's order. */
export interface PlanWithMpos {
  id: string;
  name: string;
  demo: boolean;
  mpos: Mpo[];
}

/** A `plan_mpos` row as the core's `Mpo`. */
export function mpoOfRow(row: Selectable<PlanMposTable>): Mpo {
  return {
    number: row.number,
    area: row.need_area,
    population: row.population as MpoPopulation,
    minHours: row.min_hours,
    growth: row.growth as GrowthRule,
    target: row.target,
    minN: row.min_n,
  };
}

/** The MPOs of one plan version, in the plan's order. */
export async function mposOfPlanVersion(db: Db, planVersionId: string): Promise<Mpo[]> {
  const rows = await db
    .selectFrom('plan_mpos')
    .selectAll()
    .where('plan_version_id', '=', planVersionId)
    .orderBy('sort_order')
    .orderBy('number')
    .execute();
  return rows.map(mpoOfRow);
}

/** The plan version in force (the one adopted last), or undefined before any is adopted. */
export async function findAdoptedPlan(db: Db): Promise<PlanWithMpos | undefined> {
  const version = await db
    .selectFrom('plan_versions')
    .select(['id', 'name', 'demo'])
    .where('status', '=', 'adopted')
    .orderBy('adopted_on', 'desc')
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  if (!version) return undefined;
  return { ...version, mpos: await mposOfPlanVersion(db, version.id) };
}
