import { describe, expect, it } from 'vitest';
import {
  assessmentMappingProblems,
  levelOfText,
  readAssessmentRows,
  schoolYearOfText,
  subjectOfText,
  suggestAssessmentMapping,
  type AssessmentColumnMapping,
} from './assessment-import';

describe('levelOfText', () => {
  it.each([
    ['1', 'ELA', 1],
    [' 4 ', 'MATH', 4],
    ['Level 2', 'ELA', 2],
    ['Standard Not Met', 'ELA', 1],
    ['standard nearly met', 'MATH', 2],
    ['3 - Standard Met', 'ELA', 3],
    ['Standard Exceeded', 'MATH', 4],
    ['Well Developed', 'ELPAC', 4],
    ['Minimally Developed', 'ELPAC', 1],
    ['2 - Somewhat Developed', 'ELPAC', 2],
    ['Well Developed', 'ELA', undefined],
    ['3 - Standard Exceeded', 'ELA', undefined],
    ['5', 'ELA', undefined],
    ['', 'ELA', undefined],
    ['2.0', 'ELA', undefined],
  ] as const)('%j in %s → %s', (text, subject, level) => {
    expect(levelOfText(text, subject)).toBe(level);
  });
});

describe('subjectOfText and schoolYearOfText', () => {
  it.each([
    ['ELA', 'ELA'],
    ['English Language Arts/Literacy', 'ELA'],
    ['Mathematics', 'MATH'],
    ['math', 'MATH'],
    ['Summative ELPAC', 'ELPAC'],
    ['Science', undefined],
  ])('subject %j → %s', (text, subject) => {
    expect(subjectOfText(text)).toBe(subject);
  });
  it.each([
    ['2023-24', '2023-24'],
    ['2023-2024', '2023-24'],
    ['2023–24', '2023-24'],
    ['2023/24', '2023-24'],
    ['2023-2025', undefined],
    ['2023-25', undefined],
    ['2023', undefined],
  ])('school year %j → %s', (text, year) => {
    expect(schoolYearOfText(text)).toBe(year);
  });
});

describe('suggestAssessmentMapping', () => {
  it('recognizes common headers', () => {
    expect(
      suggestAssessmentMapping(['SSID', 'Test Subject', 'Academic Year', 'Achievement Level', 'Name']),
    ).toEqual({
      studentId: 'SSID',
      subject: { column: 'Test Subject' },
      schoolYear: { column: 'Academic Year' },
      level: 'Achievement Level',
    });
  });
});

const mapping: AssessmentColumnMapping = {
  studentId: 'Student_ID',
  subject: { column: 'subject' },
  schoolYear: { column: 'school_year' },
  level: 'level',
};
const header = ['Student_ID', 'subject', 'school_year', 'level'];

describe('assessmentMappingProblems', () => {
  it.each([
    ['all columns present', mapping, []],
    ['a missing column', { ...mapping, level: 'Level' }, ['level']],
    ['a fixed subject that is not one', { ...mapping, subject: { fixed: 'SCI' } }, ['subject']],
    ['a fixed year that is not one', { ...mapping, schoolYear: { fixed: '2023' } }, ['schoolYear']],
  ] as const)('%s', (_, m, fields) => {
    expect(assessmentMappingProblems(m as AssessmentColumnMapping, header).map((p) => p.field)).toEqual(
      fields,
    );
  });
});

describe('readAssessmentRows', () => {
  const read = (rows: string[][], m = mapping) =>
    readAssessmentRows({ fileName: 'scores.csv', rows: [header, ...rows] }, m);

  it('reads good rows and skips blank ones', () => {
    expect(
      read([
        ['M1', 'ELA', '2023-24', 'Standard Nearly Met'],
        ['', '', '', ''],
        ['M1', 'Mathematics', '2023-2024', '4'],
      ]),
    ).toEqual([
      { studentId: 'M1', subject: 'ELA', schoolYear: '2023-24', level: 2, line: 2 },
      { studentId: 'M1', subject: 'MATH', schoolYear: '2023-24', level: 4, line: 4 },
    ]);
  });

  it('takes a fixed subject and year for the whole file', () => {
    const fixed = { ...mapping, subject: { fixed: 'ELPAC' as const }, schoolYear: { fixed: '2022-23' } };
    expect(read([['M2', 'x', 'y', 'Well Developed']], fixed)).toEqual([
      { studentId: 'M2', subject: 'ELPAC', schoolYear: '2022-23', level: 4, line: 2 },
    ]);
  });

  it.each([
    ['an empty student number', ['', 'ELA', '2023-24', '1'], 'scores.csv, line 2, column 1 (Student_ID)'],
    ['an unknown subject', ['M1', 'Science', '2023-24', '1'], 'scores.csv, line 2, column 2 (subject)'],
    ['a bad school year', ['M1', 'ELA', '2023', '1'], 'scores.csv, line 2, column 3 (school_year)'],
    ['a level out of range', ['M1', 'ELA', '2023-24', '5'], 'scores.csv, line 2, column 4 (level)'],
  ])('refuses %s naming line and column', (_, row, where) => {
    expect(() => read([row])).toThrow(expect.objectContaining({ message: expect.stringContaining(where) }));
  });

  it('refuses the second row of a student, subject and year', () => {
    expect(() =>
      read([
        ['M1', 'ELA', '2023-24', '1'],
        ['M1', 'ELA', '2023-24', '2'],
      ]),
    ).toThrow(
      'scores.csv, line 3, column 1 (Student_ID): M1 has a second ELA result for 2023-24 in this file',
    );
  });

  it('lists every problem, not only the first', () => {
    try {
      read([
        ['M1', 'ELA', '2023-24', '9'],
        ['M2', 'ELA', 'x', '1'],
      ]);
      expect.unreachable();
    } catch (error) {
      expect((error as { problems: unknown[] }).problems).toHaveLength(2);
    }
  });
});
