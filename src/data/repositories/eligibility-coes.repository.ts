import { sql } from 'kysely';
import type { CoeOfChild } from '../../core/eligibility/chosen-qualifying-move';
import type { Db } from '../db';

/** A child's eligibility with what its COE says of it, as the exchanges with other systems read it. */
export interface EligibilityWithCoe {
  childId: string;
  qad: string;
  eligibilityEndDate: string | null;
  endReason: string | null;
  residencyDate: string | null;
  /** The COE's interview and determination (validated when saved); null without a COE. */
  coe: CoeOfChild | null;
}

/** At most this many ids in one `in (…)` list. */
const SLICE = 5_000;

type EligibilityQuery = ReturnType<typeof eligibilityRows>;

/**
 * The eligibilities, without their COE's JSON, before the filter that scopes them: each COE is
 * read once by `coesOf`, since sorting its JSON with each of its children's rows spilled to disk
 * (107 MB at 100,000 demo children).
 * @scopedBy its two callers add the filter: children the caller loaded in scope, or an authorized region
 */
function eligibilityRows(db: Db) {
  return db
    .selectFrom('child_eligibilities as e')
    .innerJoin('children as c', 'c.id', 'e.child_id')
    .leftJoin('coe_children as cc', (join) =>
      join.onRef('cc.coe_id', '=', 'e.coe_id').onRef('cc.child_id', '=', 'e.child_id'),
    )
    .select(['e.child_id', 'e.qad', 'e.eligibility_end_date', 'e.end_reason', 'e.coe_id', 'cc.interview_child_id'])
    .orderBy('e.child_id')
    .orderBy('e.qad');
}

interface CoeRow {
  residencyDate: string | null;
  interview: CoeOfChild['interview'] | null;
  determination: CoeOfChild['determination'] | null;
}

/** The COEs of the eligibilities `scoped` keeps, by id. @scopedBy the eligibilities the caller scoped */
async function coesOf(db: Db, scoped: EligibilityQuery): Promise<Map<string, CoeRow>> {
  const rows = await db
    .selectFrom('coes')
    .select([
      'coes.id',
      'coes.residency_date',
      // Only what says which move qualified: whole interviews and determinations are many times larger.
      sql<CoeOfChild['interview'] | null>`case when coes.interview is not null then
        jsonb_build_object('moves', coes.interview -> 'moves', 'state', coes.interview -> 'state') end`.as('interview'),
      sql<CoeOfChild['determination'] | null>`case when coes.determination is not null then
        jsonb_build_object('children', (
          select jsonb_agg(jsonb_build_object('child', d -> 'child', 'qualifyingMove', d -> 'qualifyingMove'))
          from jsonb_array_elements(coes.determination -> 'children') d)) end`.as('determination'),
    ])
    .where('coes.id', 'in', scoped.clearSelect().clearOrderBy().select('e.coe_id').where('e.coe_id', 'is not', null))
    .execute();
  return new Map(
    rows.map((row) => [
      row.id,
      { residencyDate: row.residency_date, interview: row.interview, determination: row.determination },
    ]),
  );
}

/** The eligibilities `scoped` keeps, each with its COE. */
async function withCoes(db: Db, scoped: EligibilityQuery): Promise<EligibilityWithCoe[]> {
  const [rows, coes] = await Promise.all([scoped.execute(), coesOf(db, scoped)]);
  return rows.map((row) => {
    const coe = row.coe_id === null ? undefined : coes.get(row.coe_id);
    return {
      childId: row.child_id,
      qad: row.qad,
      eligibilityEndDate: row.eligibility_end_date,
      endReason: row.end_reason,
      residencyDate: coe?.residencyDate ?? null,
      coe:
        coe?.interview && coe.determination && row.interview_child_id !== null
          ? { interview: coe.interview, determination: coe.determination, interviewChildId: row.interview_child_id }
          : null,
    };
  });
}

/**
 * Every eligibility of the given children, oldest first.
 * @scopedBy the children given, which the caller loaded through a scoped read
 */
export async function eligibilitiesWithCoesOfChildren(
  db: Db,
  childIds: readonly string[],
): Promise<EligibilityWithCoe[]> {
  const result: EligibilityWithCoe[] = [];
  for (let i = 0; i < childIds.length; i += SLICE)
    result.push(...(await withCoes(db, eligibilityRows(db).where('e.child_id', 'in', childIds.slice(i, i + SLICE)))));
  return result;
}

/**
 * Every eligibility of the children of one region, or of the state when `regionId` is null.
 * @scopedBy the region the caller authorized (null: the state, for state roles only)
 */
export async function eligibilitiesWithCoesInRegion(
  db: Db,
  regionId: string | null,
): Promise<EligibilityWithCoe[]> {
  const query = eligibilityRows(db);
  return withCoes(db, regionId === null ? query : query.where('c.region_id', '=', regionId));
}
