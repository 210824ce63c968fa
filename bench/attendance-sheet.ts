/**
 * Saving an attendance sheet of 40 children through the API (PUT /api/services/:id/attendance/:date:
 * authentication, CSRF, schema validation, the rules, the revision check and the whole-sheet replace
 * under the service's lock and the audit event, then the sheet read back), sent with Fastify's inject so the figures
 * are the server's own, without a network. Target: under 100 ms at the 95th percentile.
 * Run: npx tsx bench/attendance-sheet.ts [--saves 300]
 *      DATABASE_URL=postgres://postgres@127.0.0.1:5432/<db> npx tsx bench/attendance-sheet.ts
 */
import { addDays } from '../src/core/common/calendar-date';
import { seededRandom } from '../src/core/demo/seeded-random';
import { openDatabase } from '../src/data/db';
import { migrateToLatest } from '../src/data/migrate';
import { buildChild, buildEligibilitySpans, buildRegionWithStaff, serviceBody } from '../tests/factories';
import { signInAs } from '../tests/support/http-session';
import { startTestApp } from '../tests/support/test-app';

const index = process.argv.indexOf('--saves');
const SAVES = index > 0 ? Number(process.argv[index + 1]) : 300;
const CHILDREN = 40;
const WARM_UP = 30;

const t = await startTestApp({
  name: process.env.DATABASE_URL ? 'postgres' : 'pglite',
  async open() {
    const handle = await openDatabase(
      process.env.DATABASE_URL ? { url: process.env.DATABASE_URL } : { dataDir: 'memory://' },
    );
    await migrateToLatest(handle.db);
    return handle;
  },
});
const handle = t.handle;

const { region, users } = await buildRegionWithStaff(handle.db);
const specialist = await signInAs(t.app, users.data_specialist.email);
const call = async (method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown) => {
  const reply = await specialist.request(method, url, body);
  if (reply.status >= 300) throw new Error(`${method} ${url}: ${reply.status} ${JSON.stringify(reply.body)}`);
  return reply.body as { id: string; revision: string };
};

const service = await call(
  'POST',
  '/api/services',
  serviceBody({ name: 'Bench class', startDate: '2025-06-16', endDate: '2025-12-19' }),
);
const students: string[] = [];
for (let i = 0; i < CHILDREN; i += 1) {
  const child = await buildChild(handle.db, { regionId: region.id, firstName: `Bench${i}` });
  await buildEligibilitySpans(handle.db, [child.student_number], '2024-01-01', '2027-12-31');
  await call('POST', `/api/services/${service.id}/enrollments`, {
    studentId: child.student_number,
    enrolledOn: '2025-06-16',
    reason: 'other',
  });
  students.push(child.student_number);
}

const random = seededRandom(7);
const timings: number[] = [];
const revisions = new Map<string, string>();
for (let i = 0; i < WARM_UP + SAVES; i += 1) {
  const date = addDays('2025-06-16', i % 120);
  const present = students
    .filter(() => random.chance(0.85))
    .map((studentId) => ({ studentId, minutes: random.integer(30, 60) }));
  const sheet = `/api/services/${service.id}/attendance/${date}`;
  // Each date's sheet is read before its first save; a save's reply carries the next revision.
  const revision = revisions.get(date) ?? (await call('GET', sheet)).revision;
  const started = performance.now();
  revisions.set(date, (await call('PUT', sheet, { present, revision })).revision);
  if (i >= WARM_UP) timings.push(performance.now() - started);
}
timings.sort((a, b) => a - b);
const at = (q: number) => timings[Math.min(timings.length - 1, Math.floor(q * timings.length))]!.toFixed(1);
console.log(
  `${handle.kind}: ${SAVES} saves of a ${CHILDREN}-child sheet: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, p99 ${at(0.99)} ms, max ${timings.at(-1)!.toFixed(1)} ms`,
);
await t.close();
