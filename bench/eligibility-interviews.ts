/**
 * Realistic interviews for benchmarks: a family of one or two workers and 1–4 children,
 * 3–6 moves across California districts and from Mexico, seasonal farm work after most.
 */
import { addDays } from '../src/core/common/calendar-date';
import type { Interview, InterviewMove, InterviewPlace } from '../src/core/eligibility/interview-schema';

const DISTRICTS = [
  'Pajaro Valley Unified School District',
  'Salinas City Elementary School District',
  'Delano Union School District',
  'Fresno Unified School District',
  'Oxnard School District',
  'Coachella Valley Unified School District',
  'Madera Unified School District',
  'Hollister School District',
];
const CROPS = ['strawberries', 'table grapes', 'lettuce', 'garlic', 'cherries', 'almonds', 'tomatoes'];

/** A small deterministic PRNG (mulberry32) so every run measures the same interviews. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function realisticInterviews(count: number, seed = 1): Interview[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const interviews: Interview[] = [];
  for (let n = 0; n < count; n++) {
    const interviewDate = addDays('2026-10-01', -Math.floor(next() * 2000));
    const workerIds = next() < 0.3 ? ['w-1', 'w-2'] : ['w-1'];
    const childCount = 1 + Math.floor(next() * 4);
    const children = Array.from({ length: childCount }, (_, i) => ({
      id: `c-${i + 1}`,
      birthDate: addDays(interviewDate, -(400 + Math.floor(next() * 7000))),
      workers: workerIds.map((worker) => ({ worker, relation: 'parent' as const })),
    }));
    const moveCount = 3 + Math.floor(next() * 4);
    let place: InterviewPlace = { residence: 'Casa familiar', city: 'Michoacán', country: 'MX' };
    let date = addDays(interviewDate, -Math.floor(next() * 1200) - 60 * moveCount);
    const moves: InterviewMove[] = [];
    for (let m = 0; m < moveCount; m++) {
      date = addDays(date, 20 + Math.floor(next() * 200));
      if (date > interviewDate) date = interviewDate;
      const to: InterviewPlace = {
        residence: `${100 + Math.floor(next() * 900)} Main St`,
        schoolDistrict: pick(DISTRICTS),
        state: 'CA',
      };
      const withChildren = next() < 0.7;
      const movers = withChildren
        ? [...workerIds, ...children.filter((c) => c.birthDate <= date).map((c) => c.id)]
        : [...workerIds];
      const start = addDays(date, Math.floor(next() * 75));
      moves.push({
        id: `m${m + 1}`,
        date,
        from: place,
        to,
        movers,
        economicNecessity: next() < 0.9,
        work:
          start <= interviewDate
            ? [
                {
                  worker: 'w-1',
                  outcome: 'obtained',
                  sector: next() < 0.85 ? 'agricultural' : 'other',
                  employment: next() < 0.8 ? 'seasonal' : 'temporary',
                  startDate: start,
                  description: pick(CROPS),
                },
              ]
            : [],
      });
      place = to;
    }
    interviews.push({
      interviewDate,
      state: 'CA',
      workers: workerIds.map((id) => ({ id })),
      children,
      moves,
    });
  }
  return interviews;
}
