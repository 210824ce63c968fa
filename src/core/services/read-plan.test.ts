import { describe, expect, it } from 'vitest';
import { DomainError } from '../common/domain-error';
import { elaMpo } from './plan-builders';
import { checkMpo, readPlanJson } from './read-plan';

const valid = elaMpo();

function problemOf(run: () => unknown): { field: string; message: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return { field: error.problems[0]!.field, message: error.message };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('one MPO (S1.1)', () => {
  it('reads each population and growth kind', () => {
    expect(checkMpo(valid, 'mpos[0]')).toEqual(valid);
    const other = {
      ...valid,
      population: { kind: 'age', minAge: 3, maxAge: 5 },
      minHours: null,
      growth: { kind: 'percentOfRange', percent: 10 },
    };
    expect(checkMpo(other, 'mpos[0]')).toEqual(other);
    expect(checkMpo({ ...valid, growth: { kind: 'anyGain' } }, 'm').growth).toEqual({ kind: 'anyGain' });
    expect(checkMpo({ ...valid, growth: { kind: 'reach', score: 30.5 } }, 'm').growth).toEqual({
      kind: 'reach',
      score: 30.5,
    });
  });

  it.each<[string, unknown, string]>([
    ['not an object', 'x', 'mpos[1]'],
    ['no number', { ...valid, number: undefined }, 'mpos[1].number'],
    ['an empty number', { ...valid, number: ' ' }, 'mpos[1].number'],
    ['a number that is a number', { ...valid, number: 1 }, 'mpos[1].number'],
    ['no area', { ...valid, area: '' }, 'mpos[1].area'],
    ['an unknown population', { ...valid, population: { kind: 'all' } }, 'mpos[1].population.kind'],
    [
      'a subject not assessed',
      { ...valid, population: { ...valid.population, subject: 'SCI' } },
      'mpos[1].population.subject',
    ],
    [
      'maxLevel 5',
      { ...valid, population: { ...valid.population, maxLevel: 5 } },
      'mpos[1].population.maxLevel',
    ],
    [
      'maxLevel 0',
      { ...valid, population: { ...valid.population, maxLevel: 0 } },
      'mpos[1].population.maxLevel',
    ],
    [
      'maxLevel 1.5',
      { ...valid, population: { ...valid.population, maxLevel: 1.5 } },
      'mpos[1].population.maxLevel',
    ],
    [
      'minAge above maxAge',
      { ...valid, population: { kind: 'age', minAge: 6, maxAge: 5 } },
      'mpos[1].population.maxAge',
    ],
    [
      'a negative age',
      { ...valid, population: { kind: 'age', minAge: -1, maxAge: 5 } },
      'mpos[1].population.minAge',
    ],
    [
      'an age of 31',
      { ...valid, population: { kind: 'age', minAge: 3, maxAge: 31 } },
      'mpos[1].population.maxAge',
    ],
    [
      'a fractional age',
      { ...valid, population: { kind: 'age', minAge: 3.5, maxAge: 5 } },
      'mpos[1].population.minAge',
    ],
    ['negative minHours', { ...valid, minHours: -1 }, 'mpos[1].minHours'],
    ['minHours as text', { ...valid, minHours: '10' }, 'mpos[1].minHours'],
    ['minHours missing', { ...valid, minHours: undefined }, 'mpos[1].minHours'],
    ['an unknown growth', { ...valid, growth: { kind: 'more' } }, 'mpos[1].growth.kind'],
    ['points 0', { ...valid, growth: { kind: 'points', points: 0 } }, 'mpos[1].growth.points'],
    ['percent 0', { ...valid, growth: { kind: 'percentOfRange', percent: 0 } }, 'mpos[1].growth.percent'],
    [
      'percent above 100',
      { ...valid, growth: { kind: 'percentOfRange', percent: 100.5 } },
      'mpos[1].growth.percent',
    ],
    ['reach with no score', { ...valid, growth: { kind: 'reach' } }, 'mpos[1].growth.score'],
    ['target above 100', { ...valid, target: 101 }, 'mpos[1].target'],
    ['target below 0', { ...valid, target: -1 }, 'mpos[1].target'],
    ['minN negative', { ...valid, minN: -1 }, 'mpos[1].minN'],
    ['minN fractional', { ...valid, minN: 2.5 }, 'mpos[1].minN'],
  ])('refuses %s, naming the field', (_name, value, field) => {
    expect(problemOf(() => checkMpo(value, 'mpos[1]')).field).toBe(field);
  });

  it('takes the limits themselves', () => {
    expect(checkMpo({ ...valid, target: 100, minN: 0, minHours: 0 }, 'm')).toMatchObject({
      target: 100,
      minN: 0,
    });
    expect(checkMpo({ ...valid, growth: { kind: 'percentOfRange', percent: 100 } }, 'm').growth).toEqual({
      kind: 'percentOfRange',
      percent: 100,
    });
    expect(
      checkMpo({ ...valid, population: { kind: 'age', minAge: 0, maxAge: 30 } }, 'm').population,
    ).toEqual({
      kind: 'age',
      minAge: 0,
      maxAge: 30,
    });
  });
});

describe('plan.json (S1.1)', () => {
  it('keeps the plan order', () => {
    const text = JSON.stringify({ mpos: [{ ...valid, number: '7.0' }, valid] });
    expect(readPlanJson('plan.json', text).map((mpo) => mpo.number)).toEqual(['7.0', '1.0']);
  });

  it('names the line and column where the JSON breaks', () => {
    expect(problemOf(() => readPlanJson('plan.json', '{\n  "mpos": [\n    {,')).message).toBe(
      'plan.json: is not valid JSON at line 3, column 6',
    );
  });

  it.each<[string, string, string]>([
    ['bad JSON', '{"mpos": [', 'plan.json: is not valid JSON'],
    ['no mpos', '{}', 'plan.json: mpos: must be a list of MPOs'],
    ['a list, not an object', '[]', 'plan.json: plan: must be an object'],
    [
      'a duplicate number',
      JSON.stringify({ mpos: [valid, valid] }),
      'plan.json: mpos[1].number: MPO 1.0 appears twice',
    ],
    [
      'a bad field deep inside',
      JSON.stringify({ mpos: [valid, { ...valid, number: '2.0', growth: { kind: 'points', points: -2 } }] }),
      'plan.json: mpos[1].growth.points: must be more than 0',
    ],
  ])('refuses %s, naming the file', (_name, text, message) => {
    expect(problemOf(() => readPlanJson('plan.json', text)).message).toContain(message);
  });
});
