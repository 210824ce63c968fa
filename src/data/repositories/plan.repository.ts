import { sql, type Selectable } from 'kysely';
import type {
  PlanContent,
  PlanMpo,
  PlanNeedArea,
  PlanStatus,
  PlanStrategy,
} from '../../core/services/plan-version';
import type { Db } from '../db';
import type { PlanStrategiesTable, PlanVersionsTable } from '../tables';
import { mpoOfRow } from './plan-mpos.repository';

export type DbPlanVersion = Selectable<PlanVersionsTable>;

/** A version as the version list shows it: its row and how much it holds. */
export interface PlanVersionSummaryRow extends DbPlanVersion {
  needAreaCount: number;
  mpoCount: number;
  strategyCount: number;
}

/** Every version, the one in force first, then drafts, then superseded ones newest first. */
export async function listPlanVersionRows(db: Db): Promise<PlanVersionSummaryRow[]> {
  const rows = await db
    .selectFrom('plan_versions as v')
    .selectAll('v')
    .select((eb) => [
      eb
        .selectFrom('plan_need_areas')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('plan_version_id', '=', 'v.id')
        .as('needAreaCount'),
      eb
        .selectFrom('plan_mpos')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('plan_version_id', '=', 'v.id')
        .as('mpoCount'),
      eb
        .selectFrom('plan_strategies')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('plan_version_id', '=', 'v.id')
        .as('strategyCount'),
    ])
    .orderBy(sql`case v.status when 'adopted' then 0 when 'draft' then 1 else 2 end`)
    .orderBy('v.adopted_on', (ob) => ob.desc().nullsLast())
    .orderBy('v.created_at', 'desc')
    .execute();
  return rows.map((row) => ({
    ...row,
    needAreaCount: Number(row.needAreaCount ?? 0),
    mpoCount: Number(row.mpoCount ?? 0),
    strategyCount: Number(row.strategyCount ?? 0),
  }));
}

export async function findPlanVersionRow(db: Db, id: string): Promise<DbPlanVersion | undefined> {
  return db.selectFrom('plan_versions').selectAll().where('id', '=', id).executeTakeFirst();
}

function strategyOfRow(row: Selectable<PlanStrategiesTable>): PlanStrategy {
  return {
    number: row.number,
    needArea: row.need_area,
    textEn: row.text_en,
    textEs: row.text_es,
    implementer: row.implementer,
    epcVerified: row.epc_verified,
  };
}

/** A version's need areas, MPOs and strategies, in the plan's order. */
export async function planContentOf(db: Db, planVersionId: string): Promise<PlanContent> {
  const [areas, mpos, strategies] = await Promise.all([
    db
      .selectFrom('plan_need_areas')
      .selectAll()
      .where('plan_version_id', '=', planVersionId)
      .orderBy('sort_order')
      .orderBy('code')
      .execute(),
    db
      .selectFrom('plan_mpos')
      .selectAll()
      .where('plan_version_id', '=', planVersionId)
      .orderBy('sort_order')
      .orderBy('number')
      .execute(),
    db
      .selectFrom('plan_strategies')
      .selectAll()
      .where('plan_version_id', '=', planVersionId)
      .orderBy('sort_order')
      .orderBy('number')
      .execute(),
  ]);
  return {
    needAreas: areas.map((a): PlanNeedArea => ({ code: a.code, nameEn: a.name_en, nameEs: a.name_es })),
    mpos: mpos.map(
      (row): PlanMpo => ({
        ...mpoOfRow(row),
        statementEn: row.statement_en,
        statementEs: row.statement_es,
        terms: row.terms as PlanMpo['terms'],
      }),
    ),
    strategies: strategies.map(strategyOfRow),
  };
}

/** A new version (a draft unless said otherwise); its id. */
export async function insertPlanVersion(
  db: Db,
  values: {
    name: string;
    notes: string | null;
    demo: boolean;
    status?: PlanStatus;
    adoptedOn?: string | null;
  },
): Promise<string> {
  const row = await db
    .insertInto('plan_versions')
    .values({
      name: values.name,
      notes: values.notes,
      demo: values.demo,
      status: values.status ?? 'draft',
      adopted_on: values.adoptedOn ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Replace a version's need areas, MPOs and strategies with `content`, in its order. */
export async function replacePlanContent(db: Db, planVersionId: string, content: PlanContent): Promise<void> {
  await db.deleteFrom('plan_strategies').where('plan_version_id', '=', planVersionId).execute();
  await db.deleteFrom('plan_mpos').where('plan_version_id', '=', planVersionId).execute();
  await db.deleteFrom('plan_need_areas').where('plan_version_id', '=', planVersionId).execute();
  if (content.needAreas.length > 0)
    await db
      .insertInto('plan_need_areas')
      .values(
        content.needAreas.map((area, index) => ({
          plan_version_id: planVersionId,
          code: area.code,
          name_en: area.nameEn,
          name_es: area.nameEs,
          sort_order: index,
        })),
      )
      .execute();
  if (content.mpos.length > 0)
    await db
      .insertInto('plan_mpos')
      .values(
        content.mpos.map((mpo, index) => ({
          plan_version_id: planVersionId,
          number: mpo.number,
          need_area: mpo.area,
          population: JSON.stringify(mpo.population),
          min_hours: mpo.minHours,
          growth: JSON.stringify(mpo.growth),
          target: mpo.target,
          min_n: mpo.minN,
          statement_en: mpo.statementEn,
          statement_es: mpo.statementEs,
          terms: mpo.terms,
          sort_order: index,
        })),
      )
      .execute();
  if (content.strategies.length > 0)
    await db
      .insertInto('plan_strategies')
      .values(
        content.strategies.map((strategy, index) => ({
          plan_version_id: planVersionId,
          number: strategy.number,
          need_area: strategy.needArea,
          text_en: strategy.textEn,
          text_es: strategy.textEs,
          implementer: strategy.implementer,
          epc_verified: strategy.epcVerified,
          sort_order: index,
        })),
      )
      .execute();
}

/**
 * Change a draft's label at `version` (STYLE §14: the database holds the lock); false when it
 * is no longer a draft at that version.
 */
export async function updatePlanDraftIfVersion(
  db: Db,
  id: string,
  version: number,
  values: { name: string; notes: string | null; demo: boolean },
): Promise<boolean> {
  const result = await db
    .updateTable('plan_versions')
    .set({ ...values, version: sql`version + 1`, updated_at: new Date() })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Serialize adoptions: two drafts adopted at the same moment would each supersede the plan in
 * force and both stay adopted. The lock is the transaction's and ends with it.
 */
export async function lockPlanAdoption(db: Db): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext('ciclo.plan_adoption'))`.execute(db);
}

/** Adopt a draft at `version` on `adoptedOn`; false when it is no longer a draft at that version. */
export async function adoptPlanDraftIfVersion(
  db: Db,
  id: string,
  version: number,
  adoptedOn: string,
): Promise<boolean> {
  const result = await db
    .updateTable('plan_versions')
    .set({ status: 'adopted', adopted_on: adoptedOn, version: sql`version + 1`, updated_at: new Date() })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** The versions adopted now, for the caller to supersede. */
export async function listAdoptedPlanVersions(db: Db): Promise<Array<{ id: string; status: PlanStatus }>> {
  return db.selectFrom('plan_versions').select(['id', 'status']).where('status', '=', 'adopted').execute();
}

/** Mark versions superseded (the plan they were is no longer in force). */
export async function supersedePlanVersions(db: Db, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('plan_versions')
    .set({ status: 'superseded', version: sql`version + 1`, updated_at: new Date() })
    .where('id', 'in', [...ids])
    .where('status', '=', 'adopted')
    .execute();
}

/**
 * A new version with its content, adopted on `adoptedOn` as the plan in force: the versions
 * adopted before are superseded, under the adoption lock. Its id and the ids it superseded.
 */
export async function insertAdoptedPlanVersion(
  trx: Db,
  plan: { name: string; notes: string | null; demo: boolean; adoptedOn: string; content: PlanContent },
): Promise<{ id: string; superseded: string[] }> {
  await lockPlanAdoption(trx);
  const superseded = (await listAdoptedPlanVersions(trx)).map((version) => version.id);
  await supersedePlanVersions(trx, superseded);
  const id = await insertPlanVersion(trx, {
    name: plan.name,
    notes: plan.notes,
    demo: plan.demo,
    status: 'adopted',
    adoptedOn: plan.adoptedOn,
  });
  await replacePlanContent(trx, id, plan.content);
  return { id, superseded };
}

/** Delete a draft with its content; false when it is not a draft (any more). */
export async function deletePlanDraft(db: Db, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('plan_versions')
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}
