/**
 * What an upload of Dashboard files was read as: the LEAs, the years, the rows of each file,
 * and the rows the engine will not use with the reason why (FORMAT.md "Meaning"). Pure.
 */
import type { CdeImportReport } from './cde-dashboard-files';
import { LEA_TYPES, type LeaType } from './da-codes';
import type { DaData, DaRequest } from './da-input';
import type { DaSettings } from './da-settings';
import { countedResult } from './lea-year';
import { DA_FILES } from './read-da-case';
import { DEFAULT_RULE_FAMILY, ruleSetFamily, type RuleSet } from './rule-set';

export const IGNORED_REASONS = [
  'not_da_group',
  'below_minimum',
  'no_color_or_status',
  'no_rule_set',
  'local_not_used',
  'coe_only_priority',
] as const;
export type IgnoredReason = (typeof IGNORED_REASONS)[number];

export interface IgnoredRow {
  file: string;
  line: number;
  leaId: string;
  year: number;
  reason: IgnoredReason;
  /** e.g. "n 12 < 30" */
  detail: string | null;
}

export interface DaImportSummary {
  leas: number;
  leasByType: Record<LeaType, number>;
  /** Every Dashboard year with at least one row, ascending. */
  years: number[];
  rowsByFile: Array<{ file: string; rows: number }>;
  ignoredCount: number;
  ignoredByReason: Record<IgnoredReason, number>;
  /** The first rows ignored (up to IGNORED_LISTED), in file and line order. */
  ignored: IgnoredRow[];
  /** An upload of the CDE's own Dashboard files: what was read from them (CDE3.1). */
  cde?: CdeImportReport;
}

const IGNORED_LISTED = 500;

/** The summary of a read case; `request` names the rule-set family earlier years are judged by. */
export function summarizeDaImport(
  request: DaRequest,
  data: DaData,
  ruleSets: readonly RuleSet[],
  settings: DaSettings,
  files: { localIndicators: boolean; leaStatus: boolean },
): DaImportSummary {
  const family = ruleSetFamily(request.rules ?? `${DEFAULT_RULE_FAMILY}-${request.year}`);
  const ruleSetOf = (year: number) => ruleSets.find((s) => s.id === `${family}-${year}`);
  const leaTypes = new Map(data.leas.map((l) => [l.leaId, l.leaType]));
  const ignored: IgnoredRow[] = [];

  for (const row of data.indicators) {
    const ruleSet = ruleSetOf(row.year);
    const ignore = (reason: IgnoredReason, detail: string | null = null) =>
      ignored.push({
        file: DA_FILES.indicators,
        line: row.line ?? 0,
        leaId: row.leaId,
        year: row.year,
        reason,
        detail,
      });
    if (!ruleSet) ignore('no_rule_set');
    else if (!ruleSet.daStudentGroups.includes(row.group)) ignore('not_da_group', row.group);
    else {
      const minimum = ruleSet.minGroupSize[row.group] ?? ruleSet.minGroupSize.default;
      if (row.n !== null && row.n < minimum) ignore('below_minimum', `n ${row.n} < ${minimum}`);
      else if (!countedResult(row, ruleSet, settings)) ignore('no_color_or_status');
    }
  }
  for (const row of data.localIndicators) {
    const ruleSet = ruleSetOf(row.year);
    const ignore = (reason: IgnoredReason, detail: string | null = null) =>
      ignored.push({
        file: DA_FILES.localIndicators,
        line: row.line ?? 0,
        leaId: row.leaId,
        year: row.year,
        reason,
        detail,
      });
    // A rating is also read as "the year before" by the next year's rule set (R2.4).
    const usedNextYear = ruleSetOf(row.year + 1)?.localIndicators.used ?? false;
    if (!ruleSet && !usedNextYear) ignore('no_rule_set');
    else if (!(ruleSet?.localIndicators.used ?? false) && !usedNextYear) ignore('local_not_used');
    else if ((row.priority === 9 || row.priority === 10) && leaTypes.get(row.leaId) !== 'coe')
      ignore('coe_only_priority', `P${row.priority}`);
  }

  const ignoredByReason = Object.fromEntries(IGNORED_REASONS.map((r) => [r, 0])) as Record<
    IgnoredReason,
    number
  >;
  for (const row of ignored) ignoredByReason[row.reason] += 1;
  const leasByType = Object.fromEntries(LEA_TYPES.map((t) => [t, 0])) as Record<LeaType, number>;
  for (const lea of data.leas) leasByType[lea.leaType] += 1;
  const years = [
    ...new Set([...data.indicators, ...data.localIndicators, ...data.leaStatus].map((r) => r.year)),
  ].sort((a, b) => a - b);
  const rowsByFile = [
    { file: DA_FILES.leas, rows: data.leas.length },
    { file: DA_FILES.indicators, rows: data.indicators.length },
    ...(files.localIndicators ? [{ file: DA_FILES.localIndicators, rows: data.localIndicators.length }] : []),
    ...(files.leaStatus ? [{ file: DA_FILES.leaStatus, rows: data.leaStatus.length }] : []),
  ];
  return {
    leas: data.leas.length,
    leasByType,
    years,
    rowsByFile,
    ignoredCount: ignored.length,
    ignoredByReason,
    ignored: ignored.slice(0, IGNORED_LISTED),
  };
}
