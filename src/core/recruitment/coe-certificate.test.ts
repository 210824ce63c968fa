import { describe, expect, it } from 'vitest';
import { determineValidInterview } from '../eligibility/determine-eligibility';
import {
  child,
  grapeWork,
  interview,
  move,
  COACHELLA,
  DELANO,
  OAXACA,
} from '../eligibility/interview-builders';
import type { Interview } from '../eligibility/interview-schema';
import { certificateFacts, certificatePlace } from './coe-certificate';

const OAKLAND = {
  residence: 'Relatives, Oakland',
  schoolDistrict: 'Oakland USD',
  city: 'Oakland',
  state: 'CA',
};
const HOLLISTER = { residence: 'Labor camp', schoolDistrict: 'Hollister SD', city: 'Hollister', state: 'CA' };
const OLOPA = { residence: 'Family home', city: 'Olopa', state: 'Chiquimula', country: 'GT' };

/** The seed's scenario 2: Joe picks cherries in Hollister, returns to Oakland, his daughter joins him from Guatemala. */
const scenario2: Interview = interview({
  interviewDate: '2019-08-20',
  workers: [{ id: 'w-1', name: 'Joe Jellybean' }],
  children: [child({ birthDate: '2011-02-10' })],
  moves: [
    move('m2', '2019-05-01', {
      from: OAKLAND,
      to: HOLLISTER,
      movers: ['w-1'],
      work: [grapeWork('2019-05-02', { description: 'picking cherries' })],
    }),
    move('m3', '2019-07-01', {
      from: HOLLISTER,
      to: { ...OAKLAND, residence: 'Apartment 5' },
      movers: ['w-1'],
      work: [
        grapeWork('2019-07-02', { sector: 'other', employment: 'temporary', description: 'construction' }),
      ],
    }),
    move('m4', '2019-08-01', {
      from: OLOPA,
      to: { ...OAKLAND, residence: 'Apartment 5' },
      movers: ['c-1'],
      links: [{ child: 'c-1', type: 'to-join', worker: 'w-1', workerMove: 'm3' }],
    }),
  ],
});

const factsOf = (i: Interview) =>
  certificateFacts({ ...i, workers: i.workers ?? [] }, determineValidInterview(i));

describe('the facts a printed COE carries (COE1)', () => {
  it('names the qualifying worker and every move the determination used, in date order, each from and to', () => {
    const facts = factsOf(scenario2);
    expect(facts.workers).toEqual(['Joe Jellybean']);
    expect(facts.moves.map((m) => [m.id, m.date])).toEqual([
      ['m2', '2019-05-01'],
      ['m3', '2019-07-01'],
      ['m4', '2019-08-01'],
    ]);
    expect(facts.moves[0]!.from).toEqual({ city: 'Oakland', state: 'CA', country: null });
    expect(facts.moves[0]!.to).toEqual({ city: 'Hollister', state: 'CA', country: null });
    expect(facts.moves[2]!.from).toEqual({ city: 'Olopa', state: 'Chiquimula', country: 'GT' });
    expect(facts.moves[0]!.workers).toEqual(['Joe Jellybean']);
    expect(facts.moves[2]!.workers).toEqual([]);
    expect(facts.moves.every((m) => m.economicNecessity)).toBe(true);
  });

  it('gives the qualifying work after the establishing move, seasonal or temporary, and not the later work that does not qualify', () => {
    expect(factsOf(scenario2).work).toEqual([
      {
        worker: 'Joe Jellybean',
        outcome: 'obtained',
        description: 'picking cherries',
        sector: 'agricultural',
        employment: 'seasonal',
        startDate: '2019-05-02',
      },
    ]);
    const temporary = interview({
      moves: [move('m1', '2022-08-15', { work: [grapeWork('2022-08-20', { employment: 'temporary' })] })],
    });
    expect(factsOf(temporary).work.map((w) => w.employment)).toEqual(['temporary']);
  });

  it('finds a round trip when the worker came back from the qualifying move to the place left, and none otherwise', () => {
    expect(factsOf(scenario2).roundTrips).toEqual([
      {
        worker: 'Joe Jellybean',
        leftOn: '2019-05-01',
        returnedOn: '2019-07-01',
        home: { city: 'Oakland', state: 'CA', country: null },
        away: { city: 'Hollister', state: 'CA', country: null },
      },
    ]);
    const onward = interview({
      interviewDate: '2023-03-01',
      moves: [
        move('m1', '2022-08-15', { work: [grapeWork('2022-08-20')] }),
        move('m2', '2022-12-01', { from: DELANO, to: { ...COACHELLA, schoolDistrict: 'Fresno USD' } }),
      ],
    });
    expect(factsOf(onward).roundTrips).toEqual([]);
  });

  it('leaves out the moves and workers of a child who is not eligible', () => {
    const none = interview({
      moves: [move('m1', '2022-08-15', { economicNecessity: false, work: [grapeWork('2022-08-20')] })],
    });
    expect(factsOf(none)).toEqual({ workers: [], moves: [], work: [], roundTrips: [] });
  });

  it('prints a place by its city, then its school district, then its residence; the country only abroad', () => {
    expect(certificatePlace(DELANO)).toEqual({
      city: 'Delano Union School District',
      state: 'CA',
      country: null,
    });
    expect(certificatePlace(OAXACA)).toEqual({ city: 'Casa familiar, Oaxaca', state: null, country: 'MX' });
    expect(certificatePlace({ city: ' Fresno ', state: 'CA', country: 'us' })).toEqual({
      city: 'Fresno',
      state: 'CA',
      country: null,
    });
  });
});
