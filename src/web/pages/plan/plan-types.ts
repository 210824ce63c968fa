/** The plan API's replies as the pages use them (the types of its own schemas), and the editor's draft. */
import type { Static } from '@sinclair/typebox';
import type {
  AdoptedPlanReply,
  PlanVersionListReply,
  PlanVersionReply,
} from '../../../server/routes/plan/plan.schemas';
import {
  SERVICE_TERMS,
  type AssessedSubject,
  type GrowthRule,
  type MpoPopulation,
  type ServiceTerm,
} from '../../../core/services/service-records';

export { SERVICE_COMPONENTS, SERVICE_TERMS, ASSESSED_SUBJECTS } from '../../../core/services/service-records';
export {
  MAX_CODE_LENGTH,
  MAX_NEED_AREA_NAME_LENGTH,
  MAX_PLAN_NAME_LENGTH,
  STRATEGY_IMPLEMENTERS,
} from '../../../core/services/plan-version';

export type PlanVersion = Static<typeof PlanVersionReply>;
export type PlanVersionList = Static<typeof PlanVersionListReply>;
export type AdoptedPlan = Static<typeof AdoptedPlanReply>;
export type PlanMpo = PlanVersion['mpos'][number];
export type PlanStrategy = PlanVersion['strategies'][number];
export type PlanNeedArea = PlanVersion['needAreas'][number];

export const POPULATION_KINDS = [
  'belowProficient',
  'age',
] as const satisfies readonly MpoPopulation['kind'][];
export const GROWTH_KINDS = [
  'anyGain',
  'points',
  'percentOfRange',
  'reach',
] as const satisfies readonly GrowthRule['kind'][];
type GrowthKind = (typeof GROWTH_KINDS)[number];

/** A number field as a form holds it: empty while the person has not written one. */
export type NumberField = number | '';

/** An MPO as the editor's form holds it: every field of every kind, numbers possibly empty. */
export interface MpoDraft {
  number: string;
  area: string;
  populationKind: (typeof POPULATION_KINDS)[number];
  subject: AssessedSubject;
  maxLevel: NumberField;
  minAge: NumberField;
  maxAge: NumberField;
  /** Empty: no minimum dosage. */
  minHours: NumberField;
  growthKind: GrowthKind;
  /** The points, percent or score of the growth rule (none for anyGain). */
  growthValue: NumberField;
  target: NumberField;
  minN: NumberField;
  statementEn: string;
  statementEs: string;
  terms: ServiceTerm[];
}

export interface PlanDraft {
  name: string;
  notes: string;
  demo: boolean;
  needAreas: PlanNeedArea[];
  mpos: MpoDraft[];
  strategies: PlanStrategy[];
}

function growthValueOf(growth: PlanMpo['growth']): NumberField {
  if (growth.kind === 'points') return growth.points;
  if (growth.kind === 'percentOfRange') return growth.percent;
  if (growth.kind === 'reach') return growth.score;
  return '';
}

function mpoDraftOf(mpo: PlanMpo): MpoDraft {
  const population = mpo.population;
  return {
    number: mpo.number,
    area: mpo.area,
    populationKind: population.kind,
    subject: population.kind === 'belowProficient' ? population.subject : 'ELA',
    maxLevel: population.kind === 'belowProficient' ? population.maxLevel : 2,
    minAge: population.kind === 'age' ? population.minAge : 3,
    maxAge: population.kind === 'age' ? population.maxAge : 5,
    minHours: mpo.minHours ?? '',
    growthKind: mpo.growth.kind,
    growthValue: growthValueOf(mpo.growth),
    target: mpo.target,
    minN: mpo.minN,
    statementEn: mpo.statementEn,
    statementEs: mpo.statementEs,
    terms: [...mpo.terms],
  };
}

export function emptyMpoDraft(area: string): MpoDraft {
  return {
    number: '',
    area,
    populationKind: 'belowProficient',
    subject: 'ELA',
    maxLevel: 2,
    minAge: 3,
    maxAge: 5,
    minHours: '',
    growthKind: 'anyGain',
    growthValue: '',
    target: '',
    minN: 10,
    statementEn: '',
    statementEs: '',
    terms: [...SERVICE_TERMS],
  };
}

export function emptyStrategy(needArea: string): PlanStrategy {
  return { number: '', needArea, textEn: '', textEs: '', implementer: 'either', epcVerified: false };
}

export function planDraftOf(version: PlanVersion): PlanDraft {
  return {
    name: version.name,
    notes: version.notes ?? '',
    demo: version.demo,
    needAreas: version.needAreas.map((area) => ({ ...area })),
    mpos: version.mpos.map(mpoDraftOf),
    strategies: version.strategies.map((strategy) => ({ ...strategy })),
  };
}

/** An empty number is left out, so the server names the field as required (`minHours`: none). */
const numberOrMissing = (value: NumberField): number | undefined => (value === '' ? undefined : value);

function growthOfDraft(mpo: MpoDraft): Record<string, unknown> {
  const value = numberOrMissing(mpo.growthValue);
  if (mpo.growthKind === 'points') return { kind: 'points', points: value };
  if (mpo.growthKind === 'percentOfRange') return { kind: 'percentOfRange', percent: value };
  if (mpo.growthKind === 'reach') return { kind: 'reach', score: value };
  return { kind: 'anyGain' };
}

/** What the save sends: the whole document, with the version read. */
export function saveBodyOf(draft: PlanDraft, version: number) {
  return {
    version,
    name: draft.name,
    notes: draft.notes.trim() ? draft.notes : null,
    demo: draft.demo,
    needAreas: draft.needAreas,
    mpos: draft.mpos.map((mpo) => ({
      number: mpo.number,
      area: mpo.area,
      population:
        mpo.populationKind === 'belowProficient'
          ? { kind: 'belowProficient', subject: mpo.subject, maxLevel: numberOrMissing(mpo.maxLevel) }
          : { kind: 'age', minAge: numberOrMissing(mpo.minAge), maxAge: numberOrMissing(mpo.maxAge) },
      minHours: mpo.minHours === '' ? null : mpo.minHours,
      growth: growthOfDraft(mpo),
      target: numberOrMissing(mpo.target),
      minN: numberOrMissing(mpo.minN),
      statementEn: mpo.statementEn,
      statementEs: mpo.statementEs,
      terms: mpo.terms,
    })),
    strategies: draft.strategies,
  };
}
