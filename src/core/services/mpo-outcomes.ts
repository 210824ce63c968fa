/**
 * The MPO report of one performance period, for the state or one region, computed in memory
 * from a folder's records exactly as the contract defines it (services/FORMAT.md). It is the
 * reference the SQL report is tested against.
 */
import type { PerformancePeriod } from '../recruitment/performance-period';
import { isInPopulation, meetsDosage, meetsGrowth, outcomeOf, testPairOf } from './mpo-rules';
import type {
  AssessmentResult,
  Mpo,
  MpoFunnel,
  MpoReport,
  ServiceRecord,
  ServiceRecords,
  ServiceStudent,
  TestResult,
} from './service-records';

/** The records looked up by key, built once for every MPO of a report. */
interface RecordsIndex {
  students: Map<string, ServiceStudent>;
  assessments: Map<string, AssessmentResult[]>;
  services: Map<string, ServiceRecord>;
  enrollmentsByService: Map<string, string[]>;
  minutesByEnrollment: Map<string, number>;
  testsByEnrollment: Map<string, TestResult[]>;
}

const enrollmentKey = (serviceId: string, studentId: string) => `${serviceId}\u0000${studentId}`;

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function indexRecords(records: ServiceRecords): RecordsIndex {
  const index: RecordsIndex = {
    students: new Map(records.students.map((student) => [student.studentId, student])),
    assessments: new Map(),
    services: new Map(records.services.map((service) => [service.serviceId, service])),
    enrollmentsByService: new Map(),
    minutesByEnrollment: new Map(),
    testsByEnrollment: new Map(),
  };
  for (const result of records.assessments) pushTo(index.assessments, result.studentId, result);
  for (const enrollment of records.enrollments)
    pushTo(index.enrollmentsByService, enrollment.serviceId, enrollment.studentId);
  for (const row of records.attendance) {
    const key = enrollmentKey(row.serviceId, row.studentId);
    index.minutesByEnrollment.set(key, (index.minutesByEnrollment.get(key) ?? 0) + row.minutes);
  }
  for (const test of records.tests)
    pushTo(index.testsByEnrollment, enrollmentKey(test.serviceId, test.studentId), test);
  return index;
}

/** S3.1: a service belongs to the period of its start date. */
function isOfPeriod(service: ServiceRecord, period: PerformancePeriod): boolean {
  return period.first <= service.startDate && service.startDate <= period.last;
}

/** What one student's aligned enrollments add up to for one MPO. */
interface StudentTally {
  inPopulation: boolean;
  minutes: number;
  hasPair: boolean;
  grew: boolean;
}

function funnelOf(
  index: RecordsIndex,
  mpo: Mpo,
  period: PerformancePeriod,
  region: number | null,
): MpoFunnel {
  const tallies = new Map<string, StudentTally>();
  for (const service of index.services.values()) {
    // S3.2: the aligned enrollments: in services of the period (and region) aligned to the MPO.
    if (!isOfPeriod(service, period) || !service.mpos.includes(mpo.number)) continue;
    if (region !== null && service.region !== region) continue;
    for (const studentId of index.enrollmentsByService.get(service.serviceId) ?? []) {
      let tally = tallies.get(studentId);
      if (!tally) {
        tally = { inPopulation: false, minutes: 0, hasPair: false, grew: false };
        tallies.set(studentId, tally);
      }
      const student = index.students.get(studentId);
      if (!student) continue;
      const facts = {
        birthDate: student.birthDate,
        assessments: index.assessments.get(studentId) ?? [],
        serviceStart: service.startDate,
      };
      // S3.5–S3.8: minutes and pairs count only from enrollments that put the student in the population.
      if (!isInPopulation(mpo.population, facts)) continue;
      const key = enrollmentKey(service.serviceId, studentId);
      tally.inPopulation = true;
      tally.minutes += index.minutesByEnrollment.get(key) ?? 0;
      const pair = testPairOf(index.testsByEnrollment.get(key) ?? [], service.instrument.higherIsBetter);
      if (!pair) continue;
      tally.hasPair = true;
      if (meetsGrowth(mpo.growth, service.instrument, pair.pre.score, pair.post.score)) tally.grew = true;
    }
  }
  const funnel: MpoFunnel = { served: tallies.size, inPopulation: 0, dosageMet: 0, tested: 0, grew: 0 };
  for (const tally of tallies.values()) {
    if (!tally.inPopulation) continue;
    funnel.inPopulation += 1;
    if (!meetsDosage(tally.minutes, mpo.minHours)) continue;
    funnel.dosageMet += 1;
    if (!tally.hasPair) continue;
    funnel.tested += 1;
    if (tally.grew) funnel.grew += 1;
  }
  return funnel;
}

/** `state` or `region 5`. */
export function scopeName(region: number | null): string {
  return region === null ? 'state' : `region ${region}`;
}

/**
 * The counts of one MPO in one period, for a region or (null) the state, where a student
 * counts once across regions and their minutes add up (S3.11).
 */
export function computeMpoFunnel(
  records: ServiceRecords,
  mpo: Mpo,
  period: PerformancePeriod,
  region: number | null,
): MpoFunnel {
  return funnelOf(indexRecords(records), mpo, period, region);
}

/** The MPO report: every MPO of the plan, in the plan's order (contract "The report"). */
export function computeMpoReport(
  records: ServiceRecords,
  period: PerformancePeriod,
  region: number | null,
): MpoReport {
  const index = indexRecords(records);
  return {
    scope: scopeName(region),
    period: period.name,
    mpos: records.mpos.map((mpo) => outcomeOf(mpo, funnelOf(index, mpo, period, region))),
  };
}
