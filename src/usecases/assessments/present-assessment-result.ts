import {
  isBelowProficient,
  type AssessmentSubject,
  type BelowProficientSetting,
} from '../../core/services/assessment-levels';
import type { AssessmentResultRow } from '../../data/repositories/assessment-results.repository';

/** A result as the API gives it: with whether it counts as below proficient and Ciclo's child, if any. */
export interface AssessmentResultReply {
  studentId: string;
  subject: AssessmentSubject;
  schoolYear: string;
  level: number;
  belowProficient: boolean;
  source: 'entered' | 'imported';
  recordedAt: string;
  version: number;
  /** Ciclo's child with this student number; null for a student known only from imported history. */
  child: { id: string; name: string } | null;
}

export function presentAssessmentResult(
  row: AssessmentResultRow,
  setting: BelowProficientSetting,
): AssessmentResultReply {
  return {
    studentId: row.student_id,
    subject: row.subject,
    schoolYear: row.school_year,
    level: row.level,
    belowProficient: isBelowProficient(setting, row.subject, row.level),
    source: row.source,
    recordedAt: new Date(row.recorded_at).toISOString(),
    version: row.version,
    child: row.child_id
      ? { id: row.child_id, name: `${row.first_name ?? ''} ${row.last_surname ?? ''}`.trim() }
      : null,
  };
}
