/** Properties the determination keeps whatever the facts (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addYears } from '../common/calendar-date';
import { determineEligibility } from './determine-eligibility';
import { COACHELLA, DELANO, FRESNO, OAXACA } from './interview-builders';
import type { Interview, InterviewMove, InterviewPlace } from './interview-schema';

const PLACES: InterviewPlace[] = [COACHELLA, DELANO, FRESNO, OAXACA];

/** A family of one worker and up to three children with 1–6 moves in the four years before the interview. */
const interviewArbitrary: fc.Arbitrary<Interview> = fc
  .record({
    children: fc.integer({ min: 1, max: 3 }),
    birthOffsets: fc.array(fc.integer({ min: 200, max: 8_500 }), { minLength: 3, maxLength: 3 }),
    moves: fc.array(
      fc.record({
        daysBefore: fc.integer({ min: 0, max: 1_400 }),
        from: fc.integer({ min: 0, max: 3 }),
        to: fc.integer({ min: 0, max: 2 }),
        necessity: fc.boolean(),
        withChildren: fc.boolean(),
        workAfter: fc.option(fc.integer({ min: 0, max: 90 })),
        sector: fc.constantFrom('agricultural', 'fishing', 'other'),
        employment: fc.constantFrom('seasonal', 'temporary', 'permanent'),
      }),
      { minLength: 1, maxLength: 6 },
    ),
  })
  .map(({ children, birthOffsets, moves }) => {
    const interviewDate = '2024-03-15';
    const childIds = Array.from({ length: children }, (_, i) => `c-${i}`);
    return {
      interviewDate,
      workers: [{ id: 'w-1' }],
      children: childIds.map((id, i) => ({
        id,
        birthDate: addDays(interviewDate, -1_500 - birthOffsets[i]!),
        workers: [{ worker: 'w-1', relation: 'parent' as const }],
      })),
      moves: moves.map((m, i): InterviewMove => {
        const date = addDays(interviewDate, -m.daysBefore);
        const start = m.workAfter === null ? undefined : addDays(date, m.workAfter);
        return {
          id: `m${i}`,
          date,
          from: PLACES[m.from]!,
          to: PLACES[m.to]!,
          movers: m.withChildren ? ['w-1', ...childIds] : ['w-1'],
          economicNecessity: m.necessity,
          work:
            start && start <= interviewDate
              ? [
                  {
                    worker: 'w-1',
                    outcome: 'obtained',
                    sector: m.sector,
                    employment: m.employment,
                    startDate: start,
                  },
                ]
              : [],
        };
      }),
    };
  });

const withoutTrace = (input: Interview) =>
  determineEligibility(input).children.map(({ trace: _trace, reasons, ...rest }) => ({
    ...rest,
    reasons: [...reasons].sort(),
  }));

describe('eligibility properties', () => {
  it('the order in which moves are listed never changes the result', () => {
    fc.assert(
      fc.property(interviewArbitrary, fc.infiniteStream(fc.nat()), (input, randoms) => {
        const shuffled = {
          ...input,
          moves: [...input.moves]
            .map((m) => [randoms.next().value, m] as const)
            .sort((a, b) => a[0] - b[0])
            .map(([, m]) => m),
        };
        expect(withoutTrace(shuffled)).toEqual(withoutTrace(input));
      }),
      { numRuns: 300 },
    );
  });

  it('an end date is never before the QAD, and reasons are empty exactly when eligible', () => {
    fc.assert(
      fc.property(interviewArbitrary, (input) => {
        for (const result of determineEligibility(input).children) {
          if (result.eligibilityEndDate !== null) expect(result.eligibilityEndDate >= result.qad!).toBe(true);
          expect(result.reasons.length === 0).toBe(result.eligible);
          if (result.eligible)
            expect(
              result.qad! <= input.interviewDate && input.interviewDate <= result.eligibilityEndDate!,
            ).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('shifting every date by whole years keeps the result (leap days aside)', () => {
    // Shifts by multiples of four years keep the leap-year cycle (1901–2099), so every window counted in days is unchanged.
    fc.assert(
      fc.property(interviewArbitrary, fc.integer({ min: -5, max: 5 }), (input, fourYears) => {
        const years = fourYears * 4;
        const shift = (date: string | null) => date && addYears(date, years);
        const shifted: Interview = {
          ...input,
          interviewDate: shift(input.interviewDate)!,
          children: input.children.map((c) => ({ ...c, birthDate: shift(c.birthDate)! })),
          moves: input.moves.map((m) => ({
            ...m,
            date: shift(m.date)!,
            work: (m.work ?? []).map((w) => ({ ...w, startDate: shift(w.startDate!)! })),
          })),
        };
        const expected = withoutTrace(input).map((r) => ({
          ...r,
          qad: shift(r.qad),
          workerMoveDate: shift(r.workerMoveDate),
          eligibilityEndDate: shift(r.eligibilityEndDate),
        }));
        expect(withoutTrace(shifted)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
