import { listEnrolledChildren } from '../../data/repositories/service-enrollments.repository';
import { listTestsOfService, type ServiceTestRow } from '../../data/repositories/service-tests.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { childNameOf } from './child-name';
import { loadServiceFor } from './load-service';

type Score = { testId: number; score: number; date: string } | null;

/** The first pre test and the last post test of one child (tests come ordered by date). */
function firstPreAndLastPost(tests: readonly ServiceTestRow[]): { pre: Score; post: Score } {
  const pre = tests.find((t) => t.kind === 'pre');
  const post = tests.filter((t) => t.kind === 'post').at(-1);
  const score = (t: ServiceTestRow | undefined): Score =>
    t ? { testId: t.id, score: t.score, date: t.date } : null;
  return { pre: score(pre), post: score(post) };
}

/** Everyone enrolled in a service, by name, with hours attended and their pre and post scores. */
export async function listServiceEnrollments(ctx: UseCaseContext, serviceId: string) {
  requirePermission(ctx, 'service.read');
  await loadServiceFor(ctx, ctx.db, serviceId, 'read');
  const [children, tests] = await Promise.all([
    listEnrolledChildren(ctx.db, serviceId),
    listTestsOfService(ctx.db, serviceId),
  ]);
  const testsByEnrollment = new Map<number, ServiceTestRow[]>();
  for (const test of tests)
    testsByEnrollment.set(test.enrollment_id, [...(testsByEnrollment.get(test.enrollment_id) ?? []), test]);
  return {
    items: children.map((row) => ({
      enrollmentId: row.id,
      studentId: row.student_id,
      childId: row.child_id,
      name: childNameOf(row),
      enrolledOn: row.enrolled_on,
      reason: row.reason,
      minutes: row.minutes,
      hours: Math.round((row.minutes / 60) * 100) / 100,
      sessions: row.sessions,
      ...firstPreAndLastPost(testsByEnrollment.get(row.id) ?? []),
      tests: (testsByEnrollment.get(row.id) ?? []).map((t) => ({
        id: t.id,
        kind: t.kind,
        date: t.date,
        score: t.score,
      })),
    })),
  };
}
