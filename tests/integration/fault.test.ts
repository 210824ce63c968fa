import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/data/migrate';
import type { Db } from '../../src/data/db';
import { ownerFileOf } from '../../src/data/pglite-owner';
import { buildChild, buildRegionWithStaff, TEST_PASSWORD } from '../factories';
import { repoRoot } from '../support/eligibility-cases';
import { freshDatabases } from '../support/fresh-databases';
import { signInAs } from '../support/http-session';
import { startTestApp } from '../support/test-app';
import { uploadForm } from '../support/upload-form';

/**
 * The server as a real process, killed with SIGKILL at random moments while it imports
 * qualification and referral files, approves COEs and saves children's edits; restarted
 * after each kill; then the database is checked for partial writes: an import's rows are all
 * there or none, an approved COE has its children's eligibility, a child's version matches
 * its audit events, and everything the server answered 200 to is there.
 */
const KILL_CYCLES = 4;
const QUALIFICATION_ROWS = 1_000;
const REFERRAL_ROWS = 400;
const COES_TO_APPROVE = 16;
const EDITED_CHILDREN = 4;

const outdir = path.join(repoRoot, '.tmp', `fault-server-${process.pid}`);
let mainJs: string;

beforeAll(async () => {
  await build({
    // the spreadsheet worker is an entry point of its own, as in package.json's build:server
    entryPoints: ['src/server/main.ts', 'src/usecases/spreadsheets/spreadsheet.worker.ts'].map((entry) =>
      path.join(repoRoot, entry),
    ),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outbase: path.join(repoRoot, 'src'),
    outdir,
    logLevel: 'warning',
  });
  mainJs = path.join(outdir, 'server/main.js');
});
/** Servers still running, killed at the end should a test fail half-way. */
const running = new Set<ChildProcess>();
afterAll(() => {
  for (const child of running) child.kill('SIGKILL');
  rmSync(outdir, { recursive: true, force: true });
});

const scenario2 = JSON.parse(
  readFileSync(path.join(repoRoot, 'tests/cases/eligibility/002-seed-joe-daughter-joins-sqm.json'), 'utf8'),
).input;
const sampleQualifications = readFileSync(
  path.join(repoRoot, 'tests/cases/qualifications/sample.csv'),
  'utf8',
)
  .trim()
  .split('\n');

/** A qualifications CSV of `rows` records no other file has (ids prefixed with `tag`). */
function qualificationFile(tag: string, rows: number): string {
  const [header, ...records] = sampleQualifications;
  const lines = [header!];
  for (let i = 0; i < rows; i += 1) {
    const [studentId, coeId, ...rest] = records[i % records.length]!.split(',');
    lines.push([`${tag}${studentId}-${i}`, `${tag}${coeId}-${i}`, ...rest].join(','));
  }
  return lines.join('\n');
}

/** A district's referral list of `rows` children no other file lists (names carry `tag`). */
function referralFile(tag: string, rows: number): string {
  const lines = ['Student ID,First Name,Last Name,Birthdate'];
  for (let i = 0; i < rows; i += 1) {
    const day = String((i % 28) + 1).padStart(2, '0');
    lines.push(`${tag}${i},Niño${tag}x${i},Apellido${tag},2014-03-${day}`);
  }
  return lines.join('\n');
}

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

interface Server {
  child: ChildProcess;
  baseUrl: string;
  output(): string;
}

async function startServer(connection: { url?: string; dataDir?: string }): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, [mainJs], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      CICLO_DEMO: '0',
      DATABASE_URL: connection.url ?? '',
      CICLO_DATA_DIR: connection.dataDir ?? '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (!output.includes('Ciclo is running')) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the server did not start within 60 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { child, baseUrl, output: () => output };
}

/** A signed-in client of the server process; a request cut by the kill rejects. */
async function signIn(baseUrl: string, email: string) {
  const response = await fetch(`${baseUrl}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: TEST_PASSWORD }),
  });
  if (!response.ok) throw new Error(`sign-in ${email}: ${response.status} ${await response.text()}`);
  const cookie = /ciclo_session=[^;]+/.exec(response.headers.get('set-cookie') ?? '')![0];
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return async (method: string, url: string, body?: unknown): Promise<{ status: number; body: any }> => {
    const reply = await fetch(`${baseUrl}${url}`, {
      method,
      headers: {
        cookie,
        'x-csrf-token': csrfToken,
        ...(body === undefined || body instanceof FormData ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: body instanceof FormData ? body : JSON.stringify(body) }),
    });
    const text = await reply.text();
    if (reply.status >= 500) serverErrors.push(`${method} ${url}: ${reply.status} ${text.slice(0, 300)}`);
    return { status: reply.status, body: text ? JSON.parse(text) : null };
  };
}

/** What the server answered 200 to before it was killed: all of it must be in the database. */
interface Acknowledged {
  qualificationFiles: string[];
  referralFiles: string[];
  approvedCoes: string[];
  /** The version each child reached by an edit answered 200. */
  childVersions: Map<string, number>;
}

/** 5xx answers seen (none expected: a kill cuts the connection, it does not make an error reply). */
const serverErrors: string[] = [];

const count = async (query: Promise<Array<{ n: number | string | bigint }>>) =>
  Number((await query)[0]?.n ?? 0);

describe.each(freshDatabases('fault'))(
  'the server killed with SIGKILL at random moments on $name',
  (database) => {
    let fixture: Awaited<ReturnType<typeof buildRegionWithStaff>>;
    let editedChildren: string[];

    beforeAll(async () => {
      const t = await startTestApp({
        name: database.name,
        async open() {
          const handle = await database.open();
          await migrateToLatest(handle.db);
          return handle;
        },
      });
      try {
        fixture = await buildRegionWithStaff(t.handle.db);
        editedChildren = [];
        for (let i = 0; i < EDITED_CHILDREN; i += 1)
          editedChildren.push((await buildChild(t.handle.db, { regionId: fixture.region.id })).id);
        const recruiter = await signInAs(t.app, fixture.users.recruiter.email);
        for (let i = 0; i < COES_TO_APPROVE; i += 1) {
          const coe = await recruiter.request('POST', '/api/coes', {
            regionId: fixture.region.id,
            interview: scenario2,
            children: [
              {
                interviewChildId: 'c-daughter',
                newChild: {
                  firstName: `Lucía ${i}`,
                  lastSurname: 'Fault',
                  birthDate: '2011-02-10',
                  birthCountry: 'GT',
                  sex: 'female',
                },
              },
            ],
            residencyDate: '2019-08-01',
            qualifyingWork: 'Picking cherries (seasonal agricultural work)',
          });
          expect(coe.status, JSON.stringify(coe.body)).toBe(201);
          await recruiter.request('POST', `/api/coes/${coe.body.id}/signature`, {
            kind: 'paper',
            signerName: 'María Pérez',
            signedOn: '2019-08-20',
          });
          const submitted = await recruiter.request('POST', `/api/coes/${coe.body.id}/submit`);
          expect(submitted.body.status).toBe('submitted');
        }
      } finally {
        await t.close();
      }
    }, 180_000);
    afterAll(async () => {
      await database.drop();
      // A process killed while it owned the folder leaves its owner file beside it.
      if (database.connection.dataDir) rmSync(ownerFileOf(database.connection.dataDir), { force: true });
    });

    it('leaves no partial write behind, and keeps everything it answered 200 to', async () => {
      const acknowledged: Acknowledged = {
        qualificationFiles: [],
        referralFiles: [],
        approvedCoes: [],
        childVersions: new Map(),
      };
      const sentQualificationFiles: string[] = [];
      const sentReferralFiles: string[] = [];
      const delays: number[] = [];
      let edits = 0;

      for (let cycle = 0; cycle < KILL_CYCLES; cycle += 1) {
        const server = await startServer(database.connection);
        const admin = await signIn(server.baseUrl, fixture.users.state_admin.email);
        const manager = await signIn(server.baseUrl, fixture.users.ir_manager.email);
        const reviewer = await signIn(server.baseUrl, fixture.users.reviewer.email);
        const recruiter = await signIn(server.baseUrl, fixture.users.recruiter.email);
        let killed = false;
        const untilKilled = async (work: () => Promise<void>) => {
          while (!killed) await work().catch(() => undefined);
        };
        let files = 0;
        const work = [
          untilKilled(async () => {
            const fileName = `fault-${database.name}-${cycle}-${(files += 1)}.csv`;
            sentQualificationFiles.push(fileName);
            const reply = await admin(
              'POST',
              '/api/qualifications/imports',
              uploadForm({}, [
                { name: fileName, content: qualificationFile(`Q${cycle}x${files}`, QUALIFICATION_ROWS) },
              ]),
            );
            if (reply.status === 200) acknowledged.qualificationFiles.push(fileName);
          }),
          untilKilled(async () => {
            const fileName = `fault-${database.name}-${cycle}-${(files += 1)}-referrals.csv`;
            sentReferralFiles.push(fileName);
            const reply = await manager(
              'POST',
              '/api/referrals/imports',
              uploadForm(
                {
                  districtId: fixture.district.id,
                  mapping: {
                    localStudentId: 'Student ID',
                    firstName: 'First Name',
                    lastSurname: 'Last Name',
                    birthDate: 'Birthdate',
                  },
                },
                [{ name: fileName, content: referralFile(`R${cycle}x${files}`, REFERRAL_ROWS) }],
              ),
            );
            if (reply.status === 200) acknowledged.referralFiles.push(fileName);
          }),
          untilKilled(async () => {
            const queue = await reviewer('GET', '/api/coes?status=submitted');
            const next = (queue.body?.items ?? [])[0] as { id: string } | undefined;
            if (!next) return void (await new Promise((resolve) => setTimeout(resolve, 50)));
            const reply = await reviewer('POST', `/api/coes/${next.id}/review`, {
              decision: 'approve',
              comments: '',
            });
            if (reply.status === 200) acknowledged.approvedCoes.push(next.id);
          }),
          ...editedChildren.map((childId, i) =>
            untilKilled(async () => {
              const read = await (i % 2 === 0 ? recruiter : manager)('GET', `/api/children/${childId}`);
              const reply = await (i % 2 === 0 ? recruiter : manager)('PATCH', `/api/children/${childId}`, {
                version: read.body.version,
                birthCity: `Cycle ${cycle} v${read.body.version}`,
              });
              if (reply.status === 200) edits += 1;
              if (reply.status === 200)
                acknowledged.childVersions.set(
                  childId,
                  Math.max(acknowledged.childVersions.get(childId) ?? 0, reply.body.version),
                );
            }),
          ),
        ];
        const delay = 200 + Math.floor(Math.random() * 2_300);
        delays.push(delay);
        await new Promise((resolve) => setTimeout(resolve, delay));
        const exited = once(server.child, 'exit');
        server.child.kill('SIGKILL');
        await exited;
        killed = true;
        await Promise.all(work);
      }

      // The server starts again on what the last kill left, and answers.
      const server = await startServer(database.connection);
      const health = await fetch(`${server.baseUrl}/api/health`);
      expect(health.status).toBe(200);
      const exited = once(server.child, 'exit');
      server.child.kill('SIGTERM');
      await exited;

      const handle = await database.open();
      try {
        const where = `(kills after ${delays.join(', ')} ms)`;
        const { problems, kept } = await partialWrites(handle.db, {
          regionId: fixture.region.id,
          qualificationFiles: sentQualificationFiles,
          referralFiles: sentReferralFiles,
          editedChildren,
          acknowledged,
        });
        // What the kills cut: sent, answered 200, and found in the database afterwards.
        process.stdout.write(
          `fault test on ${database.name} ${where}: qualification files ${sentQualificationFiles.length} sent, ` +
            `${acknowledged.qualificationFiles.length} answered, ${kept.qualificationFiles} kept; referral files ` +
            `${sentReferralFiles.length} sent, ${acknowledged.referralFiles.length} answered, ${kept.referralFiles} kept; ` +
            `COE approvals ${acknowledged.approvedCoes.length} answered, ${kept.approvedCoes} kept; ` +
            `child edits ${edits} answered, ${kept.childEdits} kept\n`,
        );
        expect(problems, where).toEqual([]);
        expect(serverErrors).toEqual([]);
        // The kills landed while work was being done, not before any of it started.
        expect(sentQualificationFiles.length + sentReferralFiles.length, where).toBeGreaterThan(KILL_CYCLES);
      } finally {
        await handle.close();
      }
    }, 240_000);
  },
);

/** Every partial write or lost acknowledged write found, one line each. */
async function partialWrites(
  db: Db,
  sent: {
    regionId: string;
    qualificationFiles: string[];
    referralFiles: string[];
    editedChildren: string[];
    acknowledged: Acknowledged;
  },
): Promise<{
  problems: string[];
  kept: { qualificationFiles: number; referralFiles: number; approvedCoes: number; childEdits: number };
}> {
  const problems: string[] = [];
  const kept = { qualificationFiles: 0, referralFiles: 0, approvedCoes: 0, childEdits: 0 };
  const { acknowledged } = sent;

  for (const fileName of sent.qualificationFiles) {
    const rows = await count(
      db
        .selectFrom('qualification_records')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('source_file', '=', fileName)
        .execute(),
    );
    const audited = await count(
      db
        .selectFrom('audit_events')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('entity_type', '=', 'qualification_import')
        .where('entity_id', '=', fileName)
        .execute(),
    );
    if (rows > 0) kept.qualificationFiles += 1;
    if (rows !== 0 && rows !== QUALIFICATION_ROWS)
      problems.push(`qualification import ${fileName}: ${rows} of ${QUALIFICATION_ROWS} rows`);
    if (rows > 0 !== audited > 0)
      problems.push(`qualification import ${fileName}: ${rows} rows, ${audited} audit events`);
    if (acknowledged.qualificationFiles.includes(fileName) && rows === 0)
      problems.push(`qualification import ${fileName}: answered 200, rows missing`);
  }

  const imports = await db
    .selectFrom('referral_imports')
    .select(['id', 'file_name', 'rows', 'added'])
    .where('region_id', '=', sent.regionId)
    .execute();
  for (const fileName of sent.referralFiles) {
    const found = imports.filter((row) => row.file_name === fileName);
    if (found.length > 0) kept.referralFiles += 1;
    if (found.length > 1) problems.push(`referral import ${fileName}: recorded ${found.length} times`);
    if (acknowledged.referralFiles.includes(fileName) && found.length === 0)
      problems.push(`referral import ${fileName}: answered 200, import missing`);
  }
  for (const row of imports) {
    const referrals = await count(
      db
        .selectFrom('referrals')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('import_id', '=', row.id)
        .execute(),
    );
    const audited = await count(
      db
        .selectFrom('audit_events')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('entity_type', '=', 'referral_import')
        .where('entity_id', '=', row.id)
        .execute(),
    );
    if (referrals !== row.added || row.added !== REFERRAL_ROWS)
      problems.push(
        `referral import ${row.file_name}: ${referrals} referrals, ${row.added} recorded as added`,
      );
    if (audited !== 1) problems.push(`referral import ${row.file_name}: ${audited} audit events`);
  }
  const listed = await count(
    db
      .selectFrom('referrals')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('region_id', '=', sent.regionId)
      .execute(),
  );
  const orphans = listed - imports.reduce((sum, row) => sum + row.added, 0);
  if (orphans > 0) problems.push(`${orphans} referrals without their import`);

  const coes = await db
    .selectFrom('coes')
    .select(['id', 'status'])
    .where('region_id', '=', sent.regionId)
    .execute();
  for (const coe of coes) {
    const children = await db
      .selectFrom('coe_children')
      .select(['child_id', 'eligible'])
      .where('coe_id', '=', coe.id)
      .execute();
    const eligibilities = await count(
      db
        .selectFrom('child_eligibilities')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('coe_id', '=', coe.id)
        .execute(),
    );
    const approvals = (
      await db
        .selectFrom('audit_events')
        .select(['after'])
        .where('entity_type', '=', 'coe')
        .where('entity_id', '=', coe.id)
        .execute()
    ).filter((event) => (event.after as { status?: string } | null)?.status === 'approved').length;
    const eligible = children.filter((child) => child.eligible).length;
    if (coe.status === 'approved') {
      kept.approvedCoes += 1;
      if (children.some((child) => child.child_id === null) || eligibilities !== eligible)
        problems.push(
          `COE ${coe.id} approved with ${eligibilities} eligibilities for ${eligible} eligible children`,
        );
      if (approvals !== 1) problems.push(`COE ${coe.id} approved with ${approvals} approval audit events`);
    } else {
      if (eligibilities > 0 || approvals > 0)
        problems.push(
          `COE ${coe.id} ${coe.status} with ${eligibilities} eligibilities, ${approvals} approvals audited`,
        );
      if (acknowledged.approvedCoes.includes(coe.id))
        problems.push(`COE ${coe.id}: approval answered 200, status ${coe.status}`);
    }
  }

  for (const childId of sent.editedChildren) {
    const child = await db
      .selectFrom('children')
      .select(['version'])
      .where('id', '=', childId)
      .executeTakeFirstOrThrow();
    const updates = await count(
      db
        .selectFrom('audit_events')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('entity_type', '=', 'child')
        .where('entity_id', '=', childId)
        .where('action', '=', 'update')
        .execute(),
    );
    kept.childEdits += child.version - 1;
    if (child.version !== 1 + updates)
      problems.push(`child ${childId}: version ${child.version} with ${updates} audited updates`);
    if (child.version < (acknowledged.childVersions.get(childId) ?? 0))
      problems.push(
        `child ${childId}: version ${child.version}, an edit answered 200 at ${acknowledged.childVersions.get(childId)}`,
      );
  }
  return { problems, kept };
}
