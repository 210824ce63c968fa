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
