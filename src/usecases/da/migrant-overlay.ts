import type { CalendarDate } from '../../core/common/calendar-date';
import type { LeaType } from '../../core/accountability';
import type { Db } from '../../data/db';
import { countEligibleChildrenEnrolledByCdsCode } from '../../data/repositories/da-migrant-overlay.repository';

/** Ciclo's count beside a Dashboard LEA: the district or school it matched, and its eligible migratory children enrolled today. */
export interface MigrantOverlay {
  matchedName: string;
  children: number;
}

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
  const byDistrict = await countEligibleChildrenEnrolledByCdsCode(
    db,
    'districts',
    [...new Set(districtLeas.map((l) => districtCodeOf(l.leaId) as string))],
    today,
  );
  const bySchool = await countEligibleChildrenEnrolledByCdsCode(
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
