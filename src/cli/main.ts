/**
 * The `ciclo` command line: `ciclo <verb> <noun>`. Each command lives in
 * src/cli/commands/ and calls src/usecases (or src/core for engines on files).
 */
import { Command, CommanderError } from 'commander';
import { commands } from './commands';
import { exitCodeFor, printError } from './cli-output';

const program = new Command('ciclo')
  .description('Ciclo: the Migrant Education Program continuous improvement cycle')
  .showHelpAfterError()
  .exitOverride();

for (const registerCommand of commands) registerCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else {
    printError(error);
    process.exitCode = exitCodeFor(error);
  }
}
