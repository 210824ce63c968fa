import {
  suggestAssessmentMapping,
  type AssessmentColumnMapping,
} from '../../core/services/assessment-import';
import { requirePermission, type UseCaseContext } from '../context';
import { rowsOfAssessmentFile, type AssessmentFile } from './assessment-file';

/** A preview shows the first rows, each cell cut to a length a table can show. */
const SAMPLE_ROWS = 5;
const SAMPLE_CELL_CHARACTERS = 200;

export interface AssessmentFilePreview {
  header: string[];
  sample: string[][];
  rowCount: number;
  /** A guess from the header; fields it could not guess are left out. */
  mapping: Partial<AssessmentColumnMapping>;
}

/** The mapping step of an import: the file's header, its first rows and a guessed mapping. Nothing is stored. */
export async function previewAssessmentFile(
  ctx: UseCaseContext,
  file: AssessmentFile,
): Promise<AssessmentFilePreview> {
  requirePermission(ctx, 'assessment.manage');
  const rows = await rowsOfAssessmentFile(file);
  const header = rows[0]!;
  return {
    header,
    sample: rows
      .slice(1, 1 + SAMPLE_ROWS)
      .map((row) => row.map((cell) => cell.slice(0, SAMPLE_CELL_CHARACTERS))),
    rowCount: rows.length - 1,
    mapping: suggestAssessmentMapping(header),
  };
}
