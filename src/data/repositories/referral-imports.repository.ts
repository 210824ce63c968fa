import { birthDatesAlike, likelyMatches, type MatchReason, type NameAndBirthDate } from '../../core/children/likely-matches';
import type { ColumnMapping } from '../../core/recruitment/referral';
import type { Db } from '../db';

/**
 * What the prior-migrant check found for one referral: a child of the list's region (one the
 * list's readers may open) to link it to, with why they look alike; or only the number of
 * another region where Ciclo knows a child who is likely the same.
 */
export type KnownChildMatch = { childId: string; reasons: MatchReason[] } | { otherRegionNumber: number };

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

/**
 * The prior-migrant check of a list imported into `regionId`, in one read of the children born
 * on the referrals' birth dates (day and month swapped too). A likely match in the list's
 * region is linked (its id and reasons); one only elsewhere yields just its region's number.
 *
 * @statewide a referral may be a child known in any region; of another region's child only the
 * region's number leaves this function, never an id, a name or a match reason.
 */
export async function matchReferralsToKnownChildren(
  db: Db,
  regionId: string,
  referrals: readonly NameAndBirthDate[],
): Promise<Array<KnownChildMatch | undefined>> {
  const dates = [...new Set(referrals.flatMap((referral) => birthDatesAlike(referral.birthDate)))];
  if (dates.length === 0) return referrals.map(() => undefined);
  const rows = await db
    .selectFrom('children')
    .innerJoin('regions', 'regions.id', 'children.region_id')
    .where('children.birth_date', 'in', dates)
    .select(['children.id', 'children.first_name', 'children.last_surname', 'children.second_surname', 'children.birth_date', 'children.region_id', 'regions.number as region_number'])
    .execute();
  const byDate = new Map<string, { inRegion: KnownChild[]; elsewhere: KnownChild[] }>();
  for (const row of rows) {
    const lists = byDate.get(row.birth_date) ?? { inRegion: [], elsewhere: [] };
    (row.region_id === regionId ? lists.inRegion : lists.elsewhere).push({
      id: row.id,
      regionNumber: row.region_number,
      firstName: row.first_name,
      lastSurname: row.last_surname,
      secondSurname: row.second_surname,
      birthDate: row.birth_date,
    });
    byDate.set(row.birth_date, lists);
  }
  return referrals.map((referral) => {
    const candidates = birthDatesAlike(referral.birthDate).map((date) => byDate.get(date));
    const [linked] = likelyMatches(referral, candidates.flatMap((lists) => lists?.inRegion ?? []), 1);
    if (linked) return { childId: linked.candidate.id, reasons: linked.reasons };
    const [elsewhere] = likelyMatches(referral, candidates.flatMap((lists) => lists?.elsewhere ?? []), 1);
    return elsewhere && { otherRegionNumber: elsewhere.candidate.regionNumber };
  });
}

/** A child the check compares to a referral (kept inside this module). */
interface KnownChild extends NameAndBirthDate {
  id: string;
  regionNumber: number;
}
