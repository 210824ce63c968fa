import path from 'node:path';
import type { Command } from 'commander';
import { commandGroup } from '../command-group';
import { DomainError } from '../../core/common/domain-error';
import { formatDataPacketJson, RESIDENCY_BANDS, type DataPacket } from '../../core/recruitment/data-packet';
import { CLI_ACTOR } from '../../usecases/context';
import { buildDataPacket } from '../../usecases/qualifications/build-data-packet';
import { importQualifications } from '../../usecases/qualifications/import-qualifications';
import { withDatabase } from '../cli-database';
import { textTable } from '../cli-output';
import { readInputFile } from '../input-files';

/** The packet as a table for people reading a terminal, with the definitions of the measures that could be confused. */
function packetTable(packet: DataPacket): string {
  const pct = (value: number | null) => (value === null ? '—' : `${value.toFixed(1)}%`);
  const header = [
    'period',
    'qualified',
    'newly',
    '%',
    'SQM',
    '%',
    ...RESIDENCY_BANDS,
    '≤60d',
    '%',
    '≤90d',
    '%',
    'SQM by basis',
    '%',
    'families',
    'new',
    'families ≤90d',
    '%',
  ];
  const rows = packet.periods.map((p) =>
    [
      p.period,
      p.qualified,
      p.newlyQualified,
      pct(p.newlyQualifiedPct),
      p.subsequentMove,
      pct(p.subsequentMovePct),
      ...RESIDENCY_BANDS.map((band) => p.residencyToRecruitment[band]),
      p.within60DaysOfQad,
      pct(p.within60DaysOfQadPct),
      p.within90DaysOfQad,
      pct(p.within90DaysOfQadPct),
      p.subsequentMoveByBasis,
      pct(p.subsequentMoveByBasisPct),
      p.families,
      p.newFamilies,
      p.familiesWithin90DaysOfQad,
      pct(p.familiesWithin90DaysOfQadPct),
    ].map(String),
  );
  return [
    textTable(`Data packet: ${packet.scope}`, header, rows),
    "SQM: figure 3 (QAD after the worker move date, moved with the worker); SQM by basis: the engine's (with, to join or precede, as the worker).",
    'Families: each once (the COE’s family, else the COE); new: no child with a prior COE; ≤90d: first COE at most 90 days after its QAD.',
  ].join('\n');
}

/** `ciclo import qualifications FILE.csv` and `ciclo report data-packet`. */
export function registerQualificationCommands(program: Command): void {
  commandGroup(program, 'import', 'Import files into Ciclo')
    .command('qualifications')
    .argument('<file>', 'qualifications CSV (contract qualifications/FORMAT.md)')
    .description('Import qualification history: all or nothing; loading the same file twice changes nothing')
    .action(async (file: string) => {
      const text = readInputFile(file, 'file').toString('utf8');
      await withDatabase(async ({ db }) => {
        const summary = await importQualifications({ db, actor: CLI_ACTOR }, path.basename(file), text);
        console.log(
          `Read ${summary.rows.toLocaleString('en-US')} rows: ${summary.inserted.toLocaleString('en-US')} new, ${summary.updated.toLocaleString('en-US')} changed, ${summary.unchanged.toLocaleString('en-US')} already imported.`,
        );
      });
    });
  commandGroup(program, 'report', 'Reports')
    .command('data-packet')
    .description('The I&R data packet figures per performance period, statewide or for one region')
    .requiredOption('--from <period>', 'first performance period, e.g. 2017-18')
    .requiredOption('--to <period>', 'last performance period, e.g. 2021-22')
    .option('--region <number>', 'only this region')
    .option('--json', 'print the JSON of the contract')
    .action(async (opts: { from: string; to: string; region?: string; json?: boolean }) => {
      if (opts.region !== undefined && !/^\d+$/.test(opts.region))
        throw DomainError.invalidField('--region', `"${opts.region}" is not a region number`);
      const region = opts.region === undefined ? undefined : Number(opts.region);
      await withDatabase(async ({ db }) => {
        const packet = await buildDataPacket(
          { db, actor: CLI_ACTOR },
          { from: opts.from, to: opts.to, region },
        );
        process.stdout.write(opts.json ? formatDataPacketJson(packet) : `${packetTable(packet)}\n`);
      });
    });
}
