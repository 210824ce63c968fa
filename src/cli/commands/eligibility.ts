import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { DomainError } from '../../core/common/domain-error';
import { determineEligibility } from '../../core/eligibility/determine-eligibility';

/**
 * `ciclo eligibility FILE.json`: the eligibility engine on one interview (the contract's
 * `input`, or a whole case file with `input` and `expected`), printing the determination.
 */
export function registerEligibilityCommand(program: Command): void {
  program
    .command('eligibility')
    .description(
      'Determine the eligibility of the children of one interview (docs/rules/coe-and-interview-format.md)',
    )
    .argument('<file>', 'an interview as JSON, or a case file with "input"; - reads standard input')
    .option('--language <en|es>', 'language of the trace', 'en')
    .action((file: string, opts: { language: string }) => {
      if (opts.language !== 'en' && opts.language !== 'es')
        throw DomainError.invalidField('--language', 'must be en or es');
      const document = parseJson(file, readInput(file));
      const interview = isCaseFile(document) ? document.input : document;
      const determination = determineEligibility(interview, { language: opts.language });
      console.log(JSON.stringify(determination, null, 2));
    });
}

function readInput(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    throw DomainError.invalidField(
      'file',
      `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
}

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw DomainError.invalidField('file', `${file} is not JSON: ${(error as Error).message}`);
  }
}

function isCaseFile(document: unknown): document is { input: unknown } {
  return (
    typeof document === 'object' && document !== null && 'input' in document && !('interviewDate' in document)
  );
}
