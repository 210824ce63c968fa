import { birthDatesAlike, likelyMatches, type NameAndBirthDate } from '../../core/children/likely-matches';
import type { AccessScope } from '../../core/people/access-scope';
import type { ColumnMapping } from '../../core/recruitment/referral';
import type { Db } from '../db';
import { childrenInScope } from './scope-filter';

/** A known child as the prior-migrant check compares it to a referral. */
export interface KnownChild {
  id: string;
  firstName: string;
  lastSurname: string;
  secondSurname: string | null;
  birthDate: string;
}

/** The district's saved column mapping, or null. */
export async function findColumnMapping(db: Db, districtId: string): Promise<ColumnMapping | null> {
  const row = await db.selectFrom('referral_column_mappings').select('mapping').where('district_id', '=', districtId).executeTakeFirst();
  return (row?.mapping as ColumnMapping | undefined) ?? null;
}

/** Save (or replace) the district's column mapping. */
export async function saveColumnMapping(db: Db, districtId: string, mapping: ColumnMapping, userId: string | null): Promise<void> {
  await db
    .insertInto('referral_column_mappings')
    .values({ district_id: districtId, mapping: JSON.stringify(mapping), updated_by: userId })
    .onConflict((oc) => oc.column('district_id').doUpdateSet({ mapping: JSON.stringify(mapping), updated_by: userId, updated_at: new Date() }))
    .execute();
}

/** Start an import's record; its counts are set by `updateReferralImportCounts` at the end. */
export async function insertReferralImport(
  db: Db,
  values: { regionId: string; districtId: string; fileName: string; rows: number; skipped: unknown; importedBy: string | null },
): Promise<string> {
  const row = await db
    .insertInto('referral_imports')
    .values({
      region_id: values.regionId,
      district_id: values.districtId,
      file_name: values.fileName,
      rows: values.rows,
      added: 0,
      already_listed: 0,
      skipped: JSON.stringify(values.skipped),
      imported_by: values.importedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateReferralImportCounts(db: Db, id: string, counts: { added: number; alreadyListed: number }): Promise<void> {
  await db.updateTable('referral_imports').set({ added: counts.added, already_listed: counts.alreadyListed }).where('id', '=', id).execute();
}

/** Children in scope born on one of `birthDates` (the candidates a referral may be linked to). */
export async function listChildrenInScopeBornOn(db: Db, scope: AccessScope, birthDates: readonly string[]): Promise<KnownChild[]> {
  if (birthDates.length === 0) return [];
  const rows = await db
    .selectFrom('children')
    .where((eb) => childrenInScope(eb, scope))
    .where('children.birth_date', 'in', [...birthDates])
    .select(['children.id', 'children.first_name', 'children.last_surname', 'children.second_surname', 'children.birth_date'])
    .execute();
  return rows.map((row) => ({ id: row.id, firstName: row.first_name, lastSurname: row.last_surname, secondSurname: row.second_surname, birthDate: row.birth_date }));
}

/**
 * The statewide prior-migrant check: for each referral, the number of the region where Ciclo
 * knows a child who is likely the same (or null). It reads children the importer may not
 * open, so it answers only the region number, never a record id, a name or a match reason.
 *
 * @statewide a referral may be a child known in any region; only the region's number leaves.
 */
export async function priorMigrantRegionNumbers(db: Db, referrals: readonly NameAndBirthDate[]): Promise<Array<number | null>> {
  const dates = [...new Set(referrals.flatMap((referral) => birthDatesAlike(referral.birthDate)))];
  if (dates.length === 0) return referrals.map(() => null);
  const rows = await db
    .selectFrom('children')
    .innerJoin('regions', 'regions.id', 'children.region_id')
    .where('children.birth_date', 'in', dates)
    .select(['children.first_name', 'children.last_surname', 'children.second_surname', 'children.birth_date', 'regions.number as region_number'])
    .execute();
  const byDate = new Map<string, Array<NameAndBirthDate & { regionNumber: number }>>();
  for (const row of rows) {
    const list = byDate.get(row.birth_date) ?? [];
    list.push({ firstName: row.first_name, lastSurname: row.last_surname, secondSurname: row.second_surname, birthDate: row.birth_date, regionNumber: row.region_number });
    byDate.set(row.birth_date, list);
  }
  return referrals.map((referral) => {
    const candidates = birthDatesAlike(referral.birthDate).flatMap((date) => byDate.get(date) ?? []);
    return likelyMatches(referral, candidates, 1)[0]?.candidate.regionNumber ?? null;
  });
}
