/** R9 conditions on the child and R10 the eligibility period that follows from a QAD. */
import { addDays } from '../common/calendar-date';
import { addMonthsPer, type EligibilitySettings } from './eligibility-settings';
import type { InterviewChild, ReasonCode } from './interview-schema';

export type EndReason = '36-months' | 'age-22' | 'graduation' | 'hse';

/** R9.2: a diploma or HSE ends eligibility, unless obtained abroad by a child still entitled under state law. */
function countedCompletion(child: InterviewChild): InterviewChild['completion'] | undefined {
  const completion = child.completion;
  if (!completion) return undefined;
  const abroad = (completion.country ?? 'US') !== 'US';
  return abroad && completion.stillEntitledUnderStateLaw === true ? undefined : completion;
}

/** R10.2: the last day of the 36 months that start on `date` (QAD + 36 months − 1 day); also the end of a worker's migratory period. */
export function lastDayOf36Months(settings: EligibilitySettings, date: string): string {
  return addDays(addMonthsPer(settings, date, 36), -1);
}

/** R9.1: the 22nd birthday, from which the child is no longer eligible. */
export function twentySecondBirthday(settings: EligibilitySettings, child: InterviewChild): string {
  return addMonthsPer(settings, child.birthDate, 22 * 12);
}

/** R9.1, R9.2: the conditions on the child that fail on the interview date. */
export function childConditionFailures(
  settings: EligibilitySettings,
  child: InterviewChild,
  interviewDate: string,
  birthday22 = twentySecondBirthday(settings, child),
): ReasonCode[] {
  const failures: ReasonCode[] = [];
  if (interviewDate >= birthday22) failures.push('AGE_22_OR_OLDER');
  const completion = countedCompletion(child);
  if (completion && completion.date <= interviewDate)
    failures.push(completion.type === 'diploma' ? 'GRADUATED' : 'HSE_OBTAINED');
  return failures;
}

export interface EligibilityPeriod {
  /** R10.2: QAD + 36 months − 1 day. */
  end36: string;
  /** R10.5: the earliest limit, or null when it falls before the QAD. */
  endDate: string | null;
  endReason: EndReason | null;
}

/** R10.2–R10.5: the last day of eligibility from `qad` and which limit set it. */
export function eligibilityPeriod(
  settings: EligibilitySettings,
  child: InterviewChild,
  qad: string,
  birthday22 = twentySecondBirthday(settings, child),
): EligibilityPeriod {
  const end36 = lastDayOf36Months(settings, qad);
  // The earliest limit; on a tie the first in this order: 36 months, age 22, graduation, HSE (R10.5).
  let endDate = end36;
  let endReason: EndReason = '36-months';
  const dayBefore22 = addDays(birthday22, -1);
  if (dayBefore22 < endDate) {
    endDate = dayBefore22;
    endReason = 'age-22';
  }
  const completion = countedCompletion(child);
  if (completion) {
    const dayBeforeCompletion = addDays(completion.date, -1);
    if (dayBeforeCompletion < endDate) {
      endDate = dayBeforeCompletion;
      endReason = completion.type === 'diploma' ? 'graduation' : 'hse';
    }
  }
  return endDate < qad ? { end36, endDate: null, endReason: null } : { end36, endDate, endReason };
}
