/**
 * Importing state assessment results from a district's or the state's file (CSV or XLSX):
 * a column mapping says which column holds the student number, the subject (or one subject
 * for the whole file), the school year (or one year for the whole file) and the level, written
 * as a number or as the level's name ("Standard Not Met"). The import is all or nothing: every
 * problem is named by line and column, and one problem refuses the file.
 */
import { InputProblems } from '../common/csv-table';
import { normalizeForSearch } from '../children/normalize-name';
import {
  ASSESSMENT_SUBJECTS,
  LEVEL_NAMES,
  isAssessmentSubject,
  type AssessmentSubject,
} from './assessment-levels';
import { schoolYearProblem, studentIdProblem, type StateAssessmentResult } from './assessment-result';

/** A field read from a column, or the same value for every row of the file. */
export type MappedField<T> = { column: string } | { fixed: T };

export interface AssessmentColumnMapping {
  studentId: string;
  subject: MappedField<AssessmentSubject>;
  schoolYear: MappedField<string>;
  level: string;
}

/** The header spellings each field is guessed from, compared without case, accents or punctuation. */
const GUESSES = {
  studentId: ['studentid', 'msin', 'migrantstudentid', 'studentnumber', 'ssid', 'statestudentid', 'student'],
  subject: ['subject', 'testsubject', 'contentarea', 'assessment', 'test'],
  schoolYear: ['schoolyear', 'academicyear', 'testyear', 'year'],
  level: ['level', 'achievementlevel', 'performancelevel', 'overallperformancelevel', 'scalescorelevel'],
} as const;

const compact = (text: string) => normalizeForSearch(text).replace(/[^a-z0-9]/g, '');

function guessColumn(header: readonly string[], spellings: readonly string[]): string | undefined {
  for (const spelling of spellings) {
    const found = header.find((column) => compact(column) === spelling);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** A first guess at the mapping from a file's header; fields not found are left out. */
export function suggestAssessmentMapping(header: readonly string[]): Partial<AssessmentColumnMapping> {
  const studentId = guessColumn(header, GUESSES.studentId);
  const subject = guessColumn(header, GUESSES.subject);
  const schoolYear = guessColumn(header, GUESSES.schoolYear);
  const level = guessColumn(header, GUESSES.level);
  return {
    ...(studentId !== undefined && { studentId }),
    ...(subject !== undefined && { subject: { column: subject } }),
    ...(schoolYear !== undefined && { schoolYear: { column: schoolYear } }),
    ...(level !== undefined && { level }),
  };
}

/** What is wrong with a mapping for a file with this header, each naming the mapping's field. */
export function assessmentMappingProblems(
  mapping: AssessmentColumnMapping,
  header: readonly string[],
): Array<{ field: string; message: string }> {
  const problems: Array<{ field: string; message: string }> = [];
  const needColumn = (field: string, column: string) => {
    if (!header.includes(column)) problems.push({ field, message: `the file has no column "${column}"` });
  };
  needColumn('studentId', mapping.studentId);
  needColumn('level', mapping.level);
  if ('column' in mapping.subject) needColumn('subject', mapping.subject.column);
  else if (!isAssessmentSubject(mapping.subject.fixed))
    problems.push({ field: 'subject', message: `must be one of ${ASSESSMENT_SUBJECTS.join(', ')}` });
  if ('column' in mapping.schoolYear) needColumn('schoolYear', mapping.schoolYear.column);
  else {
    const problem = schoolYearProblem(mapping.schoolYear.fixed);
    if (problem) problems.push({ field: 'schoolYear', message: problem });
  }
  return problems;
}

const SUBJECT_WORDS: Record<string, AssessmentSubject> = {
  ela: 'ELA',
  englishlanguagearts: 'ELA',
  englishlanguageartsliteracy: 'ELA',
  elaliteracy: 'ELA',
  math: 'MATH',
  maths: 'MATH',
  mathematics: 'MATH',
  elpac: 'ELPAC',
  summativeelpac: 'ELPAC',
};

/** A subject as files write it (`ELA`, `English Language Arts`, `Mathematics`, `ELPAC`), or undefined. */
export function subjectOfText(text: string): AssessmentSubject | undefined {
  return SUBJECT_WORDS[compact(text)];
}

/** A school year as files write it (`2023-24`, `2023-2024`, `2023–24`) in the form `2023-24`, or undefined. */
export function schoolYearOfText(text: string): string | undefined {
  const match = /^(\d{4})\s*[-–/]\s*(\d{2}|\d{4})$/.exec(text.trim());
  if (!match) return undefined;
  const year = `${match[1]}-${match[2]!.slice(-2)}`;
  const long = match[2]!.length === 4 && Number(match[2]) !== Number(match[1]) + 1;
  return long || schoolYearProblem(year) ? undefined : year;
}

/**
 * A level as files write it: `1`…`4`, `Level 2`, `2 - Standard Nearly Met`, or the level's
 * name in `subject` ("Standard Not Met" for ELA and math, "Well Developed" for ELPAC).
 */
export function levelOfText(text: string, subject: AssessmentSubject): number | undefined {
  const words = compact(text);
  const numbered = /^(?:level)?([1-4])(?:[a-z]*)$/.exec(words);
  if (numbered) {
    const level = Number(numbered[1]);
    const rest = words.replace(/^(?:level)?[1-4]/, '');
    return rest === '' || rest === compact(LEVEL_NAMES[subject][level - 1]!) ? level : undefined;
  }
  const index = LEVEL_NAMES[subject].findIndex((name) => compact(name) === words);
  return index >= 0 ? index + 1 : undefined;
}

/** A result read from a file, with the line it came from (the header is line 1). */
export interface ImportedAssessmentRow extends StateAssessmentResult {
  line: number;
}

export interface AssessmentFileRows {
  fileName: string;
  /** The rows as read, the header first. */
  rows: readonly string[][];
}

/**
 * Every result of a file through a mapping, or an `invalid_input` refusal listing the
 * problems by line and column (the header is line 1). A student, subject and school year
 * written twice in the file is refused at the second line.
 */
export function readAssessmentRows(
  file: AssessmentFileRows,
  mapping: AssessmentColumnMapping,
): ImportedAssessmentRow[] {
  const header = (file.rows[0] ?? []).map((cell) => cell.trim());
  const columnOf = (name: string) => header.indexOf(name);
  const problems = new InputProblems();
  const results: ImportedAssessmentRow[] = [];
  const seen = new Set<string>();
  file.rows.slice(1).forEach((row, index) => {
    const line = index + 2;
    if (row.every((cell) => cell.trim() === '')) return;
    const cellOf = (column: string) => {
      const at = columnOf(column);
      return { value: (row[at] ?? '').trim(), column: at + 1, columnName: column };
    };
    const refuse = (cell: { column: number; columnName: string }, message: string) =>
      problems.add({ file: file.fileName, line, column: cell.column, columnName: cell.columnName, message });

    const student = cellOf(mapping.studentId);
    const studentProblem = studentIdProblem(student.value);
    if (studentProblem) refuse(student, student.value === '' ? 'is empty' : studentProblem);

    let subject: AssessmentSubject | undefined;
    if ('fixed' in mapping.subject) subject = mapping.subject.fixed;
    else {
      const cell = cellOf(mapping.subject.column);
      subject = subjectOfText(cell.value);
      if (!subject) refuse(cell, `"${cell.value}" is not a subject (ELA, Mathematics, ELPAC)`);
    }

    let schoolYear: string | undefined;
    if ('fixed' in mapping.schoolYear) schoolYear = mapping.schoolYear.fixed;
    else {
      const cell = cellOf(mapping.schoolYear.column);
      schoolYear = schoolYearOfText(cell.value);
      if (!schoolYear) refuse(cell, `"${cell.value}" is not a school year such as 2023-24`);
    }

    const levelCell = cellOf(mapping.level);
    const level = subject ? levelOfText(levelCell.value, subject) : undefined;
    if (subject && level === undefined)
      refuse(levelCell, `"${levelCell.value}" is not a level of ${subject} (1 to 4 or the level's name)`);

    if (studentProblem || !subject || !schoolYear || level === undefined) return;
    const key = `${student.value}|${subject}|${schoolYear}`;
    if (seen.has(key)) {
      refuse(student, `${student.value} has a second ${subject} result for ${schoolYear} in this file`);
      return;
    }
    seen.add(key);
    results.push({ studentId: student.value, subject, schoolYear, level, line });
  });
  problems.throwIfAny();
  return results;
}
