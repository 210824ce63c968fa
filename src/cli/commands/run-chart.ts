import { existsSync, readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { DomainError } from '../../core/common/domain-error';
import { analyzeRunChart, parseRunChartInput, type RunChartAnalysis } from '../../core/improvement';

/**
 * `ciclo run-chart FILE.json`: the run-chart signals of a series (docs/rules/improvement.md,
 * IP1). Prints the contract's JSON; a file that is not a series exits with status 2 naming the
 * field. Reads only.
 */
export function registerRunChartCommand(program: Command): void {
  program
    .command('run-chart')
    .description(
      'The median, runs, crossings, shifts and trends of a series (JSON: {"values": [...], "baseline"?: n})',
    )
    .argument(
      '<file>',
      'a JSON file with "values" (numbers or null, in time order) and an optional "baseline"',
    )
    .action((file: string) => {
      if (!existsSync(file)) throw DomainError.invalidField('file', `${file} does not exist`);
      const text = readFileSync(file, 'utf8');
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (error) {
        throw DomainError.invalidField(
          'values',
          `the file is not valid JSON (${error instanceof Error ? error.message : String(error)})`,
        );
      }
      const input = parseRunChartInput(json);
      const analysis = analyzeRunChart(input);
      process.stdout.write(runChartJson(analysis, writtenAsDecimal(text, analysis.median)));
    });
}

/**
 * The contract's JSON, two-space indented. The median is printed as a decimal (`46.0`) when it
 * is the mean of two middle values or was written so in the file, as the contract's reference
 * prints it; the value is the same either way.
 */
export function runChartJson(analysis: RunChartAnalysis, medianWrittenAsDecimal: boolean): string {
  const output = {
    median: analysis.median,
    useful: analysis.useful,
    longestRun: analysis.longestRun,
    longestRunLimit: analysis.longestRunLimit,
    crossings: analysis.crossings,
    crossingsLimit: analysis.crossingsLimit,
    signals: analysis.signals,
    shiftPoints: analysis.shiftPoints,
    trendPoints: analysis.trendPoints,
  };
  let json = JSON.stringify(output, null, 2);
  const decimal =
    Number.isInteger(analysis.median) && (analysis.baselineCount % 2 === 0 || medianWrittenAsDecimal);
  if (decimal && Math.abs(analysis.median) < 1e16)
    json = json.replace(/^ {2}"median": (-?\d+),$/m, '  "median": $1.0,');
  return `${json}\n`;
}

/** Whether the file writes some value equal to the median with a decimal point or exponent. */
function writtenAsDecimal(text: string, median: number): boolean {
  const list = /"values"\s*:\s*\[([^\]]*)\]/.exec(text)?.[1];
  if (!list) return false;
  return list
    .split(',')
    .map((token) => token.trim())
    .some((token) => /[.eE]/.test(token) && Number(token) === median);
}
