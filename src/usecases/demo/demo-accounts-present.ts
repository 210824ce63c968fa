import type { Db } from '../../data/db';
import { listActiveUserEmails } from '../../data/repositories/demo-accounts.repository';
import { DEMO_ACCOUNTS } from './demo-accounts';

/** The emails of the demo accounts that exist and are active in this database (a production server refuses them). */
export async function demoAccountsPresent(db: Db): Promise<string[]> {
  return listActiveUserEmails(
    db,
    DEMO_ACCOUNTS.map((account) => account.email),
  );
}

/**
 * Why a server must not start, or null: in production (NODE_ENV=production), active demo
 * accounts — whose password is published — unless CICLO_ALLOW_DEMO_ACCOUNTS=1 says to.
 */
export function demoAccountsRefusal(
  config: { production: boolean; allowDemoAccounts: boolean },
  present: readonly string[],
): string | null {
  if (!config.production || config.allowDemoAccounts || present.length === 0) return null;
  return (
    `Refusing to start in production: the demo accounts ${present.join(', ')} exist and their password is public. ` +
    'Deactivate them (or start from an empty database), or set CICLO_ALLOW_DEMO_ACCOUNTS=1 to start anyway.'
  );
}
