import { DomainError } from '../../core/common/domain-error';
import { mappingProblems, suggestMapping, type ColumnMapping } from '../../core/recruitment/referral';
import { findColumnMapping } from '../../data/repositories/referral-imports.repository';
import type { UseCaseContext } from '../context';
import { spreadsheetRows } from '../spreadsheets/read-spreadsheet';
import { districtToImportFor, type ReferralFile } from './referral-file';

/** A preview shows the first rows, each cell cut to a length a table can show. */
const SAMPLE_ROWS = 5;
const SAMPLE_CELL_CHARACTERS = 200;

export interface ReferralFilePreview {
  header: string[];
  sample: string[][];
  rowCount: number;
  mapping: ColumnMapping;
  /** The mapping was saved for this district by an earlier import. */
  isSavedMapping: boolean;
}

/** The mapping step: the file's header and first rows, with the district's saved mapping or a guess. */
export async function previewReferralFile(
  ctx: UseCaseContext,
  file: ReferralFile,
): Promise<ReferralFilePreview> {
  await districtToImportFor(ctx, file.districtId);
  const rows = await spreadsheetRows(file.fileName, file.content);
  const header = (rows[0] ?? []).map((cell) => cell.trim());
  if (header.every((cell) => cell === ''))
    throw DomainError.invalidField('file', `${file.fileName} has no header row`);
  const saved = await findColumnMapping(ctx.db, file.districtId);
  const usable = saved && mappingProblems(saved, header).length === 0 ? saved : null;
  return {
    header,
    sample: rows
      .slice(1, 1 + SAMPLE_ROWS)
      .map((row) => row.map((cell) => cell.slice(0, SAMPLE_CELL_CHARACTERS))),
    rowCount: Math.max(0, rows.length - 1),
    mapping: usable ?? suggestMapping(header),
    isSavedMapping: usable !== null,
  };
}
