import type { CalendarDate } from '../../core/common/calendar-date';
import type { AccessScope } from '../../core/people/access-scope';
import { prioritize, type RuleSet } from '../../core/recruitment/prioritization';
import { isPriorMigrant } from '../../core/recruitment/referral';
import type { Db } from '../../data/db';
import { matchReferralsToKnownChildren } from '../../data/repositories/referral-imports.repository';
import {
  listOpenReferralFactsInScope,
  lockReferralPriorities,
  updateReferralPriorities,
} from '../../data/repositories/referrals.repository';
import { matchColumns } from './referral-rows';
import { ruleSetOfRegion } from './region-rule-sets';

/**
 * Compute again the rules' priority of open referrals in scope — of one region with `ruleSet`
 * (a save of the rules), or those last computed before `today` (a day has passed: an
 * "entered within N days" rule may no longer hold). A referral not yet matched to a child
 * Ciclo knows is matched again first, so a child who became known since (a prior migrant)
 * raises it. A manager's override stays the queue's priority. Returns how many were ranked.
 * Run inside a transaction: it holds the lock that serializes these computations.
 */
export async function rerankOpenReferrals(
  db: Db,
  scope: AccessScope,
  today: CalendarDate,
  which: { regionId: string; ruleSet: RuleSet } | { staleOnly: true },
): Promise<number> {
  await lockReferralPriorities(db);
  const open = await listOpenReferralFactsInScope(
    db,
    scope,
    'regionId' in which ? { regionId: which.regionId } : { computedBefore: today },
  );
  if (open.length === 0) return 0;
  const byRegion = new Map<string, typeof open>();
  for (const row of open) {
    const rows = byRegion.get(row.region_id);
    if (rows) rows.push(row);
    else byRegion.set(row.region_id, [row]);
  }
  const ranked: Parameters<typeof updateReferralPriorities>[1][number][] = [];
  for (const [regionId, rows] of byRegion) {
    const ruleSet = 'ruleSet' in which ? which.ruleSet : await ruleSetOfRegion(db, regionId);
    const unmatched = rows.filter((row) => row.matched_child_id === null && row.match_reasons.length === 0);
    const matches = await matchReferralsToKnownChildren(
      db,
      regionId,
      unmatched.map((row) => ({
        firstName: row.first_name,
        lastSurname: row.last_surname,
        secondSurname: row.second_surname,
        birthDate: row.birth_date,
      })),
    );
    const found = new Map(unmatched.map((row, i) => [row.id, matches[i]]));
    for (const row of rows) {
      const match = found.get(row.id);
      const priorMigrant = match ? isPriorMigrant(row.prior_migrant, true) : row.prior_migrant;
      const ranking = prioritize(
        {
          districtEnterDate: row.district_enter_date,
          schoolEnterDate: row.school_enter_date,
          hispanic: row.hispanic,
          priorMigrant,
          grade: row.grade,
          homeLanguage: row.home_language,
          datesSame: row.dates_same,
        },
        ruleSet,
        today,
      );
      ranked.push({
        id: row.id,
        priority: ranking.priority,
        priority_reasons: ranking.reasons,
        ...(match ? { prior_migrant: priorMigrant, ...matchColumns(match) } : {}),
      });
    }
  }
  await updateReferralPriorities(db, ranked, today);
  return ranked.length;
}
