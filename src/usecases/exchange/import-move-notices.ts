import type { CalendarDate } from '../../core/common/calendar-date';
import { DomainError } from '../../core/common/domain-error';
import { CALIFORNIA_SETTINGS } from '../../core/common/state-settings';
import {
  readMoveNoticeFile,
  taskChild,
  type MoveNotice,
  type SkippedNoticeRow,
} from '../../core/exchange/move-notice';
import { accessScopeOf } from '../../core/people/access-scope';
import type { ReferralFacts } from '../../core/recruitment/referral';
import type { RuleSet } from '../../core/recruitment/prioritization';
import type { Db } from '../../data/db';
import { recordAudits, type AuditChange } from '../../data/repositories/audit.repository';
import { findDistrictById } from '../../data/repositories/districts.repository';
import {
  districtReferralKey,
  districtsOfDestinations,
  findReferralIdsByKeyInScope,
  importedNoticeIds,
  insertMoveNotices,
  type DestinationDistrict,
} from '../../data/repositories/msix-move-notices.repository';
import { insertNewReferrals, type NewReferralRow } from '../../data/repositories/referrals.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { referralRows } from '../referrals/referral-rows';
import { ruleSetOfRegion } from '../referrals/region-rule-sets';
import { moveNoticeRegion } from './move-notice-region';

export interface MoveNoticeImportSummary {
  /** Rows of the file read (a notice of several children has several). */
  rows: number;
  notices: number;
  imported: number;
  /** Notices imported before (by MSIX's notice id), not imported again. */
  duplicates: number;
  skippedCount: number;
  /** The first rows with problems: line, column and why. */
  skipped: SkippedNoticeRow[];
}

const SKIPPED_LISTED = 200;
/** Notices written per statement (a notice takes 14 parameters; PostgreSQL allows 65,535). */
const BATCH = 1_000;

/** X10.3: the family's task as a referral: named after the eldest child, the family's contact. */
function referralFactsOf(notice: MoveNotice): ReferralFacts {
  const child = taskChild(notice);
  const to = [notice.to.city, `${notice.to.state}${notice.to.zip ? ` ${notice.to.zip}` : ''}`].join(', ');
  return {
    firstName: child.firstName,
    middleName: child.middleName,
    lastSurname: child.lastName1,
    secondSurname: child.lastName2,
    birthDate: child.birthDate,
    districtEnterDate: null,
    schoolEnterDate: null,
    schoolName: null,
    grade: null,
    hispanic: null,
    // a child MSIX holds was found eligible in another state
    priorMigrant: true,
    homeLanguage: null,
    guardianName: notice.parents.join(' / ') || null,
    phone: notice.phone,
    address: notice.address ?? to,
    localStudentId: null,
    datesSame: null,
  };
}

/** A notice not imported before, and the district whose queue it goes to. */
interface PlacedNotice {
  notice: MoveNotice;
  district: DestinationDistrict;
}

/**
 * X10.1–X10.3: import a file of MSIX move notices into a region's contact queue (the state
 * administrator without a region: into the region of each destination): each family's notice
 * becomes a referral (its task) in the district of its destination city or ZIP code, else in the
 * district the importer chose; a notice imported before is not imported again; bad rows
 * are skipped and named. One transaction, a few queries for each batch of notices (none per
 * notice), `onProgress` told the notices done after each; each notice and each new referral
 * audited.
 */
export async function importMoveNotices(
  ctx: UseCaseContext,
  file: {
    fileName: string;
    content: Uint8Array;
    regionId?: string | undefined;
    districtId?: string | undefined;
  },
  today: CalendarDate,
  onProgress?: (done: number, total: number) => void,
): Promise<MoveNoticeImportSummary> {
  requirePermission(ctx, 'referral.import');
  const scope = accessScopeOf(ctx.actor);
  // The state administrator without a region: each notice to the region of its destination.
  const regionId =
    file.regionId === undefined && scope.kind === 'state' ? null : await moveNoticeRegion(ctx, file.regionId);
  let fallback: DestinationDistrict | null = null;
  if (file.districtId) {
    const district = await findDistrictById(ctx.db, file.districtId);
    if (!district || (regionId !== null && district.region_id !== regionId))
      throw DomainError.invalidField('districtId', 'no such district in your region');
    fallback = { id: district.id, name: district.name, regionId: district.region_id };
  }
  const text = new TextDecoder('utf-8').decode(file.content);
  const { notices, skipped } = readMoveNoticeFile(file.fileName, text, CALIFORNIA_SETTINGS.stateCode);
  const rows = notices.reduce((sum, notice) => sum + notice.children.length, 0) + skipped.length;

  return ctx.db.transaction().execute(async (trx) => {
    const before = await importedNoticeIds(
      trx,
      notices.map((notice) => notice.noticeId),
    );
    const fresh = notices.filter((notice) => !before.has(notice.noticeId));
    const districts = await districtsOfDestinations(
      trx,
      regionId,
      fresh.map((notice) => notice.to),
    );
    const placed: PlacedNotice[] = [];
    fresh.forEach((notice, i) => {
      const district = districts[i] ?? fallback;
      if (district) placed.push({ notice, district });
      else
        skipped.push({
          line: notice.line,
          column: notice.to.zip ? 'To ZIP' : 'To City',
          message:
            'no school of the region is in this city or ZIP code: choose the district for such notices',
        });
    });
    const ruleSets = new Map<string, RuleSet>();
    let imported = 0;
    for (let start = 0; start < placed.length; start += BATCH) {
      imported += await importPlacedNotices(trx, ctx, placed.slice(start, start + BATCH), {
        fileName: file.fileName,
        ruleSets,
        today,
      });
      onProgress?.(Math.min(placed.length, start + BATCH), placed.length);
    }
    skipped.sort((a, b) => a.line - b.line);
    return {
      rows,
      notices: notices.length,
      imported,
      // imported before, or meanwhile by another import
      duplicates: notices.length - fresh.length + (placed.length - imported),
      skippedCount: skipped.length,
      skipped: skipped.slice(0, SKIPPED_LISTED),
    };
  });
}

/**
 * One batch of placed notices: their tasks (a referral per family, ranked by its region's rules;
 * a child already in the district's queue keeps their referral), the notices and their audit
 * rows. Returns how many notices were imported (one imported meanwhile is not).
 */
async function importPlacedNotices(
  trx: Db,
  ctx: UseCaseContext,
  batch: readonly PlacedNotice[],
  options: { fileName: string; ruleSets: Map<string, RuleSet>; today: CalendarDate },
): Promise<number> {
  const facts = batch.map(({ notice }) => referralFactsOf(notice));
  const referralRowsOf: NewReferralRow[] = new Array(batch.length);
  for (const [districtId, indexes] of groupIndexes(batch, ({ district }) => district.id)) {
    const { regionId } = batch[indexes[0]!]!.district;
    if (!options.ruleSets.has(regionId)) options.ruleSets.set(regionId, await ruleSetOfRegion(trx, regionId));
    const { rows } = await referralRows(
      trx,
      indexes.map((i) => facts[i]!),
      {
        regionId,
        districtId,
        source: 'msix-move-notice',
        importId: null,
        schoolContactId: null,
        enteredBy: ctx.actor.userId,
        ruleSet: options.ruleSets.get(regionId)!,
        today: options.today,
      },
    );
    indexes.forEach((i, j) => (referralRowsOf[i] = rows[j]!));
  }
  const added = new Set(await insertNewReferrals(trx, referralRowsOf));
  const referralIds = await findReferralIdsByKeyInScope(
    trx,
    accessScopeOf(ctx.actor),
    referralRowsOf.map((row) => ({ districtId: row.district_id, referralKey: row.referral_key })),
  );
  const referralIdOf = (i: number) => {
    const row = referralRowsOf[i]!;
    const id = referralIds.get(districtReferralKey(row.district_id, row.referral_key));
    if (!id) throw new Error('a move notice’s referral was neither added nor found');
    return id;
  };
  const noticeIds = await insertMoveNotices(
    trx,
    batch.map(({ notice, district }, i) => ({
      notice_id: notice.noticeId,
      region_id: district.regionId,
      referral_id: referralIdOf(i),
      notice_date: notice.noticeDate,
      sending_state: notice.from.state,
      from_city: notice.from.city,
      to_city: notice.to.city,
      to_state: notice.to.state,
      to_county: notice.to.county,
      to_zip: notice.to.zip,
      expected_arrival: notice.expectedArrival,
      children: notice.children,
      family: {
        parents: notice.parents,
        phone: notice.phone,
        address: notice.address,
        sender: notice.sender,
        comments: notice.comments,
      },
      imported_by: ctx.actor.userId,
    })),
  );
  const audits: AuditChange[] = [];
  const auditedReferrals = new Set<string>();
  batch.forEach(({ notice, district }, i) => {
    const referralId = referralIdOf(i);
    const row = referralRowsOf[i]!;
    if (added.has(referralId) && !auditedReferrals.has(referralId)) {
      auditedReferrals.add(referralId);
      audits.push({
        action: 'create',
        entityType: 'referral',
        entityId: referralId,
        regionId: district.regionId,
        childId: row.matched_child_id,
        after: { ...facts[i], source: 'msix-move-notice', district: district.name, priority: row.priority },
      });
    }
    const id = noticeIds.get(notice.noticeId);
    if (id)
      audits.push({
        action: 'create',
        entityType: 'msix_move_notice',
        entityId: id,
        regionId: district.regionId,
        after: {
          noticeId: notice.noticeId,
          noticeDate: notice.noticeDate,
          referralId,
          district: district.name,
          children: notice.children.map((child) => child.msixId),
          from: notice.from,
          to: notice.to,
          fileName: options.fileName,
        },
      });
  });
  await recordAudits(trx, ctx.actor, audits);
  return noticeIds.size;
}

/** The indexes of `items` grouped by a key, in the order each key first appears. */
function groupIndexes<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  items.forEach((item, i) => {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  });
  return groups;
}
