/**
 * The load test (issue 10): the compiled server on a fresh PostgreSQL database with the demo
 * dataset, 200 signed-in users of mixed roles for 60 s, each on its own connection, reading
 * (searches, child pages, COE lists, the referral queue, watch lists, the data packet) and
 * editing children with the version they read (a 409 means read again and retry). Prints
 * p50/p95/p99 latency, requests per second and errors; then counts the edits: every edit that
 * got 200 must be in the database (the child's version went up by exactly the number of
 * accepted edits, no two accepted edits produced the same version, the last one's value is
 * what the child holds, and each has its audit event). Exits 1 on any 5xx or lost update.
 *
 * Safe to re-run: every run creates its own database and drops it afterwards.
 * Run: npm run bench:load -- [--duration 60] [--users 200] [--children 2000]
 *        [--server postgres://postgres@127.0.0.1:5432/postgres] [--keep-database]
 */
import autocannon, { type Client, type Result } from 'autocannon';
import { createServer } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { openDatabase } from '../src/data/db';
import { compileServer, startServer } from './load-server';
import { createFreshDatabase } from './server-database';
import { createLoadUsers, signInAsDemoAdmin, type ApiClient, type LoadUser } from './load-users';
import {
  emptyTally,
  userConnection,
  type RequestKind,
  type UserState,
  type WorkloadTally,
} from './load-workload';

const option = (name: string, fallback: string): string => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? (process.argv[index + 1] ?? fallback) : fallback;
};
const durationSeconds = Number(option('duration', '60'));
const userCount = Number(option('users', '200'));
const demoChildren = option('children', '2000');
const serverUrl = option(
  'server',
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
);
const keepDatabase = process.argv.includes('--keep-database');

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

const percentile = (sorted: number[], p: number): number =>
  sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

const log = (line = '') => process.stdout.write(`${line}\n`);

log(`Load test: ${userCount} users, ${durationSeconds} s, demo dataset of ${demoChildren} children`);
log(`Machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), Node.js ${process.version}`);
const mainJs = await compileServer('bench-load-server');
const database = await createFreshDatabase(serverUrl, 'load');
const port = await freePort();
let started = Date.now();
const server = await startServer(mainJs, port, {
  DATABASE_URL: database.url,
  CICLO_DEMO_CHILDREN: demoChildren,
});
log(
  `Server up on ${server.baseUrl} (demo dataset loaded) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
const handle = await openDatabase({ url: database.url });

let failed = false;
try {
  const admin = await signInAsDemoAdmin(server.baseUrl);
  started = Date.now();
  const users = await createLoadUsers(admin, server.baseUrl, handle.db, userCount);
  const byRole = new Map<string, number>();
  for (const user of users) byRole.set(user.role, (byRole.get(user.role) ?? 0) + 1);
  log(
    `${users.length} users created and signed in in ${((Date.now() - started) / 1000).toFixed(1)} s: ${[
      ...byRole,
    ]
      .map(([role, n]) => `${n} ${role}`)
      .join(', ')}`,
  );
  const edited = [...new Set(users.flatMap((user) => user.editPool))];
  const before = new Map<string, number>();
  for (const id of edited) before.set(id, (await admin.get(`/api/children/${id}`)).version);

  const tally = emptyTally();
  const loadStarted = new Date();
  const result = await runLoad(server.baseUrl, users, tally);
  log();
  printFigures(result.duration, tally, result);
  const lost = await countLostUpdates(admin, edited, before, tally, users, loadStarted);
  let serverErrors = 0;
  let otherErrors = result.errors + result.timeouts;
  for (const [kind, byStatus] of tally.statuses)
    for (const [status, count] of byStatus) {
      if (status >= 500) serverErrors += count;
      else if (status >= 300 && !(kind === 'edit: PATCH' && status === 409)) otherErrors += count;
    }
  log();
  log(
    `5xx answers: ${serverErrors} (goal 0); other errors (non-2xx but a PATCH's 409, connection ` +
      `errors, timeouts): ${otherErrors} (goal 0); lost updates: ${lost} (goal 0)`,
  );
  log(
    `Load average at the end: ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')}`,
  );
  if (server.process.exitCode !== null) {
    log(`The server exited during the test:\n${server.output()}`);
    failed = true;
  }
  failed ||= serverErrors > 0 || lost > 0;
} finally {
  await handle.close();
  await server.stop();
  if (keepDatabase) log(`Database kept: ${database.url}`);
  else await database.drop();
}
process.exit(failed ? 1 : 0);

async function runLoad(baseUrl: string, users: LoadUser[], tally: WorkloadTally) {
  const stateOf = new Map<Client, UserState>();
  let next = 0;
  const instance = autocannon({
    url: baseUrl,
    connections: users.length,
    duration: durationSeconds,
    timeout: 30,
    // Placeholder until setupClient gives each connection its user's request.
    requests: [{ method: 'GET', path: '/api/health' }],
    setupClient(client) {
      const connection = userConnection(users[next % users.length]!, tally);
      next += 1;
      stateOf.set(client, connection.state);
      client.setRequests([connection.request]);
    },
  });
  instance.on('response', (client, _status, _bytes, ms) => {
    const kind = stateOf.get(client)?.kind;
    if (!kind) return;
    const list = tally.latencies.get(kind) ?? [];
    list.push(ms);
    tally.latencies.set(kind, list);
  });
  return instance;
}

function printFigures(seconds: number, tally: WorkloadTally, result: Result): void {
  const all: number[] = [];
  const rows: string[][] = [];
  const kinds = [...tally.latencies.keys()].sort();
  for (const kind of kinds) {
    const sorted = [...tally.latencies.get(kind)!].sort((a, b) => a - b);
    all.push(...sorted);
    rows.push(row(kind, sorted, tally.statuses.get(kind)));
  }
  all.sort((a, b) => a - b);
  const total = new Map<number, number>();
  for (const byStatus of tally.statuses.values())
    for (const [status, count] of byStatus) total.set(status, (total.get(status) ?? 0) + count);
  rows.push(row('all', all, total));
  log(`| request | count | per s | p50 ms | p95 ms | p99 ms | max ms | statuses |`);
  log(`| --- | --: | --: | --: | --: | --: | --: | --- |`);
  for (const cells of rows) log(`| ${cells.join(' | ')} |`);
  log();
  log(
    `${all.length} responses in ${seconds} s: ${(all.length / seconds).toFixed(0)} requests/s; ` +
      `connection errors ${result.errors}, timeouts ${result.timeouts}`,
  );
  log(
    `Edits: ${tally.accepted.length} accepted, ${tally.conflicts} answered 409 and retried after a fresh read, ` +
      `${tally.abandoned} given up after 8 conflicts`,
  );
  if (tally.unexpected.length > 0)
    log(`Unexpected answers (first ${tally.unexpected.length}):\n  ${tally.unexpected.join('\n  ')}`);

  function row(kind: RequestKind | 'all', sorted: number[], statuses?: Map<number, number>): string[] {
    return [
      kind,
      String(sorted.length),
      (sorted.length / seconds).toFixed(1),
      ...[50, 95, 99].map((p) => percentile(sorted, p).toFixed(0)),
      (sorted.at(-1) ?? 0).toFixed(0),
      [...(statuses ?? [])]
        .sort(([a], [b]) => a - b)
        .map(([status, count]) => `${status}: ${count}`)
        .join(', '),
    ];
  }
}

/**
 * Every accepted edit must be in the database: per child, the version rose by the number of
 * accepted edits (plus at most the PATCHes left unanswered when the test stopped), no two
 * accepted edits produced the same version, the child holds the value of an edit that was
 * sent, and every change of version has its audit event.
 */
async function countLostUpdates(
  admin: ApiClient,
  childIds: string[],
  before: Map<string, number>,
  tally: WorkloadTally,
  users: LoadUser[],
  since: Date,
): Promise<number> {
  const emails = new Set(users.map((user) => user.email));
  let lost = 0;
  const problems: string[] = [];
  for (const id of childIds) {
    const accepted = tally.accepted.filter((edit) => edit.childId === id);
    const unanswered = [...tally.unanswered]
      .filter(([, edit]) => edit.childId === id)
      .map(([value]) => value);
    const child = await admin.get(`/api/children/${id}`);
    const audit = (await admin.get(`/api/audit-events?entityType=child&entityId=${id}&limit=500`))
      .items as Array<{ action: string; actorLabel: string; occurredAt: string }>;
    const audited = audit.filter(
      (event) =>
        event.action === 'update' && emails.has(event.actorLabel) && new Date(event.occurredAt) >= since,
    ).length;
    const changes = child.version - before.get(id)!;
    const versions = new Set(accepted.map((edit) => edit.version));
    const held = accepted.find((edit) => edit.version === child.version)?.value;
    const missing = Math.max(0, accepted.length - changes);
    const ok =
      missing === 0 &&
      changes <= accepted.length + unanswered.length &&
      versions.size === accepted.length &&
      (changes === 0 || held === child.birthCity || unanswered.includes(child.birthCity)) &&
      audited === changes;
    if (!ok) {
      lost += Math.max(1, missing);
      if (problems.length < 10)
        problems.push(
          `child ${id}: version ${before.get(id)} → ${child.version} after ${accepted.length} accepted edits ` +
            `(${versions.size} distinct versions) and ${unanswered.length} unanswered; holds ${child.birthCity} ` +
            `(accepted at that version: ${held}); ${audited} audit events`,
        );
    }
  }
  log(
    `Edits checked on ${childIds.length} children: ${tally.accepted.length} accepted, ` +
      `${tally.unanswered.size} unanswered at the stop, ${lost} lost`,
  );
  if (problems.length > 0) log(`  ${problems.join('\n  ')}`);
  return lost;
}
