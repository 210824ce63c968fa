import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { commandGroup } from '../command-group';
import {
  CALIFORNIA_DA_SETTINGS,
  californiaRuleSets,
  evaluateDifferentiatedAssistance,
  readCdeDashboardFiles,
  type CdeFile,
} from '../../core/accountability';
import { compareWithCdeList, readCdeAssistanceList } from '../../core/accountability/cde-assistance-list';
import { decodeUtf8OrWindows1252 } from '../../core/common/decode-text';
import { DomainError } from '../../core/common/domain-error';

/**
 * `ciclo da check-cde-list --list LIST FILES… [--year Y] [--json]`: decide the LEAs of the
 * CDE's Dashboard files and print, LEA by LEA, where the decision agrees with the CDE's list
 * of LEAs eligible for assistance and where it differs, with the rows that explain it
 * (CDE4.1–CDE4.3). Reads only; bad input exits with status 2, naming file and line.
 */
export function registerDaCheckCdeListCommand(program: Command): void {
  const da = commandGroup(program, 'da', 'Differentiated assistance (DA) for LEAs from Dashboard results');
  da.command('check-cde-list')
    .description(
      "Check Ciclo's DA decision on the CDE's Dashboard files against the CDE's list of eligible LEAs",
    )
    .requiredOption('--list <file>', "the CDE's LCFF assistance status file (LEAs eligible for assistance)")
    .argument('<files...>', "the CDE's Dashboard files as downloaded (.txt)")
    .option('--year <year>', 'the determination (Dashboard) year; default the latest year read')
    .option('--json', 'print the comparison as JSON')
    .action((files: string[], opts: { list: string; year?: string; json?: boolean }) => {
      if (opts.year !== undefined && !/^\d{4}$/.test(opts.year))
        throw DomainError.invalidField('--year', `"${opts.year}" is not a year`);
      const read = (file: string, field: string) => {
        if (!existsSync(file) || !statSync(file).isFile())
          throw DomainError.invalidField(field, `${file} is not a file`);
        return decodeUtf8OrWindows1252(readFileSync(file));
      };
      const cdeFiles: CdeFile[] = files.map((file) => ({
        name: path.basename(file),
        text: read(file, 'files'),
      }));
      const listed = readCdeAssistanceList(path.basename(opts.list), read(opts.list, '--list'));
      const { data, report } = readCdeDashboardFiles(cdeFiles);
      const year = opts.year === undefined ? Math.max(...report.years) : Number(opts.year);
      const decision = evaluateDifferentiatedAssistance(
        { year },
        data,
        californiaRuleSets(CALIFORNIA_DA_SETTINGS),
      );
      const compared = compareWithCdeList(decision, data, listed);
      if (opts.json) {
        console.log(JSON.stringify({ year, rules: decision.rules, leas: compared }, null, 2));
        return;
      }
      const differ = compared.filter((c) => !c.agrees);
      const lines = [
        `DA ${year} (${decision.rules}): ${compared.length - differ.length} LEAs agree with the CDE's list, ${differ.length} differ`,
      ];
      const said = (
        side: { eligible: boolean; groups: Array<{ group: string; priorities: string[] }> } | null,
      ) =>
        side === null
          ? 'not in the files'
          : `${side.eligible ? 'eligible' : 'not eligible'}${side.groups.length > 0 ? ` (${side.groups.map((g) => `${g.group} ${g.priorities.join('+')}`).join(', ')})` : ''}`;
      for (const c of compared) {
        lines.push(
          `${c.leaId}${c.leaName ? ` ${c.leaName}` : ''}: ${c.agrees ? 'agrees' : 'differs'} · Ciclo ${said(c.ciclo)} · CDE ${c.cde ? said(c.cde) : 'not listed'}`,
        );
        for (const d of c.groupDifferences)
          lines.push(
            `  ${d.group}: Ciclo ${d.ciclo.join('+') || 'no area pair'}, CDE ${d.cde.join('+') || 'none'}`,
          );
        for (const r of c.rows)
          lines.push(
            `  row: ${r.group} ${r.indicator} color ${r.color ?? '-'} status ${r.statusLevel ?? '-'} change ${r.changeLevel ?? '-'} n ${r.n ?? '-'}${r.line ? ` (line ${r.line})` : ''}`,
          );
      }
      console.log(lines.join('\n'));
    });
}
