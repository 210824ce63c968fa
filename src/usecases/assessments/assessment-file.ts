import { DomainError } from '../../core/common/domain-error';
import { spreadsheetRows } from '../spreadsheets/read-spreadsheet';

/** A file of state assessment results as uploaded: the bytes of a CSV (UTF-8) or XLSX file. */
export interface AssessmentFile {
  fileName: string;
  content: Uint8Array;
}

/** The file's rows (the header first, trimmed), or `invalid_input` on `file` when it has no header. */
export async function rowsOfAssessmentFile(file: AssessmentFile): Promise<string[][]> {
  const rows = await spreadsheetRows(file.fileName, file.content);
  const header = (rows[0] ?? []).map((cell) => cell.trim());
  if (header.every((cell) => cell === ''))
    throw DomainError.invalidField('file', `${file.fileName} has no header row`);
  return [header, ...rows.slice(1)];
}
