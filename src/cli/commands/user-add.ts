import type { Command } from 'commander';
import { commandGroup } from '../command-group';
import { ROLES, type Role } from '../../core/people/roles';
import { DomainError } from '../../core/common/domain-error';
import { createUser } from '../../usecases/users/create-user';
import { CLI_ACTOR } from '../../usecases/context';
import { withDatabase } from '../cli-database';

/** `ciclo user add`: create a user from the command line. */
export function registerUserAddCommand(program: Command): void {
  const user = commandGroup(program, 'user', 'Users and their roles');
  user
    .command('add')
    .description(
      'Create a user (the password is read from --password or CICLO_PASSWORD); the user chooses a new ' +
        'password at the first sign-in unless --keep-password',
    )
    .requiredOption('--email <email>', 'sign-in email')
    .requiredOption('--name <name>', 'name shown in the app')
    .requiredOption('--role <role>', `one of: ${ROLES.join(', ')}`)
    .option(
      '--password <password>',
      'at least 12 characters, not a common or trivial one (or set CICLO_PASSWORD)',
    )
    .option('--region <number>', 'region number, for region roles')
    .option('--district <cds>', 'district CDS code (7 digits), for district staff')
    .option('--assigned-regions <numbers>', 'comma-separated region numbers, for state consultants')
    .option('--language <en|es>', 'language of the app', 'en')
    .option('--keep-password', 'do not ask the user to choose a new password at the first sign-in')
    .action(async (opts: Record<string, string | boolean | undefined>) => {
      const text = (name: string): string | undefined =>
        typeof opts[name] === 'string' ? opts[name] : undefined;
      const password = text('password') ?? process.env.CICLO_PASSWORD;
      if (!password) throw DomainError.invalidField('password', 'give --password or set CICLO_PASSWORD');
      const regionNumber = text('region') === undefined ? null : Number(text('region'));
      if (regionNumber !== null && !Number.isInteger(regionNumber))
        throw DomainError.invalidField('region', 'must be a region number');
      const assignedRegions = text('assignedRegions');
      const assigned = assignedRegions ? assignedRegions.split(',').map((n) => Number(n.trim())) : [];
      if (assigned.some((n) => !Number.isInteger(n)))
        throw DomainError.invalidField('assigned-regions', 'must be region numbers separated by commas');
      const language = text('language') === 'es' ? 'es' : 'en';
      const mustChangePassword = opts.keepPassword !== true;
      await withDatabase(async ({ db }) => {
        const id = await createUser(
          { db, actor: CLI_ACTOR },
          {
            email: text('email') ?? '',
            displayName: text('name') ?? '',
            password,
            role: text('role') as Role,
            regionNumber,
            districtCdsCode: text('district') ?? null,
            assignedRegionNumbers: assigned,
            language,
            mustChangePassword,
          },
        );
        console.log(
          `Created user ${text('email')} (${text('role')}), id ${id}.` +
            (mustChangePassword ? ' They choose a new password at the first sign-in.' : ''),
        );
      });
    });
}
