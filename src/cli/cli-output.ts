import { DomainError } from '../core/common/domain-error';

/** Exit status 2 for bad input (the contracts ask for it), 1 for anything else. */
export function exitCodeFor(error: unknown): number {
  return error instanceof DomainError && error.code === 'invalid_input' ? 2 : 1;
}

/** Print an error for a person: the message, then one line per field problem. */
export function printError(error: unknown): void {
  if (error instanceof DomainError) {
    console.error(`ciclo: ${error.message}`);
    for (const problem of error.problems) {
      if (!error.message.includes(problem.message)) console.error(`  ${problem.field}: ${problem.message}`);
    }
    return;
  }
  console.error(`ciclo: ${error instanceof Error ? error.message : String(error)}`);
}

/**
 * Figures as a terminal table under a title: columns two spaces apart, each as wide as its
 * widest cell; numbers right-aligned, the columns in `leftAligned` (the first by default) left.
 */
export function textTable(
  title: string,
  header: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
  leftAligned: readonly number[] = [0],
): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (leftAligned.includes(i) ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [title, line(header), ...rows.map(line)].join('\n');
}
