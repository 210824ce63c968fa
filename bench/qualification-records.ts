/**
 * Realistic qualification history for benchmarks: students qualified 1–4 times over ten
 * years in California's 20 regions, recruited days to months after arriving, most moving
 * with the worker, about a third with the prior COE left for Ciclo to decide.
 */
import { addDays, type CalendarDate } from '../src/core/common/calendar-date';
import type { QualificationRecord } from '../src/core/recruitment/qualification-record';
import { seededRandom } from '../src/core/demo/seeded-random';

const REGIONS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 21, 23];

export function realisticQualificationRecords(count: number, seed = 7): QualificationRecord[] {
  const random = seededRandom(seed);
  const records: QualificationRecord[] = [];
  let student = 0;
  while (records.length < count) {
    student += 1;
    const studentId = `S${String(student).padStart(9, '0')}`;
    const birthDate = addDays('2004-01-01' as CalendarDate, random.integer(0, 20 * 365));
    const region = REGIONS[random.integer(0, REGIONS.length - 1)]!;
    let qad = addDays('2014-09-01' as CalendarDate, random.integer(0, 9 * 365));
    const coes = Math.min(random.integer(1, 4), count - records.length);
    for (let i = 0; i < coes; i += 1) {
      const residencyDate = addDays(qad, random.integer(0, 20));
      const recruitmentDate = addDays(residencyDate, random.integer(0, 400));
      const workerMoveDate = random.integer(0, 9) < 6 ? qad : addDays(qad, -random.integer(1, 700));
      records.push({
        studentId,
        coeId: `C${records.length + 1}`,
        region,
        birthDate,
        qad,
        residencyDate,
        recruitmentDate,
        workerMoveDate,
        movedWithWorker: random.integer(0, 9) < 7,
        priorCoe: random.integer(0, 2) === 0 ? null : i > 0,
      });
      qad = addDays(recruitmentDate, random.integer(30, 500));
    }
  }
  return records;
}
