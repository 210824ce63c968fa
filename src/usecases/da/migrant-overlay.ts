import { sql } from 'kysely';
import type { CalendarDate } from '../../core/common/calendar-date';
import type { LeaType } from '../../core/accountability';
import type { Db } from '../../data/db';

/** Ciclo's count beside a Dashboard LEA: the district or school it matched, and its eligible migratory children enrolled today. */
export interface MigrantOverlay {
  matchedName: string;
  children: number;
}

const CHUNK = 1_000;

/**
 * Match LEAs to Ciclo's organizations by CDS code — a district or county office by the county
 * and district digits (the first 7 of 14), a charter by its 14-digit school code — and count
 * the children enrolled there today whose migrant eligibility is current. LEAs whose id is not
 * a CDS code Ciclo knows are absent from the result.
 */
export async function migrantOverlay(
  db: Db,
  leas: ReadonlyArray<{ leaId: string; leaType: LeaType }>,
  today: CalendarDate,
): Promise<Map<string, MigrantOverlay>> {
  const districtCodeOf = (leaId: string) =>
    /^\d{14}$/.test(leaId) || /^\d{7}$/.test(leaId) ? leaId.slice(0, 7) : null;
  const districtLeas = leas.filter((l) => l.leaType !== 'charter' && districtCodeOf(l.leaId) !== null);
  const charterLeas = leas.filter((l) => l.leaType === 'charter' && /^\d{14}$/.test(l.leaId));
  const byDistrict = await countByCode(
    db,
    'districts',
    [...new Set(districtLeas.map((l) => districtCodeOf(l.leaId) as string))],
    today,
  );
  const bySchool = await countByCode(
    db,
    'schools',
    charterLeas.map((l) => l.leaId),
    today,
  );
  const overlay = new Map<string, MigrantOverlay>();
  for (const lea of districtLeas) {
    const found = byDistrict.get(districtCodeOf(lea.leaId) as string);
    if (found) overlay.set(lea.leaId, found);
  }
  for (const lea of charterLeas) {
    const found = bySchool.get(lea.leaId);
    if (found) overlay.set(lea.leaId, found);
  }
  return overlay;
}

function chunks<T>(list: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += CHUNK) out.push(list.slice(i, i + CHUNK));
  return out;
}

/** Per CDS code of a district or school: its name and the children with current eligibility enrolled there today. */
async function countByCode(
  db: Db,
  level: 'districts' | 'schools',
  codes: readonly string[],
  today: CalendarDate,
): Promise<Map<string, MigrantOverlay>> {
  const enrolledAt = sql.ref(level === 'districts' ? 'e.district_id' : 'e.school_id');
  const result = new Map<string, MigrantOverlay>();
  for (const part of chunks(codes)) {
    const rows = await sql<{ cds_code: string; name: string; children: number }>`
      select o.cds_code, o.name,
        (select count(distinct e.child_id) from enrollments e
         where ${enrolledAt} = o.id and e.enrollment_date <= ${today} and (e.exit_date is null or e.exit_date >= ${today}) and ${currentEligibility(today)})::int as children
      from ${sql.table(level)} o
      where o.cds_code in (${sql.join(part)})`.execute(db);
    for (const row of rows.rows)
      result.set(row.cds_code, { matchedName: row.name, children: Number(row.children) });
  }
  return result;
}

/** The enrollment's child has a current eligibility: QAD reached, end date not passed. */
function currentEligibility(today: CalendarDate) {
  return sql<boolean>`exists (select 1 from child_eligibilities ce where ce.child_id = e.child_id and ce.qad <= ${today} and (ce.eligibility_end_date is null or ce.eligibility_end_date >= ${today}))`;
}
