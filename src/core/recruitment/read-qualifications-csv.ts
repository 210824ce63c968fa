/**
 * A qualifications CSV (contract `qualifications/FORMAT.md`) read into qualification records.
 * Reading refuses the whole file on the first broken rule, naming line and column.
 */
import { compareDates, isCalendarDate } from '../common/calendar-date';
import { InputProblems, readCsvRecords, type CsvCell } from '../common/csv-table';
import { QUALIFICATION_COLUMNS, type QualificationRecord } from './qualification-record';

const DATE_COLUMNS = ['birth_date', 'qad', 'residency_date', 'recruitment_date', 'worker_move_date'] as const;

/**
 * The records of a qualifications CSV.
 * @throws DomainError `invalid_input` naming file, line and column of the first problem
 */
export function readQualificationsCsv(file: string, text: string): QualificationRecord[] {
  const problems = new InputProblems();
  const rows = readCsvRecords(file, text, QUALIFICATION_COLUMNS, problems);
  problems.throwIfAny();
  const records: QualificationRecord[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const cell = (name: string): CsvCell => row.cells.get(name) ?? { value: '', column: 0 };
    const refuse = (name: string, message: string) => {
      problems.add({ file, line: row.line, column: cell(name).column, columnName: name, message });
      problems.throwIfAny();
    };
    for (const name of QUALIFICATION_COLUMNS.required)
      if (cell(name).value === '') refuse(name, `${name} is required`);
    for (const name of DATE_COLUMNS)
      if (!isCalendarDate(cell(name).value)) refuse(name, `"${cell(name).value}" is not a date (YYYY-MM-DD)`);
    const region = cell('region').value;
    if (!/^\d{1,9}$/.test(region) || Number(region) < 1)
      refuse('region', `"${region}" is not a region number`);
    const yesNo = (name: string, allowEmpty: boolean): boolean | null => {
      const value = cell(name).value.toUpperCase();
      if (value === 'Y') return true;
      if (value === 'N') return false;
      if (value === '' && allowEmpty) return null;
      refuse(name, `"${cell(name).value}" must be Y or N${allowEmpty ? ' (or empty)' : ''}`);
      return null;
    };
    const record: QualificationRecord = {
      studentId: cell('student_id').value,
      coeId: cell('coe_id').value,
      region: Number(region),
      birthDate: cell('birth_date').value,
      qad: cell('qad').value,
      residencyDate: cell('residency_date').value,
      recruitmentDate: cell('recruitment_date').value,
      workerMoveDate: cell('worker_move_date').value,
      movedWithWorker: yesNo('moved_with_worker', false)!,
      priorCoe: row.cells.has('prior_coe') ? yesNo('prior_coe', true) : null,
    };
    if (compareDates(record.recruitmentDate, record.residencyDate) < 0)
      refuse(
        'recruitment_date',
        `recruitment date ${record.recruitmentDate} is before the residency date ${record.residencyDate}`,
      );
    if (compareDates(record.qad, record.recruitmentDate) > 0)
      refuse('qad', `QAD ${record.qad} is after the recruitment date ${record.recruitmentDate}`);
    const key = `${record.coeId}\u0000${record.studentId}`;
    const earlier = seen.get(key);
    if (earlier !== undefined)
      refuse(
        'coe_id',
        `coe_id ${record.coeId} and student_id ${record.studentId} are already on line ${earlier}`,
      );
    seen.set(key, row.line);
    records.push(record);
  }
  return records;
}
