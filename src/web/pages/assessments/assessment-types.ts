/** State assessment results as the API returns them: the types of its own schemas. */
import type { Static } from '@sinclair/typebox';
import type {
  AssessmentImportReply,
  AssessmentMapping,
  AssessmentPreviewReply,
  AssessmentResultReply,
  BelowProficientSettingSchema,
  ChildAssessmentsReply,
} from '../../../server/routes/assessments/assessments.schemas';

export type AssessmentResult = Static<typeof AssessmentResultReply>;
export type AssessmentPreview = Static<typeof AssessmentPreviewReply>;
type AssessmentMappingValue = Static<typeof AssessmentMapping>;
export type AssessmentImportSummary = Static<typeof AssessmentImportReply>;
export type BelowProficientSetting = Static<typeof BelowProficientSettingSchema>;
export type ChildAssessments = Static<typeof ChildAssessmentsReply>;

export { ASSESSMENT_LEVELS, ASSESSMENT_SUBJECTS } from '../../../core/services/assessment-levels';

/** The mapping being chosen: a guess may leave fields out until the user picks them. */
export type DraftMapping = Partial<AssessmentMappingValue>;

/** The mapping when every field is chosen, else null (the import button waits for it). */
export function completeMapping(draft: DraftMapping): AssessmentMappingValue | null {
  const { studentId, subject, schoolYear, level } = draft;
  if (!studentId || !subject || !schoolYear || !level) return null;
  return { studentId, subject, schoolYear, level };
}
