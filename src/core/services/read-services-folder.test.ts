import { describe, expect, it } from 'vitest';
import { addDays } from '../common/calendar-date';
import { DomainError } from '../common/domain-error';
import { elaMpo, preschoolMpo } from './plan-builders';
import { readServicesFolder } from './read-services-folder';

const PLAN = JSON.stringify({ mpos: [elaMpo({ growth: { kind: 'points', points: 3 } }), preschoolMpo()] });

/** A small valid folder: each file's header, then its rows (line 2 onward). */
const VALID: Record<string, string[]> = {
  'children.csv': [
    'Student_ID,birth_date,eligible_from,eligible_to',
    'M1,2015-01-01,2024-01-01,2026-12-31',
    'M2,2020-03-01,2024-01-01,2025-06-30',
    'M2,2020-03-01,2025-07-01,2026-12-31',
  ],
  'assessments.csv': ['student_id,subject,school_year,level', 'M1,ELA,2023-24,2'],
  'services.csv': [
    'service_id,region,name,term,mpos,start_date,end_date,instrument_min,instrument_max,higher_is_better',
    'S1,5,Reading,RSY,1.0,2024-10-01,2025-05-30,0,100,Y',
    'S2,7,"Summer, with a comma",SUMMER,1.0; 7.0,2025-06-15,2025-07-31,200.5,250,N',
    'S3,7,Unaligned,INTERSESSION,,2025-01-02,2025-01-10,0,10,Y',
  ],
  'enrollments.csv': ['service_id,student_id,enrolled_on', 'S1,M1,2024-10-01', 'S2,M2,2025-06-15'],
  'attendance.csv': ['service_id,student_id,date,minutes', 'S1,M1,2024-10-02,60', 'S2,M2,2025-06-16,600'],
  'tests.csv': [
    'service_id,student_id,kind,date,score',
    'S1,M1,pre,2024-10-02,10.5',
    'S1,M1,post,2025-05-01,20.25',
    'S2,M2,pre,2025-06-15,250',
  ],
};

function folder(changes: Record<string, string[] | undefined> = {}, plan: string | null = PLAN) {
  const files = new Map<string, string>();
  if (plan !== null) files.set('plan.json', plan);
  for (const [name, lines] of Object.entries({ ...VALID, ...changes }))
    if (lines !== undefined) files.set(name, `${lines.join('\n')}\n`);
  return files;
}

/** The folder with one more row at the end of `file`. */
const withRow = (file: string, row: string) => folder({ [file]: [...VALID[file]!, row] });
/** The folder with row `line` (2 = the first data row) of `file` replaced. */
const withLine = (file: string, line: number, row: string) =>
  folder({ [file]: VALID[file]!.map((text, i) => (i === line - 1 ? row : text)) });

function refusal(files: Map<string, string>): DomainError {
  try {
    readServicesFolder(files);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected the folder to be refused');
}

describe('a valid folder (S4)', () => {
  it('reads every file, column names in any case, a list of MPOs and decimals as written', () => {
    const records = readServicesFolder(folder());
    expect(records.mpos.map((mpo) => mpo.number)).toEqual(['1.0', '7.0']);
    expect(records.students).toEqual([
      { studentId: 'M1', birthDate: '2015-01-01', spans: [{ from: '2024-01-01', to: '2026-12-31' }] },
      {
        studentId: 'M2',
        birthDate: '2020-03-01',
        spans: [
          { from: '2024-01-01', to: '2025-06-30' },
          { from: '2025-07-01', to: '2026-12-31' },
        ],
      },
    ]);
    expect(records.assessments).toEqual([
      { studentId: 'M1', subject: 'ELA', schoolYear: '2023-24', level: 2 },
    ]);
    expect(records.services[1]).toEqual({
      serviceId: 'S2',
      region: 7,
      name: 'Summer, with a comma',
      term: 'SUMMER',
      mpos: ['1.0', '7.0'],
      startDate: '2025-06-15',
      endDate: '2025-07-31',
      instrument: { min: 200.5, max: 250, higherIsBetter: false },
    });
    expect(records.services[2]!.mpos).toEqual([]);
    expect(records.enrollments).toHaveLength(2);
    expect(records.attendance).toEqual([
      { serviceId: 'S1', studentId: 'M1', date: '2024-10-02', minutes: 60 },
      { serviceId: 'S2', studentId: 'M2', date: '2025-06-16', minutes: 600 },
    ]);
    expect(records.tests.map((test) => test.score)).toEqual([10.5, 20.25, 250]);
  });

  it('takes files that hold a header only, and CRLF line ends', () => {
    const records = readServicesFolder(
      folder({ 'attendance.csv': [VALID['attendance.csv']![0]!], 'tests.csv': [VALID['tests.csv']![0]!] }),
    );
    expect(records.attendance).toEqual([]);
    expect(records.tests).toEqual([]);
    const crlf = folder();
    crlf.set(
      'children.csv',
      `${VALID['children.csv']!.join('\r\n')}\r\nM3,2015-01-01,2025-01-01,2024-01-01\r\n`,
    );
    expect(refusal(crlf).message).toContain('children.csv, line 5, column 4 (eligible_to)');
  });
});

describe('what refuses the whole folder (S4)', () => {
  it('a missing file, naming it', () => {
    expect(refusal(folder({ 'tests.csv': undefined })).message).toBe('the folder has no tests.csv');
    expect(refusal(folder({}, null)).message).toBe('the folder has no plan.json');
  });

  it('a broken plan.json, naming the field', () => {
    const plan = JSON.parse(PLAN) as { mpos: Array<Record<string, unknown>> };
    plan.mpos[1]!.minN = -1;
    expect(refusal(folder({}, JSON.stringify(plan))).message).toBe(
      'plan.json: mpos[1].minN: must be a whole number from 0 to 9007199254740991',
    );
    expect(refusal(folder({}, '{')).message).toMatch(/^plan\.json: is not valid JSON/);
  });

  it('a missing column, and no row of that file or referring to it blamed for it', () => {
    const noMinutes = refusal(
      folder({ 'attendance.csv': ['service_id,student_id,date', 'S1,M1,2024-10-02'] }),
    );
    expect(noMinutes.message).toBe(
      'attendance.csv, line 1: required column "minutes" is missing from the header',
    );
    const noEnrolledOn = refusal(folder({ 'enrollments.csv': ['service_id,student_id', 'S1,M1'] }));
    expect(noEnrolledOn.message).toBe(
      'enrollments.csv, line 1: required column "enrolled_on" is missing from the header',
    );
    expect(noEnrolledOn.problems).toHaveLength(1);
  });

  it('malformed CSV', () => {
    expect(refusal(withRow('enrollments.csv', 'S2,"M1,2025-06-15')).message).toMatch(
      /^enrollments\.csv, line 4.*malformed CSV/,
    );
  });

  it.each<[string, string, string, string]>([
    // children.csv
    [
      'a birth date that is not a date',
      'children.csv',
      'M3,2015-02-30,2024-01-01,2026-12-31',
      'line 5, column 2 (birth_date): "2015-02-30" is not a date',
    ],
    [
      'an empty student id',
      'children.csv',
      ',2015-01-01,2024-01-01,2026-12-31',
      'line 5, column 1 (student_id): student_id is required',
    ],
    [
      'a span ending before it starts',
      'children.csv',
      'M3,2015-01-01,2025-01-01,2024-01-01',
      'line 5, column 4 (eligible_to): eligible_to 2024-01-01 is before eligible_from 2025-01-01',
    ],
    [
      'a birth date differing from the first row',
      'children.csv',
      'M2,2020-03-02,2027-01-01,2027-12-31',
      'line 5, column 2 (birth_date): birth_date 2020-03-02 differs from 2020-03-01 on line 3',
    ],
    [
      'the same span twice',
      'children.csv',
      'M1,2015-01-01,2024-01-01,2026-12-31',
      'line 5, column 3 (eligible_from): this span of student M1 is already on line 2',
    ],
    // assessments.csv
    [
      'a student the folder does not hold',
      'assessments.csv',
      'M9,ELA,2023-24,2',
      'assessments.csv, line 3, column 1 (student_id): student M9 is not in children.csv',
    ],
    [
      'a subject not assessed',
      'assessments.csv',
      'M1,SCIENCE,2023-24,2',
      'line 3, column 2 (subject): "SCIENCE" must be one of ELA, MATH',
    ],
    [
      'a school year of two years apart',
      'assessments.csv',
      'M1,ELA,2023-25,2',
      'line 3, column 3 (school_year): "2023-25" is not a school year such as 2023-24',
    ],
    [
      'a school year written otherwise',
      'assessments.csv',
      'M1,ELA,2023/24,2',
      'line 3, column 3 (school_year)',
    ],
    [
      'level 5',
      'assessments.csv',
      'M1,ELA,2022-23,5',
      'line 3, column 4 (level): "5" is not a whole number from 1 to 4',
    ],
    ['level 0', 'assessments.csv', 'M1,ELA,2022-23,0', 'line 3, column 4 (level)'],
    [
      'two results of one year and subject',
      'assessments.csv',
      'M1,ELA,2023-24,1',
      'line 3, column 3 (school_year): student M1 already has a ELA result for 2023-24 on line 2',
    ],
    // services.csv
    [
      'a duplicate service id',
      'services.csv',
      'S1,5,Again,RSY,1.0,2024-10-01,2025-05-30,0,100,Y',
      'services.csv, line 5, column 1 (service_id): service S1 is already on line 2',
    ],
    [
      'region 0',
      'services.csv',
      'S4,0,X,RSY,1.0,2024-10-01,2025-05-30,0,100,Y',
      'line 5, column 2 (region): "0" is not a whole number',
    ],
    [
      'a negative region',
      'services.csv',
      'S4,-5,X,RSY,1.0,2024-10-01,2025-05-30,0,100,Y',
      'line 5, column 2 (region)',
    ],
    [
      'a fractional region',
      'services.csv',
      'S4,2.5,X,RSY,1.0,2024-10-01,2025-05-30,0,100,Y',
      'line 5, column 2 (region)',
    ],
    [
      'an unknown term',
      'services.csv',
      'S4,5,X,FALL,1.0,2024-10-01,2025-05-30,0,100,Y',
      'line 5, column 4 (term): "FALL" must be one of RSY, SUMMER, INTERSESSION',
    ],
    [
      'an MPO the plan does not hold',
      'services.csv',
      'S4,5,X,RSY,1.0;3.0,2024-10-01,2025-05-30,0,100,Y',
      'line 5, column 5 (mpos): MPO 3.0 is not in plan.json',
    ],
    [
      'an end before the start',
      'services.csv',
      'S4,5,X,RSY,1.0,2024-10-01,2024-09-30,0,100,Y',
      'line 5, column 7 (end_date): end_date 2024-09-30 is before start_date 2024-10-01',
    ],
    [
      'a start that is not a date',
      'services.csv',
      'S4,5,X,RSY,1.0,2024-13-01,2025-05-30,0,100,Y',
      'line 5, column 6 (start_date)',
    ],
    [
      'instrument_min equal to max',
      'services.csv',
      'S4,5,X,RSY,1.0,2024-10-01,2025-05-30,100,100,Y',
      'line 5, column 9 (instrument_max): instrument_max 100 is not above instrument_min 100',
    ],
    [
      'instrument_min above max',
      'services.csv',
      'S4,5,X,RSY,1.0,2024-10-01,2025-05-30,100.5,100,Y',
      'line 5, column 9 (instrument_max)',
    ],
    [
      'an instrument bound that is not a number',
      'services.csv',
      'S4,5,X,RSY,1.0,2024-10-01,2025-05-30,low,100,Y',
      'line 5, column 8 (instrument_min): "low" is not a number',
    ],
    [
      'higher_is_better not Y or N',
      'services.csv',
      'S4,5,X,RSY,1.0,2024-10-01,2025-05-30,0,100,yes',
      'line 5, column 10 (higher_is_better): "yes" must be one of Y, N',
    ],
    // enrollments.csv
    [
      'an enrollment in a service the folder does not hold',
      'enrollments.csv',
      'S9,M1,2024-10-01',
      'enrollments.csv, line 4, column 1 (service_id): service S9 is not in services.csv',
    ],
    [
      'an enrollment of a student the folder does not hold',
      'enrollments.csv',
      'S2,M9,2025-06-15',
      'line 4, column 2 (student_id): student M9 is not in children.csv',
    ],
    [
      'the same enrollment twice',
      'enrollments.csv',
      'S1,M1,2024-10-02',
      'line 4, column 2 (student_id): student M1 is already enrolled in S1 on line 2',
    ],
    [
      'an enrollment before the service starts',
      'enrollments.csv',
      'S2,M1,2025-06-14',
      'line 4, column 3 (enrolled_on): enrolled_on 2025-06-14 is outside service S2 (2025-06-15 to 2025-07-31)',
    ],
    [
      'an enrollment after the service ends',
      'enrollments.csv',
      'S2,M1,2025-08-01',
      'line 4, column 3 (enrolled_on): enrolled_on 2025-08-01 is outside service S2',
    ],
    [
      'an enrolled_on that is not a date',
      'enrollments.csv',
      'S2,M1,June',
      'line 4, column 3 (enrolled_on): "June" is not a date',
    ],
    // attendance.csv
    [
      'attendance of a student not enrolled',
      'attendance.csv',
      'S1,M2,2024-10-02,60',
      'attendance.csv, line 4, column 2 (student_id): student M2 is not enrolled in S1',
    ],
    [
      'attendance in a service the folder does not hold',
      'attendance.csv',
      'S9,M1,2024-10-02,60',
      'line 4, column 1 (service_id): service S9 is not in services.csv',
    ],
    [
      'attendance of a student the folder does not hold',
      'attendance.csv',
      'S1,M9,2024-10-02,60',
      'line 4, column 2 (student_id): student M9 is not in children.csv',
    ],
    [
      'attendance after the service ends',
      'attendance.csv',
      'S1,M1,2025-05-31,60',
      'line 4, column 3 (date): date 2025-05-31 is outside service S1 (2024-10-01 to 2025-05-30)',
    ],
    [
      'attendance before the service starts',
      'attendance.csv',
      'S1,M1,2024-09-30,60',
      'line 4, column 3 (date): date 2024-09-30 is outside service S1',
    ],
    [
      'the same day twice',
      'attendance.csv',
      'S1,M1,2024-10-02,30',
      'line 4, column 3 (date): attendance of M1 in S1 on 2024-10-02 is already on line 2',
    ],
    [
      '0 minutes',
      'attendance.csv',
      'S1,M1,2024-10-03,0',
      'line 4, column 4 (minutes): "0" is not a whole number from 1 to 600',
    ],
    [
      '601 minutes',
      'attendance.csv',
      'S1,M1,2024-10-03,601',
      'line 4, column 4 (minutes): "601" is not a whole number from 1 to 600',
    ],
    ['minutes with a fraction', 'attendance.csv', 'S1,M1,2024-10-03,30.5', 'line 4, column 4 (minutes)'],
    [
      'a date that is not a date',
      'attendance.csv',
      'S1,M1,2024-10-32,30',
      'line 4, column 3 (date): "2024-10-32" is not a date',
    ],
    // tests.csv
    [
      'a test of a student not enrolled',
      'tests.csv',
      'S2,M1,pre,2025-06-15,220',
      'tests.csv, line 5, column 2 (student_id): student M1 is not enrolled in S2',
    ],
    [
      'a test before the service starts',
      'tests.csv',
      'S1,M1,pre,2024-09-30,10',
      'line 5, column 4 (date): date 2024-09-30 is outside service S1',
    ],
    [
      'a test after the service ends',
      'tests.csv',
      'S1,M1,post,2025-05-31,10',
      'line 5, column 4 (date): date 2025-05-31 is outside service S1',
    ],
    [
      'a score above the range',
      'tests.csv',
      'S1,M1,post,2025-05-01,100.01',
      "line 5, column 5 (score): score 100.01 is outside the instrument's range 0 to 100",
    ],
    [
      'a score below the range',
      'tests.csv',
      'S2,M2,post,2025-07-01,200.49',
      "line 5, column 5 (score): score 200.49 is outside the instrument's range 200.5 to 250",
    ],
    [
      'a score with three decimals',
      'tests.csv',
      'S1,M1,post,2025-05-01,20.125',
      'line 5, column 5 (score): "20.125" has more than 2 decimals',
    ],
    [
      'a score that is not a number',
      'tests.csv',
      'S1,M1,post,2025-05-01,high',
      'line 5, column 5 (score): "high" is not a number',
    ],
    [
      'a kind neither pre nor post',
      'tests.csv',
      'S1,M1,mid,2025-05-01,20',
      'line 5, column 3 (kind): "mid" must be one of pre, post',
    ],
  ])('%s', (_name, file, row, expected) => {
    const message = refusal(withRow(file, row)).message;
    expect(message.startsWith(`${file}, line `)).toBe(true);
    expect(message).toContain(expected);
  });

  it('quotes a long value cut short', () => {
    const message = refusal(withRow('attendance.csv', `S1,M1,2024-10-03,${'9'.repeat(5000)}`)).message;
    expect(message).toBe(
      `attendance.csv, line 4, column 4 (minutes): "${'9'.repeat(40)}…" is not a whole number from 1 to 600`,
    );
  });

  it('an enrollment of a student not eligible on enrolled_on', () => {
    // M2 is eligible to 2025-06-30 and again from 2025-07-01; M1 is eligible throughout, so
    // the refusal needs a student with a gap: M3 eligible only in 2024.
    const files = folder({
      'children.csv': [...VALID['children.csv']!, 'M3,2015-01-01,2024-01-01,2024-12-31'],
      'enrollments.csv': [...VALID['enrollments.csv']!, 'S3,M3,2025-01-02'],
    });
    expect(refusal(files).message).toBe(
      'enrollments.csv, line 4, column 3 (enrolled_on): student M3 is not eligible on 2025-01-02',
    );
  });

  it('attendance dated before the student was enrolled', () => {
    const files = withLine('enrollments.csv', 2, 'S1,M1,2024-10-05');
    expect(refusal(files).message).toBe(
      'attendance.csv, line 2, column 3 (date): date 2024-10-02 is before the student was enrolled (2024-10-05)',
    );
  });

  it('lists every problem, and does not blame rows for a row already refused', () => {
    const files = folder({
      'services.csv': [...VALID['services.csv']!, 'S4,5,X,FALL,1.0,2024-10-01,2025-05-30,0,100,Y'],
      'enrollments.csv': [...VALID['enrollments.csv']!, 'S4,M1,2024-10-01'],
      'attendance.csv': [...VALID['attendance.csv']!, 'S4,M1,2024-10-01,0', 'S1,M1,2024-10-03,999'],
    });
    const error = refusal(files);
    expect(error.problems.map((problem) => problem.field)).toEqual([
      'services.csv, line 5, column 4 (term)',
      'attendance.csv, line 4, column 4 (minutes)',
      'attendance.csv, line 5, column 4 (minutes)',
    ]);
    expect(error.message).toContain('(and 2 more problems)');
  });

  it('names the right line in a file long enough to be read in pieces', () => {
    // M9 attends S9 on 60,000 days from 1800-01-01 (two pieces); line 50,005 repeats the first day.
    const days = Array.from({ length: 60_000 }, (_, i) => `S9,M9,${addDays('1800-01-01', i)},30`);
    days[50_003] = 'S9,M9,1800-01-01,30';
    const files = folder({
      'children.csv': [...VALID['children.csv']!, 'M9,2015-01-01,1800-01-01,1800-01-01'],
      'services.csv': [...VALID['services.csv']!, 'S9,5,Long,RSY,,1800-01-01,2299-12-31,0,100,Y'],
      'enrollments.csv': [...VALID['enrollments.csv']!, 'S9,M9,1800-01-01'],
      'attendance.csv': ['service_id,student_id,date,minutes', ...days],
    });
    expect(refusal(files).problems.map((problem) => problem.field)).toEqual([
      'attendance.csv, line 50005, column 3 (date)',
    ]);
  }, 30_000);
});

describe('what the child counts break down by (S5.4, S5.5)', () => {
  it('reads an optional grade, English learner and disability on each span', () => {
    const records = readServicesFolder(
      folder({
        'children.csv': [
          'student_id,birth_date,eligible_from,eligible_to,grade,english_learner,disability',
          'M1,2015-01-01,2024-01-01,2026-12-31,KN,Y,N',
          'M2,2020-03-01,2024-01-01,2025-06-30,,,Y',
        ],
      }),
    );
    expect(records.students.map((s) => s.spans)).toEqual([
      [{ from: '2024-01-01', to: '2026-12-31', grade: 'KN', englishLearner: true }],
      [{ from: '2024-01-01', to: '2025-06-30', disability: true }],
    ]);
  });

  it('refuses a grade it cannot read and a flag other than Y or N, naming the column', () => {
    const error = refusal(
      folder({
        'children.csv': [
          'student_id,birth_date,eligible_from,eligible_to,grade,english_learner',
          'M1,2015-01-01,2024-01-01,2026-12-31,13,yes',
          'M2,2020-03-01,2024-01-01,2026-12-31,,',
        ],
      }),
    );
    expect(error.message).toContain('children.csv, line 2, column 5 (grade)');
    expect(JSON.stringify(error.problems)).toContain('english_learner');
  });
});
