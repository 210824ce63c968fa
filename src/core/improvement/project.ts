/**
 * A team's improvement project (IP4): its aim on a measure of the catalog, the drivers and
 * change ideas, and the PDSA cycles that test them.
 */
import { DomainError } from '../common/domain-error';
import { checkChartRange, isMeasureId, MEASURES, type MeasureId } from './measures';
import { periodLabel, periodStart } from './periods';

export const PDSA_ACTS = ['adopt', 'adapt', 'abandon'] as const;
export type PdsaAct = (typeof PDSA_ACTS)[number];

export interface AimInput {
  measureId: string;
  what: string;
  forWhom: string;
  target: number;
  by: string;
  baselineValue: number | null;
  chartFrom: string;
  baselinePeriods: number | null;
}

export interface ChangeIdeaInput {
  primaryDriver: string;
  secondaryDriver: string;
  idea: string;
}

export interface CycleInput {
  changeIdeaId: string | null;
  startedOn: string;
  plan: string;
  prediction: string;
  doNotes: string;
  study: string;
  act: PdsaAct | null;
}

/**
 * IP4.1: an aim says what, how much (the target), for whom, by when, on a measure of the catalog;
 * its chart, from its start to the aim's date, fits in one chart (IP2.1).
 */
export function checkAim(input: AimInput): AimInput & { measureId: MeasureId } {
  if (!isMeasureId(input.measureId))
    throw DomainError.invalidField('measureId', 'is not a measure of the catalog');
  const what = input.what.trim();
  if (what === '') throw DomainError.invalidField('what', 'is required');
  if (input.chartFrom > input.by) throw DomainError.invalidField('chartFrom', 'is after the aim date');
  checkChartRange(input.measureId, input.chartFrom, input.by, 'chartFrom');
  if (MEASURES[input.measureId].unit === 'percent' && (input.target < 0 || input.target > 100))
    throw DomainError.invalidField('target', 'a percentage is from 0 to 100');
  return { ...input, measureId: input.measureId, what, forWhom: input.forWhom.trim() };
}

/** IP4.2: a change idea names the primary driver it works on (and, optionally, a secondary one). */
export function checkChangeIdea(input: ChangeIdeaInput): ChangeIdeaInput {
  const primaryDriver = input.primaryDriver.trim();
  const idea = input.idea.trim();
  if (primaryDriver === '') throw DomainError.invalidField('primaryDriver', 'is required');
  if (idea === '') throw DomainError.invalidField('idea', 'is required');
  return { primaryDriver, secondaryDriver: input.secondaryDriver.trim(), idea };
}

/**
 * IP4.3: a cycle is planned with a prediction; the act (adopt, adapt, abandon) is decided only
 * once the study compares the result with the prediction.
 */
export function checkCycle(input: CycleInput): CycleInput {
  const plan = input.plan.trim();
  const prediction = input.prediction.trim();
  const study = input.study.trim();
  if (plan === '') throw DomainError.invalidField('plan', 'is required');
  if (prediction === '') throw DomainError.invalidField('prediction', 'say what you predict will happen');
  if (input.act !== null && study === '')
    throw DomainError.invalidField('act', 'study the result against the prediction before deciding');
  return { ...input, plan, prediction, study, doNotes: input.doNotes.trim() };
}

/** IP4.4: where a cycle is annotated on the chart: the period its start falls in. */
export function cyclePeriodLabel(measureId: MeasureId, startedOn: string): string {
  const kind = MEASURES[measureId].period;
  return periodLabel(kind, periodStart(kind, startedOn));
}

/** IP4.2: change ideas from the network's case studies, offered as templates. */
export const CHANGE_IDEA_TEMPLATES: readonly ChangeIdeaInput[] = [
  {
    primaryDriver: 'Recruiter knowledge of subsequent qualifying moves',
    secondaryDriver: 'Layered training for regional and district recruiters',
    idea: 'Recruiters receive layered training on subsequent qualifying moves.',
  },
  {
    primaryDriver: 'Timely contact of new enrollees',
    secondaryDriver: 'Prioritization rules in the new enrollee form',
    idea: 'Prioritize contacts in the new enrollee form through prioritization rules.',
  },
  {
    primaryDriver: 'Timely contact of new enrollees',
    secondaryDriver: 'A daily contact quota from the pending contacts',
    idea: 'Show the minimum required contacts per day.',
  },
  {
    primaryDriver: 'Referrals from districts',
    secondaryDriver: 'District staff use state and district database reports',
    idea: 'Train district MEP staff to use state information system reports and district database reports to generate referrals.',
  },
  {
    primaryDriver: 'Reach of recruitment',
    secondaryDriver: 'Untapped geographic territories',
    idea: 'Explore and expand identification and recruitment into untapped geographic territories.',
  },
];
