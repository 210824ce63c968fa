import type { CalendarDate } from '../../core/common/calendar-date';
import type { StateAssessmentResult } from '../../core/services/assessment-result';
import {
  determinePfs,
  serviceOrderGroup,
  type PfsDetermination,
  type PfsRecords,
  type PfsSettings,
  type ServiceOrderGroup,
} from '../../core/services/priority-for-services';
import type { EligibilitySpan } from '../../core/services/service-records';
import type { Db } from '../../data/db';
import { assessmentResultsOfStudents } from '../../data/repositories/assessment-results.repository';
import { schoolRecordsOfStudents } from '../../data/repositories/pfs-records.repository';

/** A student whose PFS is asked: born when, eligible when. */
export interface PfsStudent {
  studentId: string;
  birthDate: CalendarDate;
  spans: readonly EligibilitySpan[];
}

export interface PfsOfStudent {
  records: PfsRecords;
  determination: PfsDetermination;
  group: ServiceOrderGroup;
}

/**
 * Each student's records as PFS reads them (S6.1), keyed by student number. Assessments
 * already loaded by the caller are reused.
 * @scopedBy the students given, which the caller loaded through a scoped read
 */
export async function pfsRecordsOfStudents(
  db: Db,
  students: readonly PfsStudent[],
  loadedAssessments?: readonly StateAssessmentResult[],
): Promise<Map<string, PfsRecords>> {
  const ids = students.map((s) => s.studentId);
  const [assessments, schoolRecords] = await Promise.all([
    loadedAssessments ?? assessmentResultsOfStudents(db, ids),
    schoolRecordsOfStudents(db, ids),
  ]);
  const assessmentsOf = new Map<string, StateAssessmentResult[]>();
  for (const result of assessments) {
    const results = assessmentsOf.get(result.studentId);
    if (results) results.push(result);
    else assessmentsOf.set(result.studentId, [result]);
  }
  return new Map(
    students.map((student) => {
      const school = schoolRecords.get(student.studentId);
      const records: PfsRecords = {
        birthDate: student.birthDate,
        spans: student.spans,
        withdrawals: school?.withdrawals ?? [],
        assessments: assessmentsOf.get(student.studentId) ?? [],
        statuses: school?.statuses ?? [],
      };
      return [student.studentId, records];
    }),
  );
}

/**
 * Each student's PFS on `day` and group in the order of service, determined from their records
 * as they are now (computed on read: a change to a record shows at once).
 * @scopedBy the students given, which the caller loaded through a scoped read
 */
export async function pfsOfStudents(
  db: Db,
  students: readonly PfsStudent[],
  settings: PfsSettings,
  day: CalendarDate,
  loadedAssessments?: readonly StateAssessmentResult[],
): Promise<Map<string, PfsOfStudent>> {
  const recordsOf = await pfsRecordsOfStudents(db, students, loadedAssessments);
  const result = new Map<string, PfsOfStudent>();
  for (const [studentId, records] of recordsOf) {
    const determination = determinePfs(records, settings, day);
    result.set(studentId, { records, determination, group: serviceOrderGroup(records, determination) });
  }
  return result;
}
