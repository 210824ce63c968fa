/**
 * The state assessments whose results decide who a below-proficient MPO serves, their
 * performance levels, and the state setting saying which levels count as below proficient.
 *
 * Sources (California Department of Education):
 * - CAASPP Smarter Balanced ELA and mathematics: four achievement levels, 1 Standard Not Met,
 *   2 Standard Nearly Met, 3 Standard Met, 4 Standard Exceeded ("Understanding CAASPP
 *   results"). Levels 1 and 2 are below the standard, hence below proficient.
 * - Summative ELPAC: four performance levels, 1 Minimally Developed, 2 Somewhat Developed,
 *   3 Moderately Developed, 4 Well Developed ("Understanding the Summative ELPAC results").
 *   Level 4 is the English proficiency criterion for reclassification, so 1–3 are below it.
 */
import { DomainError } from '../common/domain-error';

export const ASSESSMENT_SUBJECTS = ['ELA', 'MATH', 'ELPAC'] as const;
export type AssessmentSubject = (typeof ASSESSMENT_SUBJECTS)[number];

export const ASSESSMENT_LEVELS = [1, 2, 3, 4] as const;

/** The official name of each level of each subject, in the state's words (English). */
export const LEVEL_NAMES: Record<AssessmentSubject, readonly [string, string, string, string]> = {
  ELA: ['Standard Not Met', 'Standard Nearly Met', 'Standard Met', 'Standard Exceeded'],
  MATH: ['Standard Not Met', 'Standard Nearly Met', 'Standard Met', 'Standard Exceeded'],
  ELPAC: ['Minimally Developed', 'Somewhat Developed', 'Moderately Developed', 'Well Developed'],
};

/** Which levels of each subject count as below proficient: a state setting. */
export type BelowProficientSetting = Record<AssessmentSubject, number[]>;

/** California's default: CAASPP levels 1–2 (standard not met or nearly met), ELPAC levels 1–3 (below Well Developed). */
export const CALIFORNIA_BELOW_PROFICIENT: BelowProficientSetting = {
  ELA: [1, 2],
  MATH: [1, 2],
  ELPAC: [1, 2, 3],
};

export function isAssessmentSubject(value: unknown): value is AssessmentSubject {
  return typeof value === 'string' && (ASSESSMENT_SUBJECTS as readonly string[]).includes(value);
}

/** Whether a result of `level` in `subject` counts as below proficient under `setting`. */
export function isBelowProficient(
  setting: BelowProficientSetting,
  subject: AssessmentSubject,
  level: number,
): boolean {
  return setting[subject].includes(level);
}

/**
 * A below-proficient setting as sent by a form or stored: for each subject, a list of distinct
 * levels 1–4 that leaves level 4 out (the top level is proficient in every state assessment).
 * Refusals name the subject's field.
 */
export function parseBelowProficientSetting(input: unknown): BelowProficientSetting {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw DomainError.invalidField('belowProficient', 'must be an object with ELA, MATH and ELPAC');
  const record = input as Record<string, unknown>;
  const unknown = Object.keys(record).find((key) => !isAssessmentSubject(key));
  if (unknown !== undefined) throw DomainError.invalidField(unknown, 'is not a subject (ELA, MATH, ELPAC)');
  const setting = {} as BelowProficientSetting;
  for (const subject of ASSESSMENT_SUBJECTS) {
    const levels = record[subject];
    if (!Array.isArray(levels)) throw DomainError.invalidField(subject, 'must be a list of levels');
    if (!levels.every((level) => Number.isInteger(level) && level >= 1 && level <= 3))
      throw DomainError.invalidField(subject, 'levels are whole numbers from 1 to 3 (level 4 is proficient)');
    if (new Set(levels).size !== levels.length)
      throw DomainError.invalidField(subject, 'names a level twice');
    setting[subject] = [...(levels as number[])].sort((a, b) => a - b);
  }
  return setting;
}
