/**
 * The State Service Delivery Plan in versions: its need areas, measurable program objectives
 * (MPOs) and strategies, and the rules of a version's life. A draft is edited; adopting it
 * supersedes the version adopted before (one plan is in force at a time); an adopted or
 * superseded version is never edited, because services and their results keep the version
 * they were delivered under. An amendment is a new draft copied from a version.
 */
import { DomainError, type FieldProblem } from '../common/domain-error';
import { checkMpo } from './read-plan';
import { SERVICE_TERMS, type Mpo, type ServiceTerm } from './service-records';

export const PLAN_STATUSES = ['draft', 'adopted', 'superseded'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** Who must carry a strategy out: the region, each reimbursable district, or either of them. */
export const STRATEGY_IMPLEMENTERS = ['region', 'district', 'either'] as const;
export type StrategyImplementer = (typeof STRATEGY_IMPLEMENTERS)[number];

export const MAX_PLAN_NAME_LENGTH = 200;
export const MAX_PLAN_NOTES_LENGTH = 4000;
export const MAX_NEED_AREA_NAME_LENGTH = 200;
export const MAX_PLAN_TEXT_LENGTH = 4000;
export const MAX_CODE_LENGTH = 40;
export const MAX_NEED_AREAS = 50;
export const MAX_MPOS = 100;
export const MAX_STRATEGIES = 500;

export interface PlanNeedArea {
  /** `ELA`, `MATH`, `SR`… the code MPOs and strategies refer to. */
  code: string;
  nameEn: string;
  nameEs: string;
}

/** An MPO as data (the contract's shape) with its statement in both languages and the terms it applies to. */
export interface PlanMpo extends Mpo {
  statementEn: string;
  statementEs: string;
  terms: ServiceTerm[];
}

export interface PlanStrategy {
  /** `1.1`: unique in the version. */
  number: string;
  /** The need area's code. */
  needArea: string;
  textEn: string;
  textEs: string;
  implementer: StrategyImplementer;
  /** Whether an Education Programs Consultant (EPC) verifies its implementation. */
  epcVerified: boolean;
}

/** What a version holds, in the plan's order. */
export interface PlanContent {
  needAreas: PlanNeedArea[];
  mpos: PlanMpo[];
  strategies: PlanStrategy[];
}

export type PlanVersionAction = 'edit' | 'adopt' | 'delete' | 'amend';

/** Whether a version in `status` allows `action`: only a draft changes; any other version may be amended. */
export function canTakePlanAction(status: PlanStatus, action: PlanVersionAction): boolean {
  if (action === 'amend') return status !== 'draft';
  return status === 'draft';
}

/** The status changes of adopting draft `draftId`: it becomes adopted, the version in force superseded. */
export function adoptionChanges(
  versions: ReadonlyArray<{ id: string; status: PlanStatus }>,
  draftId: string,
): { adopt: string; supersede: string[] } {
  const draft = versions.find((v) => v.id === draftId);
  if (!draft) throw new DomainError('not_found', 'No plan version with that id.');
  if (!canTakePlanAction(draft.status, 'adopt'))
    throw new DomainError('conflict', `A ${draft.status} plan version cannot be adopted again.`);
  return { adopt: draftId, supersede: versions.filter((v) => v.status === 'adopted').map((v) => v.id) };
}

/**
 * A plan as a services folder's plan.json gives it: MPOs only, each applying to every term,
 * with a need area for each area code they name (named by the code until the state words it).
 */
export function planContentOfMpos(mpos: readonly Mpo[]): PlanContent {
  const areaCodes = [...new Set(mpos.map((mpo) => mpo.area))];
  return {
    needAreas: areaCodes.map((code) => ({ code, nameEn: code, nameEs: code })),
    mpos: mpos.map((mpo) => ({ ...mpo, statementEn: '', statementEs: '', terms: [...SERVICE_TERMS] })),
    strategies: [],
  };
}

/** The content of a new amendment: a deep copy, so the draft never shares objects with its source. */
export function amendmentOf(source: PlanContent): PlanContent {
  return {
    needAreas: source.needAreas.map((area) => ({ ...area })),
    mpos: source.mpos.map((mpo) => ({
      ...mpo,
      population: { ...mpo.population },
      growth: { ...mpo.growth },
      terms: [...mpo.terms],
    })),
    strategies: source.strategies.map((strategy) => ({ ...strategy })),
  };
}

type Fields = Record<string, unknown>;

/** Collects every problem of a document, so one save names them all. */
class Problems {
  readonly list: FieldProblem[] = [];
  /** The first problem of a field is the one worth reading; later checks of it only repeat it. */
  add(field: string, message: string): void {
    if (!this.list.some((problem) => problem.field === field)) this.list.push({ field, message });
  }
  /** Run `check`, keeping a DomainError's problems instead of stopping at the first. */
  collect<T>(check: () => T): T | undefined {
    try {
      return check();
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== 'invalid_input') throw error;
      for (const problem of error.problems) this.add(problem.field, problem.message);
      return undefined;
    }
  }
}

function listAt(value: unknown, field: string, max: number, problems: Problems): unknown[] {
  if (!Array.isArray(value)) {
    problems.add(field, 'must be a list');
    return [];
  }
  if (value.length > max) problems.add(field, `must hold at most ${max} entries`);
  return value.slice(0, max);
}

function objectAt(value: unknown, field: string, problems: Problems): Fields | undefined {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Fields;
  problems.add(field, 'must be an object');
  return undefined;
}

function textAt(value: unknown, field: string, max: number, problems: Problems): string {
  if (typeof value !== 'string' || value.trim() === '') {
    problems.add(field, 'is required');
    return '';
  }
  if (value.length > max) problems.add(field, `must be at most ${max} characters`);
  return value.trim();
}

/** A code or number (`ELA`, `1.0`, `1.1`): one word-like label, no spaces at the ends. */
function codeAt(value: unknown, field: string, problems: Problems): string {
  const code = textAt(value, field, MAX_CODE_LENGTH, problems);
  if (code && !/^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u.test(code))
    problems.add(field, 'must be letters, digits, dots, dashes or underscores');
  return code;
}

function uniqueIn(seen: Set<string>, code: string, field: string, what: string, problems: Problems): void {
  if (!code) return;
  if (seen.has(code)) problems.add(field, `${what} ${code} appears twice`);
  seen.add(code);
}

function termsAt(value: unknown, field: string, problems: Problems): ServiceTerm[] {
  if (!Array.isArray(value) || value.length === 0) {
    problems.add(field, `must name at least one of ${SERVICE_TERMS.join(', ')}`);
    return [];
  }
  const terms: ServiceTerm[] = [];
  value.forEach((term, index) => {
    if (!SERVICE_TERMS.includes(term as ServiceTerm))
      problems.add(`${field}[${index}]`, `must be one of ${SERVICE_TERMS.join(', ')}`);
    else if (terms.includes(term as ServiceTerm)) problems.add(`${field}[${index}]`, `${term} appears twice`);
    else terms.push(term as ServiceTerm);
  });
  // The plan's order of terms, whatever order they were sent in.
  return SERVICE_TERMS.filter((term) => terms.includes(term));
}

function needAreaAt(value: unknown, field: string, problems: Problems): PlanNeedArea {
  const area = objectAt(value, field, problems) ?? {};
  return {
    code: codeAt(area.code, `${field}.code`, problems),
    nameEn: textAt(area.nameEn, `${field}.nameEn`, MAX_NEED_AREA_NAME_LENGTH, problems),
    nameEs: textAt(area.nameEs, `${field}.nameEs`, MAX_NEED_AREA_NAME_LENGTH, problems),
  };
}

function mpoAt(value: unknown, field: string, areas: ReadonlySet<string>, problems: Problems): PlanMpo {
  const mpo = objectAt(value, field, problems) ?? {};
  const number = codeAt(mpo.number, `${field}.number`, problems);
  const rule = problems.collect(() => checkMpo(value, field));
  if (rule && !areas.has(rule.area)) problems.add(`${field}.area`, `must be a need area of the plan`);
  // With a problem the document is refused, so a rule that failed its check is never used.
  return {
    ...(rule ?? ({} as Mpo)),
    number,
    statementEn: textAt(mpo.statementEn, `${field}.statementEn`, MAX_PLAN_TEXT_LENGTH, problems),
    statementEs: textAt(mpo.statementEs, `${field}.statementEs`, MAX_PLAN_TEXT_LENGTH, problems),
    terms: termsAt(mpo.terms, `${field}.terms`, problems),
  };
}

function strategyAt(
  value: unknown,
  field: string,
  areas: ReadonlySet<string>,
  problems: Problems,
): PlanStrategy {
  const strategy = objectAt(value, field, problems) ?? {};
  const needArea = textAt(strategy.needArea, `${field}.needArea`, MAX_CODE_LENGTH, problems);
  if (needArea && !areas.has(needArea)) problems.add(`${field}.needArea`, 'must be a need area of the plan');
  const implementer = strategy.implementer as StrategyImplementer;
  if (!STRATEGY_IMPLEMENTERS.includes(implementer))
    problems.add(`${field}.implementer`, `must be one of ${STRATEGY_IMPLEMENTERS.join(', ')}`);
  if (typeof strategy.epcVerified !== 'boolean')
    problems.add(`${field}.epcVerified`, 'must be true or false');
  return {
    number: codeAt(strategy.number, `${field}.number`, problems),
    needArea,
    textEn: textAt(strategy.textEn, `${field}.textEn`, MAX_PLAN_TEXT_LENGTH, problems),
    textEs: textAt(strategy.textEs, `${field}.textEs`, MAX_PLAN_TEXT_LENGTH, problems),
    implementer,
    epcVerified: strategy.epcVerified === true,
  };
}

/**
 * A version's content checked as a whole: need area codes, MPO numbers and strategy numbers
 * unique; every MPO (the contract's rules, `checkMpo`) and strategy in a need area of the
 * plan; statements and texts in English and Spanish; terms among RSY, SUMMER, INTERSESSION.
 * @throws DomainError `invalid_input` naming every field at fault (`mpos[1].growth.points`).
 */
export function checkPlanContent(value: unknown): PlanContent {
  const problems = new Problems();
  const document = objectAt(value, 'body', problems) ?? {};

  const needAreas = listAt(document.needAreas, 'needAreas', MAX_NEED_AREAS, problems).map((area, i) =>
    needAreaAt(area, `needAreas[${i}]`, problems),
  );
  const areaCodes = new Set<string>();
  needAreas.forEach((area, i) =>
    uniqueIn(areaCodes, area.code, `needAreas[${i}].code`, 'Need area', problems),
  );

  const mpos = listAt(document.mpos, 'mpos', MAX_MPOS, problems).map((mpo, i) =>
    mpoAt(mpo, `mpos[${i}]`, areaCodes, problems),
  );
  const mpoNumbers = new Set<string>();
  mpos.forEach((mpo, i) => uniqueIn(mpoNumbers, mpo.number, `mpos[${i}].number`, 'MPO', problems));

  const strategies = listAt(document.strategies, 'strategies', MAX_STRATEGIES, problems).map((s, i) =>
    strategyAt(s, `strategies[${i}]`, areaCodes, problems),
  );
  const strategyNumbers = new Set<string>();
  strategies.forEach((s, i) =>
    uniqueIn(strategyNumbers, s.number, `strategies[${i}].number`, 'Strategy', problems),
  );

  if (problems.list.length > 0)
    throw new DomainError(
      'invalid_input',
      problems.list.map((p) => `${p.field}: ${p.message}`).join('; '),
      problems.list,
    );
  return { needAreas, mpos, strategies };
}

/** A version's name and notes, trimmed. @throws DomainError naming `name` or `notes`. */
export function checkPlanLabel(name: string, notes: string | null): { name: string; notes: string | null } {
  const trimmed = name.trim();
  if (!trimmed) throw DomainError.invalidField('name', 'is required');
  if (trimmed.length > MAX_PLAN_NAME_LENGTH)
    throw DomainError.invalidField('name', `must be at most ${MAX_PLAN_NAME_LENGTH} characters`);
  if (notes !== null && notes.length > MAX_PLAN_NOTES_LENGTH)
    throw DomainError.invalidField('notes', `must be at most ${MAX_PLAN_NOTES_LENGTH} characters`);
  return { name: trimmed, notes: notes?.trim() || null };
}
