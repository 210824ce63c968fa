import { isIP } from 'node:net';

/**
 * The environment Ciclo reads, validated once at boot with every problem listed
 * (STYLE §6). The server and the CLI read the same variables.
 */
export interface CicloConfig {
  /** PostgreSQL server URL; when absent, the embedded PGlite database in `dataDir` is used. */
  databaseUrl: string | undefined;
  /** Folder of the embedded database (CICLO_DATA_DIR, default ./data). */
  dataDir: string;
  /** HTTP port of the app (PORT, default 3000). */
  port: number;
  /** Host the server listens on (HOST, default 0.0.0.0). */
  host: string;
  /** NODE_ENV=production: never loads the demo dataset, and refuses to start with demo accounts. */
  production: boolean;
  /** Load the demo dataset on the app's first start (CICLO_DEMO, default on; always off in production). */
  loadDemo: boolean;
  /** Start in production although demo accounts exist (CICLO_ALLOW_DEMO_ACCOUNTS=1). */
  allowDemoAccounts: boolean;
  /** Children in the demo dataset (CICLO_DEMO_CHILDREN, default 2,000). */
  demoChildren: number;
  /** Serve cookies with the Secure flag (CICLO_SECURE_COOKIES, default off for localhost). */
  secureCookies: boolean;
  /** Log level for the server logger (LOG_LEVEL, default info). */
  logLevel: string;
  /** A JSON file of differentiated-assistance rule sets loaded at start (CICLO_DA_RULE_SETS). */
  daRuleSetsFile: string | undefined;
  /**
   * The reverse proxies whose X-Forwarded-For to believe (CICLO_TRUST_PROXY): their addresses
   * and CIDR ranges, or none (the default). Believing every client would let anyone pick the
   * address the sign-in limits count.
   */
  trustProxy: false | string[];
}

/** The names proxy-addr (Fastify's trustProxy) gives to well-known ranges. */
const NAMED_RANGES = ['loopback', 'linklocal', 'uniquelocal'];

/**
 * Parse CICLO_TRUST_PROXY (addresses, CIDR ranges or range names, separated by commas; empty
 * for none). A hop count is refused: Fastify cannot check the nearest peer with one, and
 * would trust no proxy at all.
 */
function parseTrustProxy(raw: string | undefined): { trustProxy: false | string[] } | { problem: string } {
  const value = raw?.trim() ?? '';
  if (value === '') return { trustProxy: false };
  const entries = value.split(',').map((entry) => entry.trim());
  const bad = entries.filter((entry) => !NAMED_RANGES.includes(entry) && !isAddressOrCidr(entry));
  if (bad.length > 0) {
    return {
      problem:
        `CICLO_TRUST_PROXY: must be proxy addresses or CIDR ranges (or ${NAMED_RANGES.join(', ')}) separated ` +
        `by commas; not ${bad.map((entry) => JSON.stringify(entry)).join(', ')}`,
    };
  }
  return { trustProxy: entries };
}

function isAddressOrCidr(entry: string): boolean {
  const [address = '', prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (version === 4 ? 32 : 128);
}

/** Read and validate the environment; throws one error listing every problem. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): CicloConfig {
  const problems: string[] = [];
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    problems.push('PORT: must be a port number (0–65535)');
  const demoChildren = Number(env.CICLO_DEMO_CHILDREN ?? 2000);
  if (!Number.isInteger(demoChildren) || demoChildren < 1) {
    problems.push('CICLO_DEMO_CHILDREN: must be a whole number of children, at least 1');
  }
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL: must start with postgres:// or postgresql://');
  }
  const production = (env.NODE_ENV ?? '').trim() === 'production';
  const demoAsked = !['0', 'false', 'no', 'off'].includes((env.CICLO_DEMO ?? '1').toLowerCase());
  if (production && env.CICLO_DEMO !== undefined && demoAsked)
    problems.push('CICLO_DEMO: the demo dataset is never loaded in production (NODE_ENV=production)');
  const parsedTrustProxy = parseTrustProxy(env.CICLO_TRUST_PROXY);
  if ('problem' in parsedTrustProxy) problems.push(parsedTrustProxy.problem);
  if (problems.length > 0) throw new Error(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  return {
    databaseUrl,
    dataDir: env.CICLO_DATA_DIR?.trim() || './data',
    port,
    host: env.HOST?.trim() || '0.0.0.0',
    production,
    loadDemo: demoAsked && !production,
    allowDemoAccounts: ['1', 'true', 'yes', 'on'].includes(
      (env.CICLO_ALLOW_DEMO_ACCOUNTS ?? '0').toLowerCase(),
    ),
    demoChildren,
    secureCookies: ['1', 'true', 'yes', 'on'].includes((env.CICLO_SECURE_COOKIES ?? '0').toLowerCase()),
    logLevel: env.LOG_LEVEL?.trim() || 'info',
    daRuleSetsFile: env.CICLO_DA_RULE_SETS?.trim() || undefined,
    trustProxy: 'problem' in parsedTrustProxy ? false : parsedTrustProxy.trustProxy,
  };
}
