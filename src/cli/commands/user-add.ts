import type { Command } from 'commander';
import { ROLES, type Role } from '../../core/people/roles';
import { DomainError } from '../../core/common/domain-error';
import { createUser } from '../../usecases/users/create-user';
import { CLI_ACTOR } from '../../usecases/context';
import { withDatabase } from '../cli-database';

/** `ciclo user add`: create a user from the command line. */
export function registerUserAddCommand(program: Command): void {
  const user =
    program.commands.find((c) => c.name() === 'user') ??
    program.command('user').description('Users and their roles');
  user
    .command('add')
    .description('Create a user (the password is read from --password or CICLO_PASSWORD)')
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
    .action(async (opts: Record<string, string | undefined>) => {
      const password = opts.password ?? process.env.CICLO_PASSWORD;
      if (!password) throw DomainError.invalidField('password', 'give --password or set CICLO_PASSWORD');
      const regionNumber = opts.region === undefined ? null : Number(opts.region);
      if (regionNumber !== null && !Number.isInteger(regionNumber))
        throw DomainError.invalidField('region', 'must be a region number');
      const assigned = opts.assignedRegions
        ? opts.assignedRegions.split(',').map((n) => Number(n.trim()))
        : [];
      if (assigned.some((n) => !Number.isInteger(n)))
        throw DomainError.invalidField('assigned-regions', 'must be region numbers separated by commas');
      const language = opts.language === 'es' ? 'es' : 'en';
      await withDatabase(async ({ db }) => {
        const id = await createUser(
          { db, actor: CLI_ACTOR },
          {
            email: opts.email ?? '',
            displayName: opts.name ?? '',
            password,
            role: opts.role as Role,
            regionNumber,
            districtCdsCode: opts.district ?? null,
            assignedRegionNumbers: assigned,
            language,
          },
        );
        console.log(`Created user ${opts.email} (${opts.role}), id ${id}.`);
      });
    });
}
