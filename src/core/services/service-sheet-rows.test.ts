import { describe, expect, it } from 'vitest';
import { InputProblems } from '../common/csv-table';
import { readAttendanceLines, readTestLines } from './service-sheet-rows';

function read<T>(reader: (file: string, rows: string[][], problems: InputProblems) => T, rows: string[][]) {
  const problems = new InputProblems();
  const lines = reader('attendance.csv', rows, problems);
  return {
    lines,
    problems: problems.list.map(
      (p) => `line ${p.line}${p.columnName ? ` ${p.columnName}` : ''}: ${p.message}`,
    ),
  };
}

const COLUMNS = { minutes: 1, date: 2, student_id: 3 };

describe('attendance files', () => {
  it('reads the columns in any order and case, skipping blank rows', () => {
    expect(
      read(readAttendanceLines, [
        ['Minutes', 'DATE', 'Student_ID'],
        ['45', '2024-10-01', 'S1'],
        ['', '', ''],
        ['60', '2024-10-02', 'S1'],
      ]),
    ).toEqual({
      lines: [
        { line: 2, columns: COLUMNS, studentId: 'S1', date: '2024-10-01', minutes: 45 },
        { line: 4, columns: COLUMNS, studentId: 'S1', date: '2024-10-02', minutes: 60 },
      ],
      problems: [],
    });
  });

  it.each([
    [['S1', '2024-02-30', '45'], 'line 2 date: "2024-02-30" is not a date (YYYY-MM-DD)'],
    [['S1', '10/01/2024', '45'], 'line 2 date: "10/01/2024" is not a date (YYYY-MM-DD)'],
    [['S1', '2024-10-01', '45.5'], 'line 2 minutes: "45.5" is not a whole number of minutes'],
    [['S1', '2024-10-01', '-5'], 'line 2 minutes: "-5" is not a whole number of minutes'],
    [['', '2024-10-01', '45'], 'line 2 student_id: is empty'],
  ])('refuses %j: %s', (row, problem) => {
    expect(read(readAttendanceLines, [['student_id', 'date', 'minutes'], row]).problems).toEqual([problem]);
  });

  it('names a missing column and a student twice on one date', () => {
    expect(read(readAttendanceLines, [['student_id', 'date']]).problems).toEqual([
      'line 1: required column "minutes" is missing from the header',
    ]);
    expect(
      read(readAttendanceLines, [
        ['student_id', 'date', 'minutes'],
        ['S1', '2024-10-01', '45'],
        ['S1', '2024-10-01', '30'],
      ]).problems,
    ).toEqual(['line 3 date: student S1 on 2024-10-01 is already on line 2']);
  });
});

const TEST_COLUMNS = { student_id: 1, kind: 2, date: 3, score: 4 };

describe('test score files', () => {
  it('reads pre and post scores with decimals', () => {
    expect(
      read(readTestLines, [
        ['student_id', 'kind', 'date', 'score'],
        ['S1', 'PRE', '2024-10-01', '12.5'],
        ['S1', 'post', '2025-05-01', '20'],
      ]).lines,
    ).toEqual([
      { line: 2, columns: TEST_COLUMNS, studentId: 'S1', kind: 'pre', date: '2024-10-01', score: 12.5 },
      { line: 3, columns: TEST_COLUMNS, studentId: 'S1', kind: 'post', date: '2025-05-01', score: 20 },
    ]);
  });

  it.each([
    [['S1', 'middle', '2024-10-01', '3'], 'line 2 kind: "middle" is neither pre nor post'],
    [['S1', 'pre', '2024-10-01', 'ten'], 'line 2 score: "ten" is not a number'],
    [['S1', 'pre', '2024-13-01', '3'], 'line 2 date: "2024-13-01" is not a date (YYYY-MM-DD)'],
  ])('refuses %j: %s', (row, problem) => {
    expect(read(readTestLines, [['student_id', 'kind', 'date', 'score'], row]).problems).toEqual([problem]);
  });
});
