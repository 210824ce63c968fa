import type { CalendarDate } from '../../core/common/calendar-date';
import { prioritize, type RuleSet } from '../../core/recruitment/prioritization';
import {
  isPriorMigrant,
  referralKey,
  referralReceivedOn,
  type ReferralFacts,
  type ReferralSource,
} from '../../core/recruitment/referral';
import type { Db } from '../../data/db';
import {
  matchReferralsToKnownChildren,
  type KnownChildMatch,
} from '../../data/repositories/referral-imports.repository';
import type { NewReferralRow } from '../../data/repositories/referrals.repository';

/**
 * The match reason of a prior migrant Ciclo knows in another region: the region is said,
 * the child is not linked (the referral's readers may not open another region's child).
 */
function knownInRegionReason(regionNumber: number): string {
  return `known-in-region-${regionNumber}`;
}

/** The columns recording what the prior-migrant check found: a link, or only another region's number. */
export function matchColumns(match: KnownChildMatch | undefined): {
  matched_child_id: string | null;
  match_reasons: string[];
} {
  if (!match) return { matched_child_id: null, match_reasons: [] };
  if ('childId' in match) return { matched_child_id: match.childId, match_reasons: match.reasons };
  return { matched_child_id: null, match_reasons: [knownInRegionReason(match.otherRegionNumber)] };
}

/** Where a new referral comes from, and into which region and district's queue. */
export interface ReferralOrigin {
  regionId: string;
  districtId: string;
  source: ReferralSource;
  importId: string | null;
  schoolContactId: string | null;
  enteredBy: string | null;
  ruleSet: RuleSet;
  today: CalendarDate;
}

/**
 * Rows for the referrals table: each matched against known children and ranked by the rules.
 * A referral is linked only to a child of its own region (where it will be read); a likely
 * match elsewhere in the state makes it a prior migrant and names that region, nothing more.
 */
export async function referralRows(
  trx: Db,
  referrals: ReadonlyArray<ReferralFacts>,
  origin: ReferralOrigin,
): Promise<{ rows: NewReferralRow[]; recognized: number }> {
  const matches = await matchReferralsToKnownChildren(trx, origin.regionId, referrals);
  let recognized = 0;
  const rows = referrals.map((referral, i) => {
    const match = matches[i];
    if (match) recognized += 1;
    const priorMigrant = isPriorMigrant(referral.priorMigrant, match !== undefined);
    const ranking = prioritize({ ...referral, priorMigrant }, origin.ruleSet, origin.today);
    return {
      region_id: origin.regionId,
      district_id: origin.districtId,
      import_id: origin.importId,
      source: origin.source,
      school_contact_id: origin.schoolContactId,
      entered_by: origin.enteredBy,
      dates_same: referral.datesSame,
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
      ...matchColumns(match),
      priority: ranking.priority,
      rules_priority: ranking.priority,
      priority_reasons: ranking.reasons,
      priority_computed_on: origin.today,
      received_on: referralReceivedOn(referral, origin.today),
    };
  });
  return { rows, recognized };
}
