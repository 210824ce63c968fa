import { sql } from 'kysely';
import type { CalendarDate } from '../../core/common/calendar-date';
import type { Db } from '../db';

const CHUNK = 1_000;

/**
 * Per CDS code of a district or school: its name and how many children with a current
 * migrant eligibility (QAD reached, end not passed) are enrolled there today. A statewide
 * count on purpose: the differentiated-assistance view compares LEAs across counties, and a
 * count per organization names no child, so it needs no scope.
 * @statewide counts per district or school for the view across counties; no child is named.
 */
export async function countEligibleChildrenEnrolledByCdsCode(
  db: Db,
  level: 'districts' | 'schools',
  codes: readonly string[],
  today: CalendarDate,
): Promise<Map<string, { matchedName: string; children: number }>> {
  const enrolledAt = sql.ref(level === 'districts' ? 'e.district_id' : 'e.school_id');
  const currentEligibility = sql<boolean>`exists (select 1 from child_eligibilities ce where ce.child_id = e.child_id and ce.qad <= ${today} and (ce.eligibility_end_date is null or ce.eligibility_end_date >= ${today}))`;
  const result = new Map<string, { matchedName: string; children: number }>();
  for (let i = 0; i < codes.length; i += CHUNK) {
    const part = codes.slice(i, i + CHUNK);
    const rows = await sql<{ cds_code: string; name: string; children: number }>`
      select o.cds_code, o.name,
        (select count(distinct e.child_id) from enrollments e
         where ${enrolledAt} = o.id and e.enrollment_date <= ${today} and (e.exit_date is null or e.exit_date >= ${today}) and ${currentEligibility})::int as children
      from ${sql.table(level)} o
      where o.cds_code in (${sql.join(part)})`.execute(db);
    for (const row of rows.rows) result.set(row.cds_code, { matchedName: row.name, children: Number(row.children) });
  }
  return result;
}
