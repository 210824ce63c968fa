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
import { recordAudit } from '../../data/repositories/audit.repository';
import { findDistrictById } from '../../data/repositories/districts.repository';
import {
  districtOfDestination,
  findReferralIdByKeyInScope,
  importedNoticeIds,
  insertMoveNotice,
} from '../../data/repositories/msix-move-notices.repository';
import { insertNewReferrals } from '../../data/repositories/referrals.repository';
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

/**
 * X10.1–X10.3: import a file of MSIX move notices into a region's contact queue (the state
 * administrator without a region: into the region of each destination): each family's notice
 * becomes a referral (its task) in the district of its destination city or ZIP code, else in the
 * district the importer chose; a notice imported before is not imported again; bad rows
 * are skipped and named. One transaction; each notice and each new referral audited.
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
): Promise<MoveNoticeImportSummary> {
  requirePermission(ctx, 'referral.import');
  const scope = accessScopeOf(ctx.actor);
  // The state administrator without a region: each notice to the region of its destination.
  const regionId =
    file.regionId === undefined && scope.kind === 'state' ? null : await moveNoticeRegion(ctx, file.regionId);
  let fallback: { id: string; name: string; regionId: string } | null = null;
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
    let imported = 0;
    let duplicates = 0;
    for (const notice of notices) {
      if (before.has(notice.noticeId)) {
        duplicates += 1;
        continue;
      }
      const district = (await districtOfDestination(trx, regionId, notice.to)) ?? fallback;
      if (!district) {
        skipped.push({
          line: notice.line,
          column: notice.to.zip ? 'To ZIP' : 'To City',
          message:
            'no school of the region is in this city or ZIP code: choose the district for such notices',
        });
        continue;
      }
      const facts = referralFactsOf(notice);
      const { rows: referralRow } = await referralRows(trx, [facts], {
        regionId: district.regionId,
        districtId: district.id,
        source: 'msix-move-notice',
        importId: null,
        schoolContactId: null,
        enteredBy: ctx.actor.userId,
        ruleSet: await ruleSetOfRegion(trx, district.regionId),
        today,
      });
      const row = referralRow[0]!;
      const [added] = await insertNewReferrals(trx, [row]);
      // A child already in the district's queue keeps their referral: the notice is its task.
      const referralId =
        added ?? (await findReferralIdByKeyInScope(trx, scope, district.id, row.referral_key));
      if (!referralId) throw new Error('a move notice’s referral was neither added nor found');
      if (added)
        await recordAudit(trx, ctx.actor, {
          action: 'create',
          entityType: 'referral',
          entityId: added,
          regionId: district.regionId,
          childId: row.matched_child_id,
          after: { ...facts, source: 'msix-move-notice', district: district.name, priority: row.priority },
        });
      const id = await insertMoveNotice(trx, {
        notice_id: notice.noticeId,
        region_id: district.regionId,
        referral_id: referralId,
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
      });
      if (!id) {
        duplicates += 1;
        continue;
      }
      imported += 1;
      await recordAudit(trx, ctx.actor, {
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
          fileName: file.fileName,
        },
      });
    }
    skipped.sort((a, b) => a.line - b.line);
    return {
      rows,
      notices: notices.length,
      imported,
      duplicates,
      skippedCount: skipped.length,
      skipped: skipped.slice(0, SKIPPED_LISTED),
    };
  });
}
