import { describe, expect, it } from 'vitest';
import { DomainError } from '../common/domain-error';
import {
  planContentOfMpos,
  adoptionChanges,
  amendmentOf,
  canTakePlanAction,
  checkPlanContent,
  checkPlanLabel,
} from './plan-version';
import { preschoolMpo, smallPlan } from './plan-builders';

const content = smallPlan;

/** The problems `checkPlanContent` names for `document`, or [] when it passes. */
function problemsOf(document: unknown): Array<{ field: string; message: string }> {
  try {
    checkPlanContent(document);
    return [];
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    expect(error.code).toBe('invalid_input');
    return error.problems;
  }
}

type Change = (plan: any) => void;

describe('a plan version’s content', () => {
  it('passes as written, terms in the plan’s order whatever order they came in', () => {
    const plan = content();
    plan.mpos[0]!.terms = ['SUMMER', 'RSY'];
    const checked = checkPlanContent(plan);
    expect(checked.mpos[0]!.terms).toEqual(['RSY', 'SUMMER']);
    expect(checked.mpos[1]!.minHours).toBeNull();
    expect(checked.strategies[0]).toEqual(content().strategies[0]);
  });

  it('trims text', () => {
    const plan = content();
    plan.needAreas[0]!.nameEn = '  English language arts ';
    expect(checkPlanContent(plan).needAreas[0]!.nameEn).toBe('English language arts');
  });

  it.each<[string, Change, string, RegExp]>([
    [
      'a need area code twice',
      (p) => (p.needAreas[1].code = 'ELA'),
      'needAreas[1].code',
      /ELA appears twice/,
    ],
    [
      'a need area without its Spanish name',
      (p) => (p.needAreas[0].nameEs = ' '),
      'needAreas[0].nameEs',
      /required/,
    ],
    ['a code with a space', (p) => (p.needAreas[0].code = 'E LA'), 'needAreas[0].code', /letters, digits/],
    ['an MPO number twice', (p) => (p.mpos[1].number = '1.0'), 'mpos[1].number', /MPO 1.0 appears twice/],
    [
      'an MPO in no need area of the plan',
      (p) => (p.mpos[0].area = 'MATH'),
      'mpos[0].area',
      /need area of the plan/,
    ],
    [
      'an MPO growth rule of 0 points',
      (p) => (p.mpos[0].growth.points = 0),
      'mpos[0].growth.points',
      /more than 0/,
    ],
    ['an MPO target above 100', (p) => (p.mpos[1].target = 101), 'mpos[1].target', /0 to 100/],
    [
      'an MPO age range upside down',
      (p) => (p.mpos[1].population.minAge = 6),
      'mpos[1].population.maxAge',
      /minAge/,
    ],
    [
      'an MPO population of another subject',
      (p) => (p.mpos[0].population.subject = 'ART'),
      'mpos[0].population.subject',
      /ELA, MATH/,
    ],
    [
      'an MPO without its English statement',
      (p) => (p.mpos[0].statementEn = ''),
      'mpos[0].statementEn',
      /required/,
    ],
    [
      'an MPO without its Spanish statement',
      (p) => delete p.mpos[1].statementEs,
      'mpos[1].statementEs',
      /required/,
    ],
    [
      'an MPO of no term',
      (p) => (p.mpos[0].terms = []),
      'mpos[0].terms',
      /at least one of RSY, SUMMER, INTERSESSION/,
    ],
    [
      'an MPO of an unknown term',
      (p) => (p.mpos[0].terms = ['RSY', 'WINTER']),
      'mpos[0].terms[1]',
      /one of RSY/,
    ],
    ['an MPO term twice', (p) => (p.mpos[0].terms = ['RSY', 'RSY']), 'mpos[0].terms[1]', /twice/],
    [
      'a strategy number twice',
      (p) => (p.strategies[1].number = '1.1'),
      'strategies[1].number',
      /1.1 appears twice/,
    ],
    [
      'a strategy of no need area of the plan',
      (p) => (p.strategies[0].needArea = 'HEALTH'),
      'strategies[0].needArea',
      /need area of the plan/,
    ],
    [
      'a strategy of an unknown implementer',
      (p) => (p.strategies[0].implementer = 'school'),
      'strategies[0].implementer',
      /region, district, either/,
    ],
    [
      'a strategy without its Spanish text',
      (p) => (p.strategies[0].textEs = ''),
      'strategies[0].textEs',
      /required/,
    ],
    [
      'a strategy whose EPC verification is not said',
      (p) => delete p.strategies[0].epcVerified,
      'strategies[0].epcVerified',
      /true or false/,
    ],
    ['strategies that are not a list', (p) => (p.strategies = {}), 'strategies', /a list/],
  ])('refuses %s, naming the field', (_case, change, field, message) => {
    const plan = content();
    change(plan);
    const problems = problemsOf(plan);
    expect(problems.map((p) => p.field)).toContain(field);
    expect(problems.find((p) => p.field === field)!.message).toMatch(message);
  });

  it('names every field at fault in one refusal, each once', () => {
    const plan: any = content();
    plan.mpos[0].number = '';
    plan.strategies[0].textEn = '';
    plan.needAreas[1].nameEn = '';
    const problems = problemsOf(plan);
    expect(problems.map((p) => p.field).sort()).toEqual(
      ['mpos[0].number', 'needAreas[1].nameEn', 'strategies[0].textEn'].sort(),
    );
  });

  it('accepts an empty plan (a new draft)', () => {
    expect(checkPlanContent({ needAreas: [], mpos: [], strategies: [] })).toEqual({
      needAreas: [],
      mpos: [],
      strategies: [],
    });
  });
});

describe('the life of a version', () => {
  it.each([
    ['draft', 'edit', true],
    ['draft', 'adopt', true],
    ['draft', 'delete', true],
    ['draft', 'amend', false],
    ['adopted', 'edit', false],
    ['adopted', 'adopt', false],
    ['adopted', 'delete', false],
    ['adopted', 'amend', true],
    ['superseded', 'edit', false],
    ['superseded', 'adopt', false],
    ['superseded', 'delete', false],
    ['superseded', 'amend', true],
  ] as const)('a %s version: %s → %s', (status, action, expected) => {
    expect(canTakePlanAction(status, action)).toBe(expected);
  });

  it('adopting a draft supersedes the version in force, and only it', () => {
    expect(
      adoptionChanges(
        [
          { id: 'old', status: 'superseded' },
          { id: 'current', status: 'adopted' },
          { id: 'other-draft', status: 'draft' },
          { id: 'draft', status: 'draft' },
        ],
        'draft',
      ),
    ).toEqual({ adopt: 'draft', supersede: ['current'] });
  });

  it('the first adoption supersedes nothing', () => {
    expect(adoptionChanges([{ id: 'draft', status: 'draft' }], 'draft')).toEqual({
      adopt: 'draft',
      supersede: [],
    });
  });

  it.each(['adopted', 'superseded'] as const)('a %s version is not adopted again', (status) => {
    expect(() => adoptionChanges([{ id: 'v', status }], 'v')).toThrow(/cannot be adopted/);
  });

  it('an amendment is a copy that shares nothing with its source', () => {
    const source = content();
    const copy = amendmentOf(source);
    expect(copy).toEqual(source);
    copy.mpos[0]!.terms.push('INTERSESSION');
    (copy.mpos[0]!.growth as { points: number }).points = 5;
    copy.strategies[0]!.textEn = 'changed';
    expect(source).toEqual(content());
  });

  it.each([
    ['  2026 plan ', null, { name: '2026 plan', notes: null }],
    ['Plan', '  ', { name: 'Plan', notes: null }],
    ['Plan', ' Adopted by the board ', { name: 'Plan', notes: 'Adopted by the board' }],
  ])('the label %j %j', (name, notes, expected) => {
    expect(checkPlanLabel(name, notes)).toEqual(expected);
  });

  it.each([
    [' ', null, 'name'],
    ['x'.repeat(201), null, 'name'],
    ['Plan', 'x'.repeat(4001), 'notes'],
  ])('refuses the label %j, naming %s', (name, notes, field) => {
    expect(() => checkPlanLabel(name, notes)).toThrow(new RegExp(`^${field}:`));
  });
});

describe('a plan brought by a services folder', () => {
  const mpo = (number: string, area: string) => preschoolMpo({ number, area });

  it('has one need area per area code, in the order MPOs name them, and MPOs for every term', () => {
    const content = planContentOfMpos([mpo('7.0', 'SR'), mpo('1.0', 'ELA'), mpo('7.1', 'SR')]);
    expect(content.needAreas).toEqual([
      { code: 'SR', nameEn: 'SR', nameEs: 'SR' },
      { code: 'ELA', nameEn: 'ELA', nameEs: 'ELA' },
    ]);
    expect(content.mpos.map((m) => [m.number, m.terms])).toEqual([
      ['7.0', ['RSY', 'SUMMER', 'INTERSESSION']],
      ['1.0', ['RSY', 'SUMMER', 'INTERSESSION']],
      ['7.1', ['RSY', 'SUMMER', 'INTERSESSION']],
    ]);
    expect(content.strategies).toEqual([]);
    // The state words the statements before an amendment of it can be adopted.
    expect(() => checkPlanContent(content)).toThrow(/mpos\[0\]\.statementEn: is required/);
  });
});
