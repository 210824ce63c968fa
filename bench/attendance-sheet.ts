/**
 * Saving an attendance sheet of 40 children through the API (PUT /api/services/:id/attendance/:date:
 * authentication, CSRF, schema validation, the rules, the whole-sheet replace under the service's
 * lock and the audit event, then the sheet read back), sent with Fastify's inject so the figures
 * are the server's own, without a network. Target: under 100 ms at the 95th percentile.
 * Run: npx tsx bench/attendance-sheet.ts [--saves 300]
 *      DATABASE_URL=postgres://postgres@127.0.0.1:5432/<db> npx tsx bench/attendance-sheet.ts
 */
import { addDays } from '../src/core/common/calendar-date';
import { seededRandom } from '../src/core/demo/seeded-random';
import { openDatabase } from '../src/data/db';
import { migrateToLatest } from '../src/data/migrate';
import { buildApp } from '../src/server/app';
import { buildChild, buildRegionWithStaff, TEST_PASSWORD } from '../tests/factories';

const index = process.argv.indexOf('--saves');
const SAVES = index > 0 ? Number(process.argv[index + 1]) : 300;
const CHILDREN = 40;
const WARM_UP = 30;

const handle = await openDatabase(
  process.env.DATABASE_URL ? { url: process.env.DATABASE_URL } : { dataDir: 'memory://' },
);
await migrateToLatest(handle.db);
const app = await buildApp({
  db: handle.db,
  config: { secureCookies: false, logLevel: 'silent' },
  logger: false,
  webRoot: '/nonexistent',
});
await app.ready();

const { region, users } = await buildRegionWithStaff(handle.db);
const signIn = await app.inject({
  method: 'POST',
  url: '/api/auth/sign-in',
  payload: { email: users.data_specialist.email, password: TEST_PASSWORD },
});
const cookie = signIn.cookies.find((c) => c.name === 'ciclo_session')!.value;
const { csrfToken } = signIn.json() as { csrfToken: string };
const call = async (method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) => {
  const reply = await app.inject({
    method,
    url,
    cookies: { ciclo_session: cookie },
    headers: { 'x-csrf-token': csrfToken },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
  if (reply.statusCode >= 300) throw new Error(`${method} ${url}: ${reply.statusCode} ${reply.body}`);
  return reply.json() as { id: string };
};

const service = await call('POST', '/api/services', {
  code: `BENCH-SHEET-${Date.now()}`,
  name: 'Bench class',
  term: 'SUMMER',
  site: null,
  districtId: null,
  startDate: '2025-06-16',
  endDate: '2025-12-19',
  actualStartDate: null,
  actualEndDate: null,
  fundingResource: null,
  applicationKind: null,
  applicationLine: null,
  mpos: [],
  strategies: [],
  components: [],
  pdRequired: false,
  instrumentName: null,
  instrumentMin: 0,
  instrumentMax: 100,
  higherIsBetter: true,
  instrumentLevels: [],
  sessionMinutes: 50,
  stateServiceCode: null,
});
const students: string[] = [];
for (let i = 0; i < CHILDREN; i += 1) {
  const child = await buildChild(handle.db, { regionId: region.id, firstName: `Bench${i}` });
  await handle.db
    .insertInto('student_eligibility_spans')
    .values({
      student_id: child.student_number,
      birth_date: '2015-03-09',
      eligible_from: '2024-01-01',
      eligible_to: '2027-12-31',
    })
    .execute();
  await call('POST', `/api/services/${service.id}/enrollments`, {
    studentId: child.student_number,
    enrolledOn: '2025-06-16',
    reason: 'other',
  });
  students.push(child.student_number);
}

const random = seededRandom(7);
const timings: number[] = [];
for (let i = 0; i < WARM_UP + SAVES; i += 1) {
  const date = addDays('2025-06-16', i % 120);
  const present = students
    .filter(() => random.chance(0.85))
    .map((studentId) => ({ studentId, minutes: random.integer(30, 60) }));
  const started = performance.now();
  await call('PUT', `/api/services/${service.id}/attendance/${date}`, { present });
  if (i >= WARM_UP) timings.push(performance.now() - started);
}
timings.sort((a, b) => a - b);
const at = (q: number) => timings[Math.min(timings.length - 1, Math.floor(q * timings.length))]!.toFixed(1);
console.log(
  `${handle.kind}: ${SAVES} saves of a ${CHILDREN}-child sheet: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, p99 ${at(0.99)} ms, max ${timings.at(-1)!.toFixed(1)} ms`,
);
await app.close();
await handle.close();
