/**
 * `npm start`: open the database (PGlite in CICLO_DATA_DIR, or DATABASE_URL), migrate it,
 * load the demo dataset on the first start (unless CICLO_DEMO=0), and serve the app.
 */
import { readConfig } from '../config';
import { openDatabase } from '../data/db';
import { migrateToLatest } from '../data/migrate';
import { hasAnyUser } from '../data/repositories/users.repository';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../usecases/demo/demo-accounts';
import { loadStartupRuleSets } from '../usecases/da/load-startup-rule-sets';
import { demoAccountsPresent, demoAccountsRefusal } from '../usecases/demo/demo-accounts-present';
import { hasDemoData } from '../usecases/demo/has-demo-data';
import { loadDemoDataset } from '../usecases/demo/load-demo-dataset';
import { buildApp } from './app';

const config = readConfig();
const handle = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
const where = config.databaseUrl
  ? 'the PostgreSQL server in DATABASE_URL'
  : `the embedded database in ${config.dataDir}`;
const applied = await migrateToLatest(handle.db);
const refusal = demoAccountsRefusal(config, await demoAccountsPresent(handle.db));
if (refusal) {
  process.stderr.write(`${refusal}\n`);
  await handle.close();
  process.exit(1);
}
const app = await buildApp({ db: handle.db, config });
app.log.info(`Using ${where}; ${applied.length} migration(s) applied.`);
app.log.info(
  config.trustProxy
    ? `Client addresses are taken from X-Forwarded-For sent by ${config.trustProxy.join(', ')} (CICLO_TRUST_PROXY).`
    : 'No proxy is trusted: client addresses are the connecting addresses (set CICLO_TRUST_PROXY behind a proxy).',
);
if (config.daRuleSetsFile) {
  const ids = await loadStartupRuleSets(handle.db, config.daRuleSetsFile);
  app.log.info(`Differentiated-assistance rule sets loaded from ${config.daRuleSetsFile}: ${ids.join(', ')}`);
}

let demoLoaded = await hasDemoData(handle.db);
if (config.loadDemo && !demoLoaded) {
  if (!(await hasAnyUser(handle.db))) {
    app.log.info(`Loading the demo dataset (${config.demoChildren} children)…`);
    await loadDemoDataset(handle.db, {
      children: config.demoChildren,
      seed: 1,
      onProgress: (done, total) => app.log.info(`Demo dataset: ${Math.round((done / total) * 100)}%`),
    });
    demoLoaded = true;
  }
}

const shutdown = async (): Promise<void> => {
  await app.close();
  await handle.close();
  process.exit(0);
};
process.once('SIGINT', () => void shutdown());
process.once('SIGTERM', () => void shutdown());

await app.listen({ port: config.port, host: config.host });
const url = `http://localhost:${config.port}`;
const lines = [``, `Ciclo is running at ${url}  (API reference: ${url}/api/docs)`, `Database: ${where}`];
if (demoLoaded && !config.production) {
  lines.push(``, `Demo accounts (password: ${DEMO_PASSWORD}):`);
  for (const account of DEMO_ACCOUNTS) lines.push(`  ${account.role.padEnd(17)} ${account.email}`);
}
if (!(await hasAnyUser(handle.db))) {
  lines.push(
    ``,
    `No users yet: create the first state administrator (they choose a new password at the first sign-in):`,
    `  CICLO_PASSWORD='…' npx ciclo user add --email EMAIL --name NAME --role state_admin`,
  );
}
lines.push(``);
process.stdout.write(`${lines.join('\n')}\n`);
