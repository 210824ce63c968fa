/**
 * Load the demo's school statuses (src/core/demo/demo-school-statuses.ts) into the demo load's
 * transaction, for the children of the demo regions. Needs the demo children to exist.
 */
import { addYears, type CalendarDate } from '../../core/common/calendar-date';
import { demoSchoolStatuses } from '../../core/demo/demo-school-statuses';
import { bulkInsert } from '../../data/bulk-insert';
import type { Db } from '../../data/db';
import { targetCandidatesInScope } from '../../data/repositories/mpo-target-lists.repository';
import { DEMO_SERVICE_REGION_NUMBERS } from './demo-services';

/** How many school statuses the demo recorded. */
export async function loadDemoSchoolStatuses(
  db: Db,
  options: { regionIds: ReadonlyMap<number, string>; seed: number; today: CalendarDate },
): Promise<number> {
  const children = [];
  for (const number of DEMO_SERVICE_REGION_NUMBERS) {
    const regionId = options.regionIds.get(number);
    if (!regionId) continue;
    const candidates = await targetCandidatesInScope(
      db,
      { kind: 'state' },
      { regionId, from: addYears(options.today, -1), to: options.today },
    );
    for (const candidate of candidates)
      if (candidate.childId) children.push({ ...candidate, childId: candidate.childId });
  }
  const statuses = demoSchoolStatuses({ seed: options.seed, today: options.today, children });
  await bulkInsert(
    db,
    'child_school_statuses',
    statuses.map((s) => ({ child_id: s.childId, kind: s.kind, starts_on: s.startsOn, note: 'Demo value' })),
  );
  return statuses.length;
}
