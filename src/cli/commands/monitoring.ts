import type { Command } from 'commander';
import { DomainError } from '../../core/common/domain-error';
import { isProgramYear, programYearOf } from '../../core/monitoring/application';
import { CHECKLIST_KINDS } from '../../core/monitoring/data-close';
import { EPC_TERMS, type EpcTerm } from '../../core/monitoring/epc';
import { findRegionByNumber } from '../../data/repositories/regions.repository';
import { todayInState } from '../../usecases/clock';
import { CLI_ACTOR } from '../../usecases/context';
import { getDataClose } from '../../usecases/monitoring/data-close';
import { getEpcProgress } from '../../usecases/monitoring/get-epc-progress';
import { getTrackingLog } from '../../usecases/monitoring/get-tracking-log';
import { withDatabase } from '../cli-database';

/** A program year from an option (`2026-27`), or a refusal naming the option. */
function programYearOption(option: string, text: string): string {
  if (!isProgramYear(text))
    throw DomainError.invalidField(option, `${text} is not a program year such as 2026-27`);
  return text;
}

const KIND_LABELS: Record<(typeof CHECKLIST_KINDS)[number], string> = {
  service_without_actual_dates: 'services without actual dates',
  enrollment_without_attendance: 'enrollments without attendance',
  missing_pre_test: 'missing pre tests',
  missing_post_test: 'missing post tests',
  coe_not_approved: 'COEs not approved',
};

/** `ciclo monitoring …`: the SSDP Tracking Log, EPC progress and the Data Close (docs/rules/monitoring.md). */
export function registerMonitoringCommands(program: Command): void {
  const monitoring = program
    .command('monitoring')
    .description('Monitoring and verification: the SSDP Tracking Log, EPC progress, the Data Close');

  monitoring
    .command('tracking-log')
    .description(
      "Print a region's SSDP Tracking Log for a program year (MN3.1): who carries out each strategy, and the alignment gaps (MN3.2)",
    )
    .requiredOption('--region <number>', 'the region’s number (1–23)')
    .requiredOption('--year <year>', 'the program year: 2026-27')
    .option('--json', 'as JSON: strategies, implementers, cells and problems')
    .action(async (opts: { region: string; year: string; json?: boolean }) => {
      const programYear = programYearOption('--year', opts.year);
      await withDatabase(async ({ db }) => {
        const region = /^\d{1,2}$/.test(opts.region)
          ? await findRegionByNumber(db, Number(opts.region))
          : undefined;
        if (!region) throw DomainError.invalidField('--region', `there is no region ${opts.region}`);
        const log = await getTrackingLog({ db, actor: CLI_ACTOR }, { regionId: region.id, programYear });
        if (opts.json) {
          const { strategyTexts: _texts, ...data } = log;
          console.log(JSON.stringify({ regionNumber: region.number, ...data }, null, 2));
          return;
        }
        const nameOf = (districtId: string | null) =>
          log.implementers.find((i) => i.districtId === districtId)?.name ?? '';
        console.log(`SSDP Tracking Log — Region ${region.number} ${log.regionName}, ${programYear}`);
        console.log(
          `${log.applications.length} application(s): ` +
            (log.applications
              .map(
                (a) =>
                  `${a.kind === 'regional_application' ? 'regional' : a.kind.toUpperCase()} ${a.districtId ? nameOf(a.districtId) + ' ' : ''}(${a.status})`,
              )
              .join(', ') || 'none'),
        );
        for (const strategy of log.strategies) {
          const carriers = log.cells
            .filter((c) => c.strategy === strategy.number && c.lines.length > 0)
            .map((c) => `${nameOf(c.districtId)} (line ${c.lines.map((l) => l.label).join(', ')})`);
          console.log(
            `${strategy.number.padEnd(6)} [${strategy.implementer}] ${carriers.length > 0 ? carriers.join('; ') : '—'}`,
          );
        }
        if (log.problems.length === 0) {
          console.log('Alignment: every strategy is carried out.');
          return;
        }
        console.log(`Alignment gaps (${log.problems.length}):`);
        for (const problem of log.problems)
          console.log(
            problem.kind === 'missing_everywhere'
              ? `  ${problem.strategy}: left out of every application of the region`
              : `  ${problem.strategy}: missing in the agreement of ${nameOf(problem.districtId)}`,
          );
      });
    });

  monitoring
    .command('epc-progress')
    .description('Print the EPC verification progress of every region for a program year and term (MN4.4)')
    .option('--year <year>', 'the program year: 2026-27 (default: the current one)')
    .option('--term <term>', `the term: ${EPC_TERMS.join(', ')}`, 'summer')
    .option('--json', 'as JSON: per region, how many verified, need more and wait')
    .action(async (opts: { year?: string; term: string; json?: boolean }) => {
      const programYear = programYearOption('--year', opts.year ?? programYearOf(todayInState()));
      if (!(EPC_TERMS as readonly string[]).includes(opts.term))
        throw DomainError.invalidField('--term', `must be one of ${EPC_TERMS.join(', ')}`);
      await withDatabase(async ({ db }) => {
        const progress = await getEpcProgress(
          { db, actor: CLI_ACTOR },
          { programYear, term: opts.term as EpcTerm },
        );
        if (opts.json) {
          console.log(JSON.stringify(progress, null, 2));
          return;
        }
        console.log(`EPC verification, ${programYear}, ${opts.term} term`);
        for (const r of progress.regions)
          console.log(
            `Region ${String(r.number).padStart(2)} ${r.name}: ${r.verified} verified, ${r.needs_more} need more, ${r.pending} waiting, of ${r.total}`,
          );
      });
    });

  monitoring
    .command('data-close')
    .description(
      "Print a program year's Data Close: the incomplete records per region and whether the year is closed (MN6.2)",
    )
    .requiredOption('--year <year>', 'the program year: 2025-26')
    .option('--json', 'as JSON: the year, whether it is closed, and each region’s counts by kind')
    .action(async (opts: { year: string; json?: boolean }) => {
      const programYear = programYearOption('--year', opts.year);
      await withDatabase(async ({ db }) => {
        const close = await getDataClose({ db, actor: CLI_ACTOR }, { programYear });
        const regions = close.regions.map(({ id: _id, ...region }) => region);
        if (opts.json) {
          console.log(
            JSON.stringify(
              { programYear, closed: close.closure.status === 'closed', closure: close.closure, regions },
              null,
              2,
            ),
          );
          return;
        }
        const closure = close.closure;
        console.log(
          `Data Close ${programYear}: ${closure.status}` +
            (closure.changedAt
              ? ` (${closure.changedAt.slice(0, 10)} by ${closure.changedBy ?? 'unknown'})`
              : ''),
        );
        for (const region of regions) {
          const counts = CHECKLIST_KINDS.filter((kind) => region.counts[kind] > 0).map(
            (kind) => `${region.counts[kind]} ${KIND_LABELS[kind]}`,
          );
          console.log(
            `Region ${String(region.number).padStart(2)} ${region.name}: ${region.total === 0 ? 'complete' : `${region.total} incomplete — ${counts.join(', ')}`}`,
          );
        }
      });
    });
}
