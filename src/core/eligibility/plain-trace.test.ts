import { describe, expect, it } from 'vitest';
import { determineEligibility } from './determine-eligibility';
import { child, grapeWork, interview, move, OAXACA } from './interview-builders';
import type { Interview, InterviewPlace } from './interview-schema';

const SALINAS: InterviewPlace = {
  residence: '4 Main St',
  city: 'Salinas',
  schoolDistrict: 'Salinas City ESD',
};
const DOS_PALOS: InterviewPlace = {
  residence: 'Camp 2',
  city: 'Dos Palos',
  schoolDistrict: 'Dos Palos JUSD',
};

/** María moved from Salinas to Dos Palos for grapes; Ana joined her from Oaxaca two months later. */
const family: Interview = interview({
  interviewDate: '2023-01-10',
  workers: [{ id: 'w-1', name: 'María' }],
  children: [child({ name: 'Ana' })],
  moves: [
    move('m1', '2022-08-15', {
      from: SALINAS,
      to: DOS_PALOS,
      movers: ['w-1'],
      work: [grapeWork('2022-08-20')],
    }),
    move('m2', '2022-10-01', {
      from: OAXACA,
      to: DOS_PALOS,
      movers: ['c-1'],
      links: [{ child: 'c-1', type: 'to-join', worker: 'w-1', workerMove: 'm1' }],
    }),
  ],
});

describe('the trace in plain words names people and places, not ids (R12.3 in the recruiter’s words)', () => {
  it('in English', () => {
    const [result] = determineEligibility(family, { plainWords: true }).children;
    expect(result!.trace[0]).toBe(
      "María's move from Salinas to Dos Palos on 2022-08-15 is a qualifying move: seasonal agricultural work (table grapes) began 5 days later, so María is a migratory worker until 2025-08-14.",
    );
    expect(result!.trace[1]).toMatch(
      /^Ana moved from Casa familiar, Oaxaca, Mexico to Dos Palos on 2022-10-01 to join María \(María's move from Salinas to Dos Palos on 2022-08-15\)/,
    );
    expect(result!.trace.join(' ')).not.toMatch(/\b(w-1|c-1|m1|m2)\b/);
  });

  it('in Spanish', () => {
    const [result] = determineEligibility(family, { plainWords: true, language: 'es' }).children;
    expect(result!.trace[0]).toMatch(
      /^La mudanza de María de Salinas a Dos Palos el 2022-08-15 es una mudanza calificada/,
    );
    expect(result!.trace[1]).toMatch(
      /^Ana se mudó de Casa familiar, Oaxaca, México a Dos Palos el 2022-10-01 para reunirse con María/,
    );
    expect(result!.trace[0]).toContain(
      'el trabajo agrícola de temporada (table grapes) empezó 5 días después',
    );
    expect(result!.trace.join(' ')).not.toMatch(/\b(w-1|c-1|m1|m2)\b/);
  });

  it('a failed pairing and a person without a name', () => {
    const late = structuredClone(family);
    late.moves[1]!.date = '2023-12-01';
    late.interviewDate = '2024-01-10';
    delete late.children[0]!.name;
    const [result] = determineEligibility(late, { plainWords: true }).children;
    expect(result!.trace.at(-1)).toBe('c-1 has no qualifying move.');
    expect(result!.trace[0]).toMatch(
      /^c-1's move from Casa familiar, Oaxaca, Mexico to Dos Palos on 2023-12-01 \(to join María\) does not qualify: /,
    );
    // why, in words rather than the contract's reason codes
    expect(result!.trace[0]).toContain('the child joined the worker too long after the worker moved');
    expect(result!.trace.join(' ')).not.toMatch(/\b[A-Z]+(_[A-Z0-9]+)+\b/);
    const [enSpanish] = determineEligibility(late, { plainWords: true, language: 'es' }).children;
    expect(enSpanish!.trace[0]).toContain(
      'no califica: el niño se reunió con el trabajador demasiado tiempo después de la mudanza de este',
    );
    expect(enSpanish!.trace.join(' ')).not.toMatch(/\b[A-Z]+(_[A-Z0-9]+)+\b/);
  });

  it('leaves the contract’s trace as it is without the option', () => {
    const [result] = determineEligibility(family).children;
    expect(result!.trace[0]).toMatch(/^Worker w-1: m1 /);
  });
});
