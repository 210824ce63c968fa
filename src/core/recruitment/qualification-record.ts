/**
 * Qualification records: one row per child per certificate of eligibility, as regions bring
 * their history (contract `qualifications/FORMAT.md`) and as Ciclo's approved COEs give them.
 * Reading them from CSV is in read-qualifications-csv.ts, so that what uses only the records
 * (the data packet, also in the web app) does not bring in the CSV parser.
 */
import { compareDates, type CalendarDate } from '../common/calendar-date';

export interface QualificationRecord {
  studentId: string;
  coeId: string;
  region: number;
  birthDate: CalendarDate;
  qad: CalendarDate;
  residencyDate: CalendarDate;
  recruitmentDate: CalendarDate;
  workerMoveDate: CalendarDate;
  movedWithWorker: boolean;
  /** null: not stated; decided from the other records of the student. */
  priorCoe: boolean | null;
  /**
   * The eligibility engine's basis of the qualifying move (Ciclo's own COEs): `sqm` for a
   * subsequent qualifying move. Absent or null for imported history: decided from the dates
   * (DP1.2).
   */
  basis?: 'qualifying-work' | 'sqm' | null;
  /**
   * The family the row's COE certified (Ciclo's own COEs). Absent or null: the COE is the
   * family, as a COE certifies the children of one family (DP1.3).
   */
  familyId?: string | null;
}

export const QUALIFICATION_COLUMNS = {
  required: [
    'student_id',
    'coe_id',
    'region',
    'birth_date',
    'qad',
    'residency_date',
    'recruitment_date',
    'worker_move_date',
    'moved_with_worker',
  ],
  optional: ['prior_coe'],
} as const;

/** Order of a student's records: earliest recruitment first, ties by the smallest coe_id. */
export function compareRecords(
  a: Pick<QualificationRecord, 'recruitmentDate' | 'coeId'>,
  b: Pick<QualificationRecord, 'recruitmentDate' | 'coeId'>,
): number {
  return (
    compareDates(a.recruitmentDate, b.recruitmentDate) || (a.coeId < b.coeId ? -1 : a.coeId > b.coeId ? 1 : 0)
  );
}

/**
 * Whether the record had a prior COE: as stated, or, when not stated, whether the student
 * has a record that comes before it (`compareRecords`).
 */
export function resolvePriorCoe(records: readonly QualificationRecord[]): Map<QualificationRecord, boolean> {
  const byStudent = new Map<string, QualificationRecord[]>();
  for (const record of records)
    byStudent.set(record.studentId, [...(byStudent.get(record.studentId) ?? []), record]);
  const prior = new Map<QualificationRecord, boolean>();
  for (const list of byStudent.values()) {
    const sorted = [...list].sort(compareRecords);
    sorted.forEach((record, index) => prior.set(record, record.priorCoe ?? index > 0));
  }
  return prior;
}
