/**
 * The federal child counts in the shape of the EDFacts files a state submits (S5.8): FS121
 * "Migratory Students Eligible – 12 Months" (Category 1) and FS122 "MEP Students Eligible and
 * Served – Summer/Intersession" (Category 2), state (SEA) level, in the files'
 * comma-separated form: a header record, then one data record per category value and a total.
 * docs/rules/services.md S5.8 names the specification version followed and what to check.
 */
import type { PerformancePeriod } from '../recruitment/performance-period';
import type { ChildCountBreakdown, CountPair } from './child-count';

export const EDFACTS_FILES = ['FS121', 'FS122'] as const;
export type EdfactsFile = (typeof EDFACTS_FILES)[number];

/** What each file counts, and its header's file type and its data records' table name. */
const FILE_SPECS: Record<EdfactsFile, { count: keyof CountPair; fileType: string; tableName: string }> = {
  FS121: {
    count: 'category1',
    fileType: 'SEA MIGRANT STUDENTS ELIGIBLE 12 MONTHS',
    tableName: 'MIGRANTSTUELIG12MO',
  },
  FS122: {
    count: 'category2',
    fileType: 'SEA MIGRANT STUDENTS ELIG SUMMER',
    tableName: 'MIGRANTSTUELIGSUMR',
  },
};

/** The data record's columns, in order (the header record has its own, see `headerRecord`). */
export const EDFACTS_DATA_COLUMNS = [
  'File Record Number',
  'State Code',
  'State Agency Number',
  'Filler',
  'Filler',
  'Table Name',
  'Grade Level (Migrant)',
  'English Learner Status',
  'Disability Status (IDEA)',
  'Total Indicator',
  'Explanation',
  'Student Count',
] as const;

export interface EdfactsOptions {
  period: PerformancePeriod;
  /** The state's two-digit FIPS code (California: 06). */
  stateCode: string;
  /** The state agency number (01 for the state education agency). */
  stateAgencyNumber?: string;
}

/** A cell of the file: never a quote or a comma, the file's values are codes and counts. */
const cell = (value: string | number) => String(value).replace(/[",\r\n]/g, ' ');

/** The file's name: state code, file number, reporting period (`06FS121-2024-2025.csv`). */
export function edfactsFileName(file: EdfactsFile, options: EdfactsOptions): string {
  const { startYear } = options.period;
  return `${options.stateCode}${file}-${startYear}-${startYear + 1}.csv`;
}

/**
 * S5.8: one EDFacts file of a period's counts: a row per age/grade group (children whose grade
 * is not recorded, `MISSING`, are in no grade row but in the total, which says how many they
 * are), the English learners and non-English learners, the children with disabilities, and the
 * state's total. Every category value is written, zeros included.
 */
export function edfactsChildCountFile(
  file: EdfactsFile,
  breakdown: ChildCountBreakdown,
  options: EdfactsOptions,
): string {
  const spec = FILE_SPECS[file];
  const of = (pair: CountPair) => pair[spec.count];
  const total = of(breakdown);
  const missing = of(breakdown.groups.find((g) => g.group === 'MISSING') ?? { category1: 0, category2: 0 });
  const englishLearners = of(breakdown.englishLearners);
  type Values = { grade?: string; el?: string; disability?: string; total?: boolean; explanation?: string };
  const values: Array<[Values, number]> = [
    ...breakdown.groups
      .filter((g) => g.group !== 'MISSING')
      .map((g): [Values, number] => [{ grade: g.group }, of(g)]),
    [{ el: 'LEP' }, englishLearners],
    [{ el: 'NLEP' }, total - englishLearners],
    [{ disability: 'WDIS' }, of(breakdown.disabilities)],
    [
      {
        total: true,
        explanation: missing > 0 ? `${missing} counted children have no grade recorded` : '',
      },
      total,
    ],
  ];
  const records = values.map(([v, count], i) =>
    [
      i + 1,
      options.stateCode,
      options.stateAgencyNumber ?? '01',
      '',
      '',
      spec.tableName,
      v.grade ?? '',
      v.el ?? '',
      v.disability ?? '',
      v.total ? 'Y' : 'N',
      v.explanation ?? '',
      count,
    ]
      .map(cell)
      .join(','),
  );
  const { startYear } = options.period;
  const header = [
    spec.fileType,
    records.length,
    edfactsFileName(file, options),
    `CICLO ${file} ${options.period.name}`,
    `${startYear}-${startYear + 1}`,
    '',
  ]
    .map(cell)
    .join(',');
  return `${[header, ...records].join('\r\n')}\r\n`;
}
