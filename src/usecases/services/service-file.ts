import type { FieldProblem } from '../../core/common/domain-error';
import type { InputProblems } from '../../core/common/csv-table';
import type { LineColumns } from '../../core/services/service-sheet-rows';

/** An uploaded file of one service's records: the bytes of a CSV (UTF-8) or XLSX file. */
export interface ServiceFile {
  fileName: string;
  content: Uint8Array;
}

/** The file column a rule's field is read from. */
const COLUMN_OF_FIELD: Readonly<Record<string, string>> = {
  studentId: 'student_id',
  date: 'date',
  minutes: 'minutes',
  score: 'score',
};

/** Add a line's refusal by a rule of the core, naming the line and the column of the field at fault. */
export function addLineProblem(
  problems: InputProblems,
  fileName: string,
  line: { line: number; studentId: string; columns: LineColumns },
  problem: FieldProblem,
): void {
  const columnName = COLUMN_OF_FIELD[problem.field] ?? 'student_id';
  problems.add({
    file: fileName,
    line: line.line,
    column: line.columns[columnName],
    columnName,
    message: `${problem.field === 'studentId' ? `student ${line.studentId} ` : ''}${problem.message}`,
  });
}
