import { DomainError } from '../../core/common/domain-error';
import {
  edfactsChildCountFile,
  edfactsFileName,
  type EdfactsFile,
} from '../../core/services/edfacts-child-count';
import { allChildCountEntries, childCountFigures } from '../../data/repositories/child-count.repository';
import type { UseCaseContext } from '../context';
import { tableFile, type TableFormat } from '../exports/table-file';
import { childCountScope } from './child-count-scope';
import { childCountPfsOf } from './get-child-count-pfs';
import { getChildCountDifferences } from './get-child-count-differences';

/** California's FIPS state code, the EDFacts files' State Code. */
export const STATE_FIPS_CODE = '06';

interface ScopeOptions {
  period: string;
  regionNumber?: number | undefined;
}

interface ExportedFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

const COUNT_COLUMNS = ['breakdown', 'value', 'category1', 'category2'] as const;
const CHILD_COLUMNS = [
  'student_id',
  'birth_date',
  'qualifying_day',
  'span_from',
  'span_to',
  'age_grade_group',
  'english_learner',
  'disability',
  'category2',
  'summer_day',
  'summer_service',
] as const;

const fileScope = (scope: string) => scope.replace(' ', '-');

/** The counts and their breakdowns (and, for the state, each region) as a CSV or XLSX table. */
export async function exportChildCountFigures(
  ctx: UseCaseContext,
  options: ScopeOptions,
  format: TableFormat,
): Promise<ExportedFile> {
  const { period, scope, query } = await childCountScope(ctx, options);
  const [{ breakdown, regions }, pfs] = await Promise.all([
    childCountFigures(ctx.db, query),
    childCountPfsOf(ctx.db, query),
  ]);
  const rows: Array<[string, string, number, number]> = [
    ['total', scope, breakdown.category1, breakdown.category2],
    ...breakdown.groups.map((g): [string, string, number, number] => [
      'age_grade',
      g.group,
      g.category1,
      g.category2,
    ]),
    ['english_learner', 'Y', breakdown.englishLearners.category1, breakdown.englishLearners.category2],
    ['disability', 'Y', breakdown.disabilities.category1, breakdown.disabilities.category2],
    ['pfs', 'Y', pfs.category1, pfs.category2],
    ...(regions ?? []).map((r): [string, string, number, number] => [
      'region',
      `${r.number} ${r.name}`,
      r.category1,
      r.category2,
    ]),
  ];
  const table = {
    columns: COUNT_COLUMNS,
    rows,
    sheetName: `Child counts ${period.name}`,
    widthOf: (key: string) => (key === 'value' ? 32 : 16),
  };
  return {
    fileName: `child-counts-${fileScope(scope)}-${period.name}.${format}`,
    ...(await tableFile(table, format)),
  };
}

/** S5.6: every counted child with the reasons they count, as a CSV or XLSX table, by student number. */
export async function exportCountedChildren(
  ctx: UseCaseContext,
  options: ScopeOptions,
  format: TableFormat,
): Promise<ExportedFile> {
  const { period, scope, query } = await childCountScope(ctx, options);
  const entries = await allChildCountEntries(ctx.db, query);
  const rows = entries.map((e) => [
    e.studentId,
    e.birthDate,
    e.day,
    e.span.from,
    e.span.to,
    e.group,
    e.englishLearner ? 'Y' : 'N',
    e.disability ? 'Y' : 'N',
    e.category2 ? 'Y' : 'N',
    e.category2?.day ?? '',
    e.category2?.serviceId ?? '',
  ]);
  const table = {
    columns: CHILD_COLUMNS,
    rows,
    sheetName: `Counted children ${period.name}`,
    widthOf: (key: string) => (key === 'student_id' || key === 'summer_service' ? 20 : 14),
  };
  return {
    fileName: `counted-children-${fileScope(scope)}-${period.name}.${format}`,
    ...(await tableFile(table, format)),
  };
}

const DIFFERENCE_COLUMNS = [
  'student_id',
  'category',
  'change',
  'qualifying_day',
  'summer_day',
  'summer_service',
] as const;

/** S5.7: every child added to or removed from a count since the period's certification, as a CSV or XLSX table. */
export async function exportChildCountDifferences(
  ctx: UseCaseContext,
  options: { period: string },
  format: TableFormat,
): Promise<ExportedFile> {
  const differences = await getChildCountDifferences(ctx, { period: options.period });
  const rows = differences.children.map((child) => [
    child.studentId,
    child.category,
    child.change,
    child.day ?? '',
    child.summerDay ?? '',
    child.summerService ?? '',
  ]);
  const table = {
    columns: DIFFERENCE_COLUMNS,
    rows,
    sheetName: `Since certification ${differences.period}`,
    widthOf: (key: string) => (key === 'student_id' || key === 'summer_service' ? 20 : 14),
  };
  return {
    fileName: `child-count-differences-${differences.period}.${format}`,
    ...(await tableFile(table, format)),
  };
}

/** S5.8: the state's EDFacts file of a period (FS121, Category 1; FS122, Category 2). */
export async function exportEdfactsFile(
  ctx: UseCaseContext,
  options: { period: string; file: EdfactsFile },
): Promise<ExportedFile> {
  const { period, region, query } = await childCountScope(ctx, { period: options.period });
  if (region !== null) throw new DomainError('forbidden', 'The EDFacts files are the state’s counts.');
  const { breakdown } = await childCountFigures(ctx.db, query);
  const edfacts = { period, stateCode: STATE_FIPS_CODE };
  return {
    fileName: edfactsFileName(options.file, edfacts),
    contentType: 'text/csv; charset=utf-8',
    body: Buffer.from(edfactsChildCountFile(options.file, breakdown, edfacts), 'utf8'),
  };
}
