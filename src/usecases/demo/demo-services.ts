/**
 * Load the demo's services half (src/core/demo/demo-services.ts) into the demo load's
 * transaction: assessment results, services, enrollments, attendance and tests, each table
 * in bulk. Needs the demo children and the adopted demo plan to exist.
 */
import { randomUUID } from 'node:crypto';
import type { CalendarDate } from '../../core/common/calendar-date';
import { DEMO_INSTRUMENT, demoServices, SESSION_MINUTES } from '../../core/demo/demo-services';
import { periodStartingIn, periodStartYearOf } from '../../core/recruitment/performance-period';
import { bulkInsert } from '../../data/bulk-insert';
import type { Db } from '../../data/db';
import {
  enrollmentIdsOfServices,
  targetCandidatesInScope,
} from '../../data/repositories/mpo-target-lists.repository';
import { findAdoptedPlan } from '../../data/repositories/plan-mpos.repository';
import { DEMO_ACCOUNTS, DEMO_REGION_NUMBER } from './demo-accounts';

/** The regions the demo's accounts work in: the region staff's, and those the state consultant reads. */
export const DEMO_SERVICE_REGION_NUMBERS: readonly number[] = [
  ...new Set([DEMO_REGION_NUMBER, ...DEMO_ACCOUNTS.flatMap((a) => a.assignedRegionNumbers ?? [])]),
];

export interface DemoServicesSummary {
  assessmentResults: number;
  services: number;
  serviceEnrollments: number;
  attendanceRows: number;
  testScores: number;
}

export async function loadDemoServices(
  db: Db,
  options: { regionIds: ReadonlyMap<number, string>; seed: number; today: CalendarDate },
): Promise<DemoServicesSummary> {
  const summary = {
    assessmentResults: 0,
    services: 0,
    serviceEnrollments: 0,
    attendanceRows: 0,
    testScores: 0,
  };
  const plan = await findAdoptedPlan(db);
  if (!plan) return summary;
  const previous = periodStartingIn(periodStartYearOf(options.today) - 1);
  const regions = [];
  for (const number of DEMO_SERVICE_REGION_NUMBERS) {
    const regionId = options.regionIds.get(number);
    if (!regionId) continue;
    const children = await targetCandidatesInScope(
      db,
      { kind: 'state' },
      { regionId, from: previous.first, to: options.today },
    );
    regions.push({ number, children });
  }
  const data = demoServices({ seed: options.seed, today: options.today, mpos: plan.mpos, regions });

  await bulkInsert(
    db,
    'assessment_results',
    data.assessments.map((a) => ({
      student_id: a.studentId,
      subject: a.subject,
      school_year: a.schoolYear,
      level: a.level,
      source: 'imported',
    })),
  );
  const serviceIds = new Map(data.services.map((s) => [s.code, randomUUID()]));
  await bulkInsert(
    db,
    'services',
    data.services.map((s) => ({
      id: serviceIds.get(s.code),
      code: `DEMO-${s.code}`,
      plan_version_id: plan.id,
      region_id: options.regionIds.get(s.regionNumber),
      name: s.name,
      term: s.term,
      start_date: s.startDate,
      end_date: s.endDate,
      mpos: s.mpos,
      instrument_name: 'Demo pre/post assessment',
      instrument_min: DEMO_INSTRUMENT.min,
      instrument_max: DEMO_INSTRUMENT.max,
      higher_is_better: DEMO_INSTRUMENT.higherIsBetter,
      session_minutes: SESSION_MINUTES,
    })),
  );
  const enrollments = data.services.flatMap((s) =>
    s.enrollments.map((e) => ({ serviceId: serviceIds.get(s.code)!, ...e })),
  );
  await bulkInsert(
    db,
    'service_enrollments',
    enrollments.map((e) => ({
      service_id: e.serviceId,
      student_id: e.studentId,
      enrolled_on: e.enrolledOn,
      reason: e.reason,
    })),
  );
  const enrollmentIds = await enrollmentIdsOfServices(db, [...serviceIds.values()]);
  const idOf = (e: (typeof enrollments)[number]) => enrollmentIds.get(`${e.serviceId}|${e.studentId}`)!;
  const attendance = enrollments.flatMap((e) =>
    e.sessions.map((date) => ({ enrollment_id: idOf(e), date, minutes: SESSION_MINUTES })),
  );
  const tests = enrollments.flatMap((e) =>
    e.tests.map((test) => ({ enrollment_id: idOf(e), kind: test.kind, date: test.date, score: test.score })),
  );
  await bulkInsert(db, 'service_attendance', attendance);
  await bulkInsert(db, 'service_tests', tests);
  return {
    assessmentResults: data.assessments.length,
    services: data.services.length,
    serviceEnrollments: enrollments.length,
    attendanceRows: attendance.length,
    testScores: tests.length,
  };
}
