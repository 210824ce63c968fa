import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../common/domain-error';
import { determineEligibility } from './determine-eligibility';
import { child, grapeWork, interview, move, OAXACA } from './interview-builders';
import { ID_PATTERN } from './interview-schema';
import { isInterviewId } from './validate-interview';

/** The field the engine names when it rejects `input`. */
function rejectedField(input: unknown): string {
  try {
    determineEligibility(input);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('invalid_input');
    return (error as DomainError).problems[0]!.field;
  }
  throw new Error('the interview was accepted');
}

const linked = (type: 'to-join' | 'precede', workerMove: string, overrides = {}) =>
  interview({
    moves: [
      move('m1', '2022-01-10', { movers: ['w-1'], from: OAXACA, work: [grapeWork('2022-01-17')] }),
      move('m2', '2022-06-20', {
        movers: ['c-1'],
        from: OAXACA,
        links: [{ child: 'c-1', type, worker: 'w-1', workerMove }],
      }),
      move('m3', '2022-09-01', { movers: ['w-1'] }),
    ],
    ...overrides,
  });

describe('rejected input names the field', () => {
  it('refuses what is not an interview', () => {
    expect(rejectedField(null)).toBe('interview');
    expect(rejectedField({ ...interview(), interviewDate: undefined })).toBe('interviewDate');
    expect(rejectedField({ ...interview(), children: [] })).toBe('children');
    expect(rejectedField({ ...interview(), extra: 1 })).toBe('extra');
  });

  it('refuses dates that are not calendar dates', () => {
    expect(rejectedField(interview({ interviewDate: '2023-02-29' }))).toBe('interviewDate');
    expect(rejectedField(interview({ interviewDate: '2023-1-10' }))).toBe('interviewDate');
    expect(rejectedField(interview({ children: [child({ birthDate: '2012-13-01' })] }))).toBe(
      'children[0].birthDate',
    );
  });

  it('refuses unknown enum values', () => {
    expect(
      rejectedField(
        interview({
          moves: [
            move('m1', '2022-08-15', { work: [grapeWork('2022-08-16', { sector: 'mining' as never })] }),
          ],
        }),
      ),
    ).toBe('moves[0].work[0].sector');
  });

  it('refuses ids that are not ids, where they are declared and where they are used', () => {
    expect(rejectedField(interview({ children: [child({ id: 'c 1' })] }))).toBe('children[0].id');
    expect(rejectedField(interview({ moves: [move('-m1', '2022-08-15')] }))).toBe('moves[0].id');
    expect(rejectedField(interview({ moves: [move('m1', '2022-08-15', { movers: ['w-1', 'c/1'] })] }))).toBe(
      'moves[0].movers[1]',
    );
  });

  it('refuses unknown or repeated ids', () => {
    expect(rejectedField(interview({ children: [child(), child()] }))).toBe('children[1].id');
    expect(rejectedField(interview({ moves: [move('m1', '2022-08-15'), move('m1', '2022-09-15')] }))).toBe(
      'moves[1].id',
    );
    expect(rejectedField(interview({ moves: [move('m1', '2022-08-15', { movers: ['w-1', 'c-9'] })] }))).toBe(
      'moves[0].movers[1]',
    );
    expect(
      rejectedField(interview({ children: [child({ workers: [{ worker: 'w-9', relation: 'parent' }] })] })),
    ).toBe('children[0].workers[0].worker');
    expect(rejectedField(linked('to-join', 'm9'))).toBe('moves[1].links[0].workerMove');
  });

  it('refuses a move, work start or completion after the interview', () => {
    expect(rejectedField(interview({ moves: [move('m1', '2023-01-11')] }))).toBe('moves[0].date');
    expect(
      rejectedField(interview({ moves: [move('m1', '2022-08-15', { work: [grapeWork('2023-01-11')] })] })),
    ).toBe('moves[0].work[0].startDate');
    expect(
      rejectedField(interview({ children: [child({ completion: { type: 'hse', date: '2023-01-11' } })] })),
    ).toBe('children[0].completion.date');
  });

  it('refuses a US place without a school district', () => {
    expect(
      rejectedField(interview({ moves: [move('m1', '2022-08-15', { to: { residence: 'Delano' } })] })),
    ).toBe('moves[0].to.schoolDistrict');
  });

  it('refuses obtained work without employment or start date', () => {
    expect(
      rejectedField(
        interview({
          moves: [
            move('m1', '2022-08-15', {
              work: [{ worker: 'w-1', outcome: 'obtained', sector: 'agricultural' }],
            }),
          ],
        }),
      ),
    ).toBe('moves[0].work[0].employment');
  });

  it('refuses work by someone who did not make the move', () => {
    expect(
      rejectedField(
        interview({
          moves: [move('m1', '2022-08-15', { movers: ['c-1'], work: [grapeWork('2022-08-16')] })],
        }),
      ),
    ).toBe('moves[0].work[0].worker');
  });

  it('refuses links that contradict the moves', () => {
    expect(rejectedField(linked('to-join', 'm3'))).toBe('moves[1].links[0].workerMove');
    expect(rejectedField(linked('precede', 'm1'))).toBe('moves[1].links[0].workerMove');
    expect(rejectedField(linked('to-join', 'm2'))).toBe('moves[1].links[0].workerMove');
    expect(rejectedField(linked('to-join', 'm1', { children: [child({ workers: [] })] }))).toBe(
      'moves[1].links[0].worker',
    );
    const workerAlsoMoved = linked('to-join', 'm1');
    workerAlsoMoved.moves[1]!.movers = ['c-1', 'w-1'];
    expect(rejectedField(workerAlsoMoved)).toBe('moves[1].links[0].worker');
    const childDidNotMove = linked('to-join', 'm1', { otherMembers: [{ id: 'p-1' }] });
    childDidNotMove.moves[1]!.movers = ['p-1'];
    expect(rejectedField(childDidNotMove)).toBe('moves[1].links[0].child');
  });

  it('refuses a child listed as a mover before birth', () => {
    expect(rejectedField(interview({ children: [child({ birthDate: '2022-08-16' })] }))).toBe(
      'moves[0].movers[1]',
    );
  });
});

describe('ids', () => {
  it("are tested character by character exactly as the contract's pattern says", () => {
    const pattern = new RegExp(ID_PATTERN);
    const id = fc
      .array(fc.constantFrom('a', 'Z', '0', '9', '_', '.', '-', ' ', 'é', '/', '@'), { maxLength: 70 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(id, (text) => isInterviewId(text) === pattern.test(text)),
      { numRuns: 5_000 },
    );
    expect(isInterviewId('a'.repeat(64))).toBe(true);
    expect(isInterviewId('a'.repeat(65))).toBe(false);
  });
});
