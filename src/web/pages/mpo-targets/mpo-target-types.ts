/** MPO target lists as the API returns them: the types of its own schemas. */
import type { Static } from '@sinclair/typebox';
import type { TargetListReply } from '../../../server/routes/mpo-targets/mpo-targets.schemas';

export type TargetList = Static<typeof TargetListReply>;
export type TargetRow = TargetList['rows'][number];
export type AlignedService = TargetList['services'][number];
export type MpoChoice = TargetList['mpos'][number];

export { SERVICE_TERMS } from '../../../core/services/service-records';

/** The performance period a date falls in (1 September to 31 August), as `2024-25`. */
export function periodOf(date: string): string {
  const year = Number(date.slice(0, 4));
  const start = Number(date.slice(5, 7)) >= 9 ? year : year - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/** `count` periods ending with the one `date` falls in, the latest first. */
export function recentPeriods(date: string, count: number): string[] {
  const start = Number(periodOf(date).slice(0, 4));
  return Array.from(
    { length: count },
    (_, i) => `${start - i}-${String((start - i + 1) % 100).padStart(2, '0')}`,
  );
}

/** The day an enrollment made today would be dated: today, moved into the service's dates. */
export function enrollmentDateFor(
  service: Pick<AlignedService, 'startDate' | 'endDate'>,
  today: string,
): string {
  if (today < service.startDate) return service.startDate;
  if (today > service.endDate) return service.endDate;
  return today;
}
