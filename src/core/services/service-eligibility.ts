/**
 * When a student of the services records is eligible and how old they are (contract
 * services/FORMAT.md: eligibility spans, the MPO age populations and the federal child count).
 */
import { ageOn, type CalendarDate } from '../common/calendar-date';
import type { EligibilitySpan } from './service-records';

/** S2.2: age in whole years on a date; a 29 February birthday turns over on 1 March in a common year. */
export { ageOn };

/** S2.1: eligible on `date` when it falls within one of the spans, both ends included. */
export function isEligibleOn(spans: readonly EligibilitySpan[], date: CalendarDate): boolean {
  return spans.some((span) => span.from <= date && date <= span.to);
}

/** S2.3: aged 3 through 21 on `date`: their 3rd birthday ≤ date < their 22nd birthday. */
export function isAged3Through21On(birthDate: CalendarDate, date: CalendarDate): boolean {
  const age = ageOn(birthDate, date);
  return age >= 3 && age <= 21;
}
