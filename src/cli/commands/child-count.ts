import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { DomainError } from '../../core/common/domain-error';
import type { ChildCountEntry } from '../../core/services/child-count';
import { EDFACTS_FILES, type EdfactsFile } from '../../core/services/edfacts-child-count';
import { certifyChildCounts } from '../../usecases/child-counts/certify-child-counts';
import { explainChildCountOf } from '../../usecases/child-counts/explain-child-count';
import { exportEdfactsFile } from '../../usecases/child-counts/export-child-counts';
import { getChildCountDifferences } from '../../usecases/child-counts/get-child-count-differences';
import { getChildCounts, type ChildCountsView } from '../../usecases/child-counts/get-child-counts';
import { listCountedChildren } from '../../usecases/child-counts/list-counted-children';
import { CLI_ACTOR, type UseCaseContext } from '../../usecases/context';
import { reportChildCount } from '../../usecases/services/report-child-count';
import { withDatabase } from '../cli-database';
import { textTable } from '../cli-output';

const count = (n: number) => n.toLocaleString('en-US');

interface ChildCountOptions {
  period: string;
  region?: string;
  json?: boolean;
  breakdown?: boolean;
  list?: boolean;
  category?: string;
  limit?: string;
  offset?: string;
  explain?: string;
  certify?: boolean;
  differences?: boolean;
  edfacts?: string;
  file?: string;
}

const HELP = `
Without options, the two counts. One of:
  --json                 the contract's JSON ({ scope, period, category1, category2 })
  --breakdown            by age/grade group, English learners, disabilities, and each region
  --list                 the counted children with the day and span that count them
                         (--category 2 for Category 2; --limit, --offset to page)
  --explain ID           whether and why one student number counts
  --certify              certify the state's counts of the period (audited)
  --differences          the children added or removed since the period's certification
  --edfacts FILE         write the state's EDFacts file (--file FS121 or FS122) to FILE`;

function breakdownTable(view: ChildCountsView): string {
  const { breakdown } = view;
  const pair = (label: string, p: { category1: number; category2: number }) => [
    label,
    count(p.category1),
    count(p.category2),
  ];
  const rows = [
    pair('total', breakdown),
    ...breakdown.groups.map((g) => pair(g.group, g)),
    pair('English learners', breakdown.englishLearners),
    pair('with disabilities', breakdown.disabilities),
    ...(view.regions ?? []).map((r) => pair(`region ${r.number}`, r)),
  ];
  const certified = view.certification
    ? `\nCertified ${view.certification.certifiedAt} by ${view.certification.certifiedBy}: ${count(view.certification.category1)} / ${count(view.certification.category2)}`
    : '';
  return `${textTable(`Child count ${view.period}: ${view.scope}`, ['', 'Category 1', 'Category 2'], rows)}${certified}`;
}

function listTable(title: string, entries: ChildCountEntry[]): string {
  const rows = entries.map((e) => [
    e.studentId,
    e.day,
    `${e.span.from}..${e.span.to}`,
    e.group,
    e.category2 ? `${e.category2.day} ${e.category2.serviceId}` : '',
  ]);
  return textTable(title, ['student', 'counts from', 'span', 'group', 'summer day'], rows, [0, 1, 2, 3, 4]);
}

function whole(option: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) throw DomainError.invalidField(option, `"${value}" is not a whole number`);
  return Number(value);
}

async function run(
  ctx: UseCaseContext,
  opts: ChildCountOptions,
  regionNumber: number | undefined,
): Promise<string> {
  const scope = { period: opts.period, regionNumber };
  if (opts.certify) return breakdownTable(await certifyChildCounts(ctx, { period: opts.period }));
  if (opts.breakdown) return breakdownTable(await getChildCounts(ctx, scope));
  if (opts.list) {
    const category = opts.category === '2' ? 2 : 1;
    const page = await listCountedChildren(ctx, {
      ...scope,
      category,
      limit: whole('--limit', opts.limit, 100),
      offset: whole('--offset', opts.offset, 0),
    });
    return listTable(
      `Category ${category} ${page.period}: ${page.scope}, ${count(page.total)} children`,
      page.items,
    );
  }
  if (opts.explain !== undefined)
    return JSON.stringify(await explainChildCountOf(ctx, { ...scope, studentId: opts.explain }), null, 2);
  if (opts.differences) {
    const d = await getChildCountDifferences(ctx, { period: opts.period });
    if (d.certifiedAt === null) return `The counts of ${d.period} were never certified.`;
    const rows = d.children.map((c) => [
      c.studentId,
      String(c.category),
      c.change,
      c.day ?? '',
      c.summerDay ?? '',
    ]);
    const title = `Since ${d.certifiedAt}: Category 1 +${d.totals.added1} −${d.totals.removed1}, Category 2 +${d.totals.added2} −${d.totals.removed2}`;
    return textTable(title, ['student', 'category', 'change', 'counts from', 'summer day'], rows, [0, 2]);
  }
  if (opts.edfacts !== undefined) {
    const file = (opts.file ?? 'FS121').toUpperCase() as EdfactsFile;
    if (!EDFACTS_FILES.includes(file))
      throw DomainError.invalidField('--file', `"${opts.file}" is not one of ${EDFACTS_FILES.join(', ')}`);
    const exported = await exportEdfactsFile(ctx, { period: opts.period, file });
    writeFileSync(opts.edfacts, exported.body);
    return `${file} of ${opts.period} written to ${opts.edfacts}.`;
  }
  const result = await reportChildCount(ctx, scope);
  if (opts.json) return JSON.stringify(result, null, 2);
  return `Child count ${result.period}: ${result.scope}\n  Category 1  ${count(result.category1)}\n  Category 2  ${count(result.category2)}`;
}

/** `ciclo report child-count`: the counts, their breakdowns and children, certification and the EDFacts files. */
export function registerChildCountCommand(
  report: Command,
  regionOption: (region: string | undefined) => number | undefined,
): void {
  report
    .command('child-count')
    .description('Category 1 and Category 2 of the federal child count for a performance period')
    .requiredOption('--period <period>', 'performance period, e.g. 2024-25')
    .option('--region <number>', 'only the students of this region’s services')
    .option('--json', 'print the JSON of the contract')
    .option('--breakdown', 'by age/grade group, English learners, disabilities and region')
    .option('--list', 'the counted children with their reasons')
    .option('--category <n>', 'with --list: 1 or 2', '1')
    .option('--limit <n>', 'with --list: children per page', '100')
    .option('--offset <n>', 'with --list: children to skip', '0')
    .option('--explain <studentId>', 'whether and why one student counts')
    .option('--certify', 'certify the state’s counts of the period')
    .option('--differences', 'the changes since the period’s certification')
    .option('--edfacts <file>', 'write the state’s EDFacts file to this path')
    .option('--file <FS121|FS122>', 'with --edfacts: which file', 'FS121')
    .addHelpText('after', HELP)
    .action(async (opts: ChildCountOptions) => {
      const regionNumber = regionOption(opts.region);
      await withDatabase(async ({ db }) => {
        process.stdout.write(`${await run({ db, actor: CLI_ACTOR }, opts, regionNumber)}\n`);
      });
    });
}
