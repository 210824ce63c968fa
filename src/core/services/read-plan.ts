/**
 * The plan's MPOs as the contract's `plan.json` writes them (services/FORMAT.md). Every
 * refusal names the field's path (`mpos[1].growth.points`), so a person can find it.
 */
import { DomainError } from '../common/domain-error';
import {
  ASSESSED_SUBJECTS,
  type AssessedSubject,
  type GrowthRule,
  type Mpo,
  type MpoPopulation,
} from './service-records';

/** Ages are whole years a child of the program can have. */
const MAX_AGE = 30;
/** Longer text than this in a number or area is a mistake, not a plan. */
const MAX_LABEL_LENGTH = 40;

type Fields = Record<string, unknown>;

function objectAt(value: unknown, field: string): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw DomainError.invalidField(field, 'must be an object');
  return value as Fields;
}

function labelAt(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw DomainError.invalidField(field, 'must be a non-empty text');
  if (value.length > MAX_LABEL_LENGTH)
    throw DomainError.invalidField(field, `must be at most ${MAX_LABEL_LENGTH} characters`);
  return value.trim();
}

function numberAt(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw DomainError.invalidField(field, 'must be a number');
  return value;
}

function wholeNumberAt(value: unknown, field: string, min: number, max: number): number {
  const n = numberAt(value, field);
  if (!Number.isInteger(n) || n < min || n > max)
    throw DomainError.invalidField(field, `must be a whole number from ${min} to ${max}`);
  return n;
}

function populationAt(value: unknown, field: string): MpoPopulation {
  const population = objectAt(value, field);
  switch (population.kind) {
    case 'belowProficient': {
      const subject = population.subject;
      if (!ASSESSED_SUBJECTS.includes(subject as AssessedSubject))
        throw DomainError.invalidField(`${field}.subject`, `must be one of ${ASSESSED_SUBJECTS.join(', ')}`);
      const maxLevel = wholeNumberAt(population.maxLevel, `${field}.maxLevel`, 1, 4);
      return { kind: 'belowProficient', subject: subject as AssessedSubject, maxLevel };
    }
    case 'age': {
      const minAge = wholeNumberAt(population.minAge, `${field}.minAge`, 0, MAX_AGE);
      const maxAge = wholeNumberAt(population.maxAge, `${field}.maxAge`, 0, MAX_AGE);
      if (minAge > maxAge) throw DomainError.invalidField(`${field}.maxAge`, 'must not be below minAge');
      return { kind: 'age', minAge, maxAge };
    }
    default:
      throw DomainError.invalidField(`${field}.kind`, 'must be belowProficient or age');
  }
}

function growthAt(value: unknown, field: string): GrowthRule {
  const growth = objectAt(value, field);
  switch (growth.kind) {
    case 'anyGain':
      return { kind: 'anyGain' };
    case 'points': {
      const points = numberAt(growth.points, `${field}.points`);
      if (points <= 0) throw DomainError.invalidField(`${field}.points`, 'must be more than 0');
      return { kind: 'points', points };
    }
    case 'percentOfRange': {
      const percent = numberAt(growth.percent, `${field}.percent`);
      if (percent <= 0 || percent > 100)
        throw DomainError.invalidField(`${field}.percent`, 'must be more than 0 and at most 100');
      return { kind: 'percentOfRange', percent };
    }
    case 'reach':
      return { kind: 'reach', score: numberAt(growth.score, `${field}.score`) };
    default:
      throw DomainError.invalidField(`${field}.kind`, 'must be anyGain, points, percentOfRange or reach');
  }
}

/** One MPO of `plan.json`; `field` is its path (`mpos[1]`). @throws DomainError naming the field. */
export function checkMpo(value: unknown, field: string): Mpo {
  const mpo = objectAt(value, field);
  const number = labelAt(mpo.number, `${field}.number`);
  const area = labelAt(mpo.area, `${field}.area`);
  const population = populationAt(mpo.population, `${field}.population`);
  let minHours: number | null = null;
  if (mpo.minHours !== null) {
    minHours = numberAt(mpo.minHours, `${field}.minHours`);
    if (minHours < 0) throw DomainError.invalidField(`${field}.minHours`, 'must be 0 or more, or null');
  }
  const growth = growthAt(mpo.growth, `${field}.growth`);
  const target = numberAt(mpo.target, `${field}.target`);
  if (target < 0 || target > 100) throw DomainError.invalidField(`${field}.target`, 'must be from 0 to 100');
  const minN = wholeNumberAt(mpo.minN, `${field}.minN`, 0, Number.MAX_SAFE_INTEGER);
  return { number, area, population, minHours, growth, target, minN };
}

/** ` at line 3, column 4` when the parser says at which position it stopped, else nothing. */
function placeOfJsonError(json: string, error: Error): string {
  const position = /at position (\d+)/.exec(error.message);
  if (!position) return '';
  const before = json.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  return ` at line ${line}, column ${before.length - before.lastIndexOf('\n')}`;
}

/** S1.1: the MPOs of `plan.json`, in the plan's order. @throws DomainError naming `file` and the field. */
export function readPlanJson(file: string, text: string): Mpo[] {
  const json = text.replace(/^\uFEFF/, '');
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    throw DomainError.invalidField(file, `is not valid JSON${placeOfJsonError(json, error as Error)}`);
  }
  try {
    const plan = objectAt(parsed, 'plan');
    if (!Array.isArray(plan.mpos)) throw DomainError.invalidField('mpos', 'must be a list of MPOs');
    const seen = new Set<string>();
    return plan.mpos.map((value, index) => {
      const mpo = checkMpo(value, `mpos[${index}]`);
      if (seen.has(mpo.number))
        throw DomainError.invalidField(`mpos[${index}].number`, `MPO ${mpo.number} appears twice`);
      seen.add(mpo.number);
      return mpo;
    });
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const problem = error.problems[0];
    const field = `${file}: ${problem?.field ?? ''}`;
    throw DomainError.invalidField(field, problem?.message ?? error.message);
  }
}
