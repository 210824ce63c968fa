import { describe, expect, it } from 'vitest';
import { emptyMpoDraft, planDraftOf, saveBodyOf, type PlanMpo, type PlanVersion } from './plan-types';

const mpo = (overrides: Partial<PlanMpo>): PlanMpo => ({
  number: '1.0',
  area: 'ELA',
  population: { kind: 'belowProficient', subject: 'ELA', maxLevel: 2 },
  minHours: 10,
  growth: { kind: 'points', points: 1.5 },
  target: 60,
  minN: 10,
  statementEn: 'Grow',
  statementEs: 'Mejorar',
  terms: ['RSY'],
  ...overrides,
});

const version = (mpos: PlanMpo[]): PlanVersion => ({
  id: 'v',
  name: 'Plan',
  status: 'draft',
  adoptedOn: null,
  demo: true,
  version: 3,
  updatedAt: '2026-12-05T00:00:00.000Z',
  notes: null,
  needAreas: [{ code: 'ELA', nameEn: 'ELA', nameEs: 'ELA' }],
  mpos,
  strategies: [],
  abilities: { read: true, manage: true, edit: true, adopt: true, delete: true, amend: false },
});

describe('the draft editor’s document', () => {
  it.each([
    ['points', mpo({})],
    [
      'an age range, no dosage, a share of the range',
      mpo({
        population: { kind: 'age', minAge: 3, maxAge: 5 },
        minHours: null,
        growth: { kind: 'percentOfRange', percent: 10 },
      }),
    ],
    ['a score to reach', mpo({ growth: { kind: 'reach', score: 300 } })],
    ['any gain', mpo({ growth: { kind: 'anyGain' } })],
  ])('sends back what it read: %s', (_case, read) => {
    const body = saveBodyOf(planDraftOf(version([read])), 3);
    expect(body).toMatchObject({ version: 3, name: 'Plan', notes: null, demo: true });
    expect(body.mpos).toEqual([read]);
  });

  it('leaves an empty number out, so the server names the field; an empty dosage is none', () => {
    const draft = planDraftOf(version([]));
    draft.mpos.push({ ...emptyMpoDraft('ELA'), growthKind: 'points' });
    const [sent] = saveBodyOf(draft, 3).mpos;
    expect(sent).toMatchObject({
      minHours: null,
      target: undefined,
      growth: { kind: 'points', points: undefined },
    });
  });
});
