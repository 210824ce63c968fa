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
export async function migrantOverlay(db: Db, leas: ReadonlyArray<{ leaId: string; leaType: LeaType }>, today: CalendarDate): Promise<Map<string, MigrantOverlay>> {
  const districtCodeOf = (leaId: string) => (/^\d{14}$/.test(leaId) || /^\d{7}$/.test(leaId) ? leaId.slice(0, 7) : null);
  const districtLeas = leas.filter((l) => l.leaType !== 'charter' && districtCodeOf(l.leaId) !== null);
  const charterLeas = leas.filter((l) => l.leaType === 'charter' && /^\d{14}$/.test(l.leaId));
  const byDistrict = await countByDistrictCode(db, [...new Set(districtLeas.map((l) => districtCodeOf(l.leaId) as string))], today);
  const bySchool = await countBySchoolCode(db, charterLeas.map((l) => l.leaId), today);
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

async function countByDistrictCode(db: Db, codes: readonly string[], today: CalendarDate): Promise<Map<string, MigrantOverlay>> {
  const result = new Map<string, MigrantOverlay>();
  for (const part of chunks(codes)) {
    const districts = await db
      .selectFrom('districts as d')
      .where('d.cds_code', 'in', part)
      .select((eb) => [
        'd.cds_code',
        'd.name',
        eb
          .selectFrom('enrollments as e')
          .whereRef('e.district_id', '=', 'd.id')
          .where('e.enrollment_date', '<=', today)
          .where((w) => w.or([w('e.exit_date', 'is', null), w('e.exit_date', '>=', today)]))
          .where(currentEligibility(today))
          .select((c) => c.fn.count<string>('e.child_id').distinct().as('n'))
          .as('children'),
      ])
      .execute();
    for (const d of districts) result.set(d.cds_code, { matchedName: d.name, children: Number(d.children ?? 0) });
  }
  return result;
}

async function countBySchoolCode(db: Db, codes: readonly string[], today: CalendarDate): Promise<Map<string, MigrantOverlay>> {
  const result = new Map<string, MigrantOverlay>();
  for (const part of chunks(codes)) {
    const schools = await db
      .selectFrom('schools as s')
      .where('s.cds_code', 'in', part)
      .select((eb) => [
        's.cds_code',
        's.name',
        eb
          .selectFrom('enrollments as e')
          .whereRef('e.school_id', '=', 's.id')
          .where('e.enrollment_date', '<=', today)
          .where((w) => w.or([w('e.exit_date', 'is', null), w('e.exit_date', '>=', today)]))
          .where(currentEligibility(today))
          .select((c) => c.fn.count<string>('e.child_id').distinct().as('n'))
          .as('children'),
      ])
      .execute();
    for (const s of schools) result.set(s.cds_code, { matchedName: s.name, children: Number(s.children ?? 0) });
  }
  return result;
}

/** The enrollment's child has a current eligibility: QAD reached, end date not passed. */
function currentEligibility(today: CalendarDate) {
  return sql<boolean>`exists (select 1 from child_eligibilities ce where ce.child_id = e.child_id and ce.qad <= ${today} and (ce.eligibility_end_date is null or ce.eligibility_end_date >= ${today}))`;
}
