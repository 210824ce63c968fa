import { sql } from 'kysely';
import { birthDatesAlike, likelyMatches } from '../../core/children/likely-matches';
import type { CalendarDate } from '../../core/common/calendar-date';
import { DomainError } from '../../core/common/domain-error';
import { canWriteInRegion } from '../../core/people/access-scope';
import { hasPermission } from '../../core/people/roles';
import { prioritize, type RuleSet } from '../../core/recruitment/prioritization';
import {
  isPriorMigrant,
  mappingProblems,
  readReferralRows,
  referralReceivedOn,
  referralKey,
  suggestMapping,
  type ColumnMapping,
  type ReferralFacts,
  type SkippedRow,
} from '../../core/recruitment/referral';
import type { Db } from '../../data/db';
import { recordAudit } from '../../data/repositories/audit.repository';
import type { UseCaseContext } from '../context';
import { spreadsheetRows } from './read-spreadsheet';
import { ruleSetOfRegion } from './region-rule-sets';

export interface ReferralFile {
  districtId: string;
  fileName: string;
  content: string;
  encoding: 'text' | 'base64';
}

export interface ReferralFilePreview {
  header: string[];
  sample: string[][];
  rowCount: number;
  mapping: ColumnMapping;
  /** The mapping was saved for this district by an earlier import. */
  isSavedMapping: boolean;
}

export interface ReferralImportSummary {
  rows: number;
  added: number;
  alreadyListed: number;
  priorMigrants: number;
  skippedCount: number;
  /** The first skipped rows with line, column and why. */
  skipped: SkippedRow[];
}

const SKIPPED_LISTED = 200;
const BATCH = 5_000;

async function districtInScope(ctx: UseCaseContext, districtId: string) {
  if (!hasPermission(ctx.actor.role, 'referral.import'))
    throw new DomainError('forbidden', 'Your role cannot import referral lists.');
  const district = await ctx.db
    .selectFrom('districts')
    .select(['id', 'region_id', 'name'])
    .where('id', '=', districtId)
    .executeTakeFirst();
  if (!district || !canWriteInRegion(ctx.actor, district.region_id))
    throw DomainError.invalidField('districtId', 'no such district in your region');
  return district;
}

async function savedMapping(db: Db, districtId: string): Promise<ColumnMapping | null> {
  const row = await db
    .selectFrom('referral_column_mappings')
    .select('mapping')
    .where('district_id', '=', districtId)
    .executeTakeFirst();
  return (row?.mapping as ColumnMapping | undefined) ?? null;
}

/** The mapping step: the file's header and first rows, with the district's saved mapping or a guess. */
export async function previewReferralFile(
  ctx: UseCaseContext,
  file: ReferralFile,
): Promise<ReferralFilePreview> {
  await districtInScope(ctx, file.districtId);
  const rows = await spreadsheetRows(file.fileName, file.content, file.encoding);
  const header = (rows[0] ?? []).map((cell) => cell.trim());
  if (header.every((cell) => cell === ''))
    throw DomainError.invalidField('content', `${file.fileName} has no header row`);
  const saved = await savedMapping(ctx.db, file.districtId);
  const usable = saved && mappingProblems(saved, header).length === 0 ? saved : null;
  return {
    header,
    sample: rows.slice(1, 6),
    rowCount: Math.max(0, rows.length - 1),
    mapping: usable ?? suggestMapping(header),
    isSavedMapping: usable !== null,
  };
}

/**
 * Import a district's list: read it through the mapping (the district's saved one unless
 * another is given; a given mapping is saved for next time), recognize children Ciclo already
 * knows (a prior migrant), rank each referral by the region's rules, and add the referrals
 * not already listed. Bad rows are skipped and named. One transaction, one audit event.
 */
export async function importReferrals(
  ctx: UseCaseContext,
  file: ReferralFile & { mapping?: ColumnMapping | undefined },
  today: CalendarDate,
  onProgress?: (done: number, total: number) => void,
): Promise<ReferralImportSummary> {
  const district = await districtInScope(ctx, file.districtId);
  const rows = await spreadsheetRows(file.fileName, file.content, file.encoding);
  const header = (rows[0] ?? []).map((cell) => cell.trim());
  const mapping = file.mapping ?? (await savedMapping(ctx.db, file.districtId)) ?? suggestMapping(header);
  const problems = mappingProblems(mapping, header);
  if (problems.length > 0)
    throw new DomainError(
      'invalid_input',
      `mapping: ${problems.join('; ')}`,
      problems.map((message) => ({ field: 'mapping', message })),
    );
  const { referrals, skipped } = readReferralRows([header, ...rows.slice(1)], mapping);
  const ruleSet = await ruleSetOfRegion(ctx.db, district.region_id);

  return ctx.db.transaction().execute(async (trx) => {
    const summary: ReferralImportSummary = {
      rows: referrals.length + skipped.length,
      added: 0,
      alreadyListed: 0,
      priorMigrants: 0,
      skippedCount: skipped.length,
      skipped: skipped.slice(0, SKIPPED_LISTED),
    };
    const importRow = await trx
      .insertInto('referral_imports')
      .values({
        region_id: district.region_id,
        district_id: district.id,
        file_name: file.fileName,
        rows: summary.rows,
        added: 0,
        already_listed: 0,
        skipped: JSON.stringify(summary.skipped),
        imported_by: ctx.actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // A child listed twice in the same file counts once.
    const seen = new Set<string>();
    const firsts = referrals.filter((referral) => {
      const key = referralKey(referral);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    for (let start = 0; start < firsts.length; start += BATCH) {
      const batch = firsts.slice(start, start + BATCH);
      const rowsToAdd = await referralRows(trx, batch, {
        regionId: district.region_id,
        districtId: district.id,
        importId: importRow.id,
        ruleSet,
        today,
      });
      summary.priorMigrants += rowsToAdd.filter((row) => row.matched_child_id !== null).length;
      const inserted = await sql<{ id: string }>`
        insert into referrals (region_id, district_id, import_id, referral_key, first_name, middle_name, last_surname, second_surname, birth_date, district_enter_date, school_enter_date, school_name, grade, hispanic, prior_migrant, home_language, guardian_name, phone, address, local_student_id, matched_child_id, match_reasons, priority, priority_reasons, received_on)
        select region_id, district_id, import_id, referral_key, first_name, middle_name, last_surname, second_surname, birth_date, district_enter_date, school_enter_date, school_name, grade, hispanic, prior_migrant, home_language, guardian_name, phone, address, local_student_id, matched_child_id, match_reasons, priority, priority_reasons, received_on
        from json_populate_recordset(null::referrals, ${JSON.stringify(rowsToAdd)}::json)
        on conflict (district_id, referral_key) do nothing
        returning id`.execute(trx);
      summary.added += inserted.rows.length;
      onProgress?.(Math.min(firsts.length, start + BATCH), firsts.length);
    }
    summary.alreadyListed = referrals.length - summary.added;
    await trx
      .updateTable('referral_imports')
      .set({ added: summary.added, already_listed: summary.alreadyListed })
      .where('id', '=', importRow.id)
      .execute();
    if (file.mapping) {
      await trx
        .insertInto('referral_column_mappings')
        .values({
          district_id: district.id,
          mapping: JSON.stringify(file.mapping),
          updated_by: ctx.actor.userId,
        })
        .onConflict((oc) =>
          oc.column('district_id').doUpdateSet({
            mapping: JSON.stringify(file.mapping),
            updated_by: ctx.actor.userId,
            updated_at: new Date(),
          }),
        )
        .execute();
    }
    await recordAudit(trx, ctx.actor, {
      action: 'create',
      entityType: 'referral_import',
      entityId: importRow.id,
      regionId: district.region_id,
      after: { fileName: file.fileName, district: district.name, ...summary, skipped: undefined },
    });
    return summary;
  });
}

/** Rows for the referrals table: each matched against known children and ranked by the rules. */
async function referralRows(
  trx: Db,
  referrals: ReadonlyArray<ReferralFacts>,
  context: { regionId: string; districtId: string; importId: string; ruleSet: RuleSet; today: CalendarDate },
) {
  const dates = [...new Set(referrals.flatMap((referral) => birthDatesAlike(referral.birthDate)))];
  const known =
    dates.length === 0
      ? []
      : await trx
          .selectFrom('children')
          .select(['id', 'first_name', 'last_surname', 'second_surname', 'birth_date'])
          .where('birth_date', 'in', dates)
          .execute();
  const byDate = new Map<
    string,
    Array<{
      id: string;
      firstName: string;
      lastSurname: string;
      secondSurname: string | null;
      birthDate: string;
    }>
  >();
  for (const child of known) {
    const list = byDate.get(child.birth_date) ?? [];
    list.push({
      id: child.id,
      firstName: child.first_name,
      lastSurname: child.last_surname,
      secondSurname: child.second_surname,
      birthDate: child.birth_date,
    });
    byDate.set(child.birth_date, list);
  }
  return referrals.map((referral) => {
    const candidates = birthDatesAlike(referral.birthDate).flatMap((date) => byDate.get(date) ?? []);
    const [best] = likelyMatches(referral, candidates, 1);
    const priorMigrant = isPriorMigrant(referral.priorMigrant, best !== undefined);
    const ranking = prioritize({ ...referral, priorMigrant }, context.ruleSet, context.today);
    return {
      region_id: context.regionId,
      district_id: context.districtId,
      import_id: context.importId,
      referral_key: referralKey(referral),
      first_name: referral.firstName,
      middle_name: referral.middleName,
      last_surname: referral.lastSurname,
      second_surname: referral.secondSurname,
      birth_date: referral.birthDate,
      district_enter_date: referral.districtEnterDate,
      school_enter_date: referral.schoolEnterDate,
      school_name: referral.schoolName,
      grade: referral.grade,
      hispanic: referral.hispanic,
      prior_migrant: priorMigrant,
      home_language: referral.homeLanguage,
      guardian_name: referral.guardianName,
      phone: referral.phone,
      address: referral.address,
      local_student_id: referral.localStudentId,
      matched_child_id: best?.candidate.id ?? null,
      match_reasons: best?.reasons ?? [],
      priority: ranking.priority,
      priority_reasons: ranking.reasons,
      received_on: referralReceivedOn(referral, context.today),
    };
  });
}
