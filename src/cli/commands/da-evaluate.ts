import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { commandGroup } from '../command-group';
import { DomainError } from '../../core/common/domain-error';
import {
  CALIFORNIA_DA_SETTINGS,
  DA_FILES,
  californiaRuleSets,
  evaluateDifferentiatedAssistance,
  explainDifferentiatedAssistance,
  mergeRuleSets,
  parseRuleSets,
  readDaCase,
  resolveRuleSet,
  type DaDecision,
  type RuleSet,
} from '../../core/accountability';

/**
 * `ciclo da evaluate`: the DA engine on a case folder (docs/rules/differentiated-assistance-format.md). The
 * files are read here; parsing, checking and deciding are the pure core's. Bad input exits
 * with status 2 and a message naming file, line and column. Reads only; safe to re-run.
 */
export function registerDaCommand(program: Command): void {
  const da = commandGroup(program, 'da', 'Differentiated assistance (DA) for LEAs from Dashboard results');
  da.command('evaluate')
    .description('Decide DA eligibility, Level 3 and the charter rules for every LEA of a case folder')
    .requiredOption(
      '--dir <folder>',
      'folder with request.json, leas.csv, indicators.csv and optional local_indicators.csv, lea_status.csv',
    )
    .option(
      '--year <year>',
      'determination (Dashboard) year; must agree with request.json, which it replaces when absent',
    )
    .option(
      '--rule-sets <file.json>',
      "a rule set, or an array of them, that adds to or overrides California's (same id replaces)",
    )
    .option('--json', 'print the decision JSON of FORMAT.md')
    .option('--trace', 'add to each LEA the years looked at, the areas met and the input lines that met them')
    .action((opts: { dir: string; year?: string; ruleSets?: string; json?: boolean; trace?: boolean }) => {
      const ruleSets = mergeRuleSets(
        californiaRuleSets(CALIFORNIA_DA_SETTINGS),
        opts.ruleSets ? readRuleSetFile(opts.ruleSets) : [],
      );
      const dir = path.resolve(opts.dir);
      if (!existsSync(dir) || !statSync(dir).isDirectory())
        throw DomainError.invalidField('--dir', `${opts.dir} is not a folder`);
      const year = opts.year === undefined ? undefined : parseYear(opts.year);
      const requestText =
        readText(dir, DA_FILES.request, year === undefined) ?? requestForYear(year, ruleSets);
      const { request, data } = readDaCase(
        {
          request: requestText,
          leas: readText(dir, DA_FILES.leas, true) ?? '',
          indicators: readText(dir, DA_FILES.indicators, true) ?? '',
          localIndicators: readText(dir, DA_FILES.localIndicators, false),
          leaStatus: readText(dir, DA_FILES.leaStatus, false),
        },
        ruleSets,
      );
      if (year !== undefined && year !== request.year)
        throw DomainError.invalidField(
          '--year',
          `${year} differs from the year of ${DA_FILES.request} (${request.year})`,
        );
      const decision = opts.trace
        ? explainDifferentiatedAssistance(request, data, ruleSets, CALIFORNIA_DA_SETTINGS)
        : evaluateDifferentiatedAssistance(request, data, ruleSets, CALIFORNIA_DA_SETTINGS);
      console.log(opts.json || opts.trace ? JSON.stringify(decision, null, 2) : summarize(decision));
    });
}

function parseYear(value: string): number {
  if (!/^\d{4}$/.test(value)) throw DomainError.invalidField('--year', `"${value}" is not a year`);
  return Number(value);
}

/** request.json stands in for `--year` when the folder has none; the year must have a rule set. */
function requestForYear(year: number | undefined, ruleSets: readonly RuleSet[]): string {
  if (year === undefined)
    throw DomainError.invalidField(DA_FILES.request, 'required file is missing (or give --year)');
  try {
    resolveRuleSet({ year }, ruleSets);
  } catch {
    throw DomainError.invalidField('--year', `no rule set for ${year} (no Dashboard in 2020 and 2021)`);
  }
  return JSON.stringify({ year });
}

/** The UTF-8 text of a case file; undefined when an optional file is absent. */
function readText(dir: string, name: string, required: boolean): string | undefined {
  const file = path.join(dir, name);
  if (!existsSync(file)) {
    if (required) throw DomainError.invalidField(name, `required file is missing from ${dir}`);
    return undefined;
  }
  return decodeUtf8(readFileSync(file), name);
}

function decodeUtf8(bytes: Buffer, name: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw DomainError.invalidField(name, 'is not UTF-8 text');
  }
}

/** Extra rule sets from `--rule-sets`; problems are named with the file in front. */
function readRuleSetFile(file: string): RuleSet[] {
  if (!existsSync(file)) throw DomainError.invalidField('--rule-sets', `${file} does not exist`);
  const name = path.basename(file);
  let json: unknown;
  try {
    json = JSON.parse(decodeUtf8(readFileSync(file), name));
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw DomainError.invalidField(
      name,
      `not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  try {
    return parseRuleSets(json);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    throw new DomainError(
      'invalid_input',
      `${name}: ${error.message}`,
      error.problems.map((p) => ({ field: `${name}: ${p.field}`, message: p.message })),
    );
  }
}

/** One line per LEA, for a person at a terminal. */
function summarize(decision: DaDecision): string {
  const lines = [
    `DA ${decision.year} (${decision.rules}): ${decision.leas.filter((l) => l.eligible).length} of ${decision.leas.length} LEAs eligible`,
  ];
  for (const lea of decision.leas) {
    const groups = lea.groups.map((g) => `${g.group} ${g.priorities.join('+')}`).join(', ');
    const level3 = lea.intensive
      ? ` · Level 3: ${lea.intensive.eligible ? 'yes' : 'no'} (${lea.intensive.yearsMet.join(', ') || 'no year'} met)`
      : '';
    const charter = lea.charter
      ? ` · ${lea.charter.rule}: ${lea.charter.yearsMet.join(', ') || 'no year'} met`
      : '';
    const local = lea.localPriorities.length > 0 ? ` · local ${lea.localPriorities.join('+')}` : '';
    const calpads = lea.calpadsLate ? ' · CALPADS late' : '';
    lines.push(
      `${lea.leaId} ${lea.leaType}: ${lea.eligible ? 'eligible' : 'not eligible'}${groups ? ` · ${groups}` : ''}${local}${calpads}${level3}${charter}`,
    );
  }
  return lines.join('\n');
}
