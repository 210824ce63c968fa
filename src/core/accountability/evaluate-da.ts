/**
 * The DA engine: request + rows + rule sets + settings → the decision JSON of FORMAT.md
 * "Decision out", one entry per LEA sorted by `leaId`. Pure; every year is judged by its own
 * rule set (R5.2, R6.1), found in the calendar of the requested set's family (R1.10).
 */
import { DomainError } from '../common/domain-error';
import {
  compareCodes,
  type CharterRule,
  type LeaType,
  type LocalPriority,
  type LocalRating,
  type PriorityAreaId,
  type StudentGroup,
} from './da-codes';
import type { DaData, DaRequest, IndicatorRow, LeaRow } from './da-input';
import { CALIFORNIA_DA_SETTINGS, type DaSettings } from './da-settings';
import { buildRuleCalendar, previousWindowYear, windowYears, type RuleCalendar } from './dashboard-years';
import { decideIntensiveIntervention, type WindowDecision } from './intensive-intervention';
import { decideThreeOfFourYears, decideTwoConsecutiveYears, type CharterDecision } from './charter-rules';
import {
  evaluateLeaYear,
  groupsWithAreas,
  meetsDistrictTest,
  type AreaReason,
  type LeaYear,
} from './lea-year';
import { DEFAULT_RULE_FAMILY, DISTRICT_MIN_AREAS, charterMinAreas, type RuleSet } from './rule-set';

/** A determination-year group that meets the group threshold, with every area it meets. */
export interface DaGroupDecision {
  group: StudentGroup;
  priorities: PriorityAreaId[];
}

/** FORMAT.md "Decision out", one LEA. */
export interface DaLeaDecision {
  leaId: string;
  leaType: LeaType;
  eligible: boolean;
  groups: DaGroupDecision[];
  localPriorities: PriorityAreaId[];
  calpadsLate: boolean;
  /** Districts and COEs (R5); null for charters. */
  intensive: WindowDecision | null;
  /** Charters (R6); null for districts and COEs. `determined` appears only when false (Q6). */
  charter: { rule: CharterRule; years: number[]; yearsMet: number[]; determined?: false } | null;
}

export interface DaDecision {
  year: number;
  rules: string;
  leas: DaLeaDecision[];
}

/** What was looked at in one year for one LEA: the decision's optional trace. */
export interface DaYearTrace {
  year: number;
  rules: string | null;
  presentGroups: StudentGroup[];
  groups: Array<{ group: StudentGroup; areas: AreaReason[] }>;
  localPriorities: PriorityAreaId[];
  /** R2.1/R2.3 without CALPADS. */
  meetsCriteria: boolean;
}

/** The rule set a request names (default `CA-<year>`). @throws DomainError when there is none. */
export function resolveRuleSet(request: DaRequest, ruleSets: readonly RuleSet[]): RuleSet {
  const id = request.rules ?? `${DEFAULT_RULE_FAMILY}-${request.year}`;
  const set = ruleSets.find((s) => s.id === id);
  if (!set)
    throw DomainError.invalidField(
      request.rules ? 'rules' : 'year',
      `no rule set ${id} (no Dashboard in 2020 and 2021)`,
    );
  return set;
}

/** Rows looked up by LEA and year, built once per run. */
class DaIndex {
  private readonly rows = new Map<string, IndicatorRow[]>();
  private readonly local = new Map<string, { rating: LocalRating; line?: number }>();
  private readonly calpads = new Map<string, boolean>();

  constructor(data: DaData) {
    for (const row of data.indicators) {
      const key = `${row.leaId}\u0000${row.year}`;
      const list = this.rows.get(key) ?? [];
      list.push(row);
      this.rows.set(key, list);
    }
    for (const row of data.localIndicators)
      this.local.set(`${row.leaId}\u0000${row.year}\u0000${row.priority}`, {
        rating: row.rating,
        ...(row.line === undefined ? {} : { line: row.line }),
      });
    for (const row of data.leaStatus) this.calpads.set(`${row.leaId}\u0000${row.year}`, row.calpadsLate);
  }

  indicatorRows(leaId: string, year: number): IndicatorRow[] {
    return this.rows.get(`${leaId}\u0000${year}`) ?? [];
  }

  localRating(
    leaId: string,
    priority: LocalPriority,
    year: number,
  ): { rating: LocalRating; line?: number } | undefined {
    return this.local.get(`${leaId}\u0000${year}\u0000${priority}`);
  }

  isCalpadsLate(leaId: string, year: number): boolean {
    return this.calpads.get(`${leaId}\u0000${year}`) ?? false;
  }
}

interface Run {
  year: number;
  ruleSet: RuleSet;
  calendar: RuleCalendar;
  index: DaIndex;
  settings: DaSettings;
}

function evaluateLea(lea: LeaRow, run: Run): { decision: DaLeaDecision; years: LeaYear[] } {
  const { year, ruleSet, calendar, index, settings } = run;
  const seen = new Map<number, LeaYear>();
  const leaYear = (y: number): LeaYear => {
    const known = seen.get(y);
    if (known) return known;
    const result = evaluateLeaYear(
      {
        leaType: lea.leaType,
        year: y,
        ruleSet: calendar.ruleSetFor(y),
        rows: index.indicatorRows(lea.leaId, y),
        localRating: (p, ry) => index.localRating(lea.leaId, p, ry),
      },
      settings,
    );
    seen.set(y, result);
    return result;
  };
  const current = leaYear(year);
  const localPriorities = current.localAreas;
  const groupsOf = (minAreas: number): DaGroupDecision[] =>
    groupsWithAreas(current, minAreas).map((group) => ({
      group,
      priorities: current.groupAreas.get(group) ?? [],
    }));

  let decision: DaLeaDecision;
  if (lea.leaType === 'charter') {
    const charter =
      ruleSet.charterRule === 'THREE_OF_FOUR_YEARS'
        ? decideThreeOfFourYears(
            windowYears(calendar, year, ruleSet.intensive.window, settings.windowYears).map(leaYear),
            ruleSet,
          )
        : decideTwoConsecutiveYears(
            nullable(previousWindowYear(calendar, year, settings.windowYears), leaYear),
            current,
            ruleSet,
            settings,
          );
    decision = {
      leaId: lea.leaId,
      leaType: lea.leaType,
      eligible: charter.eligible,
      groups: groupsOf(charterMinAreas(ruleSet)),
      localPriorities,
      calpadsLate: false, // the CALPADS route is for districts and COEs (CA-2024, R6.2)
      intensive: null,
      charter: presentCharter(charter),
    };
  } else {
    const calpadsLate = ruleSet.calpadsRoute && index.isCalpadsLate(lea.leaId, year);
    const window = windowYears(calendar, year, ruleSet.intensive.window, settings.windowYears).map(leaYear);
    decision = {
      leaId: lea.leaId,
      leaType: lea.leaType,
      eligible: meetsDistrictTest(current, settings) || calpadsLate,
      groups: groupsOf(DISTRICT_MIN_AREAS),
      localPriorities,
      calpadsLate,
      intensive: decideIntensiveIntervention(window, ruleSet, settings),
      charter: null,
    };
  }
  return { decision, years: [...seen.values()].sort((a, b) => a.year - b.year) };
}

function nullable<T>(value: number | null, map: (v: number) => T): T | null {
  return value === null ? null : map(value);
}

function presentCharter(charter: CharterDecision): DaLeaDecision['charter'] {
  const shown = { rule: charter.rule, years: charter.years, yearsMet: charter.yearsMet };
  return charter.determined ? shown : { ...shown, determined: false };
}

function startRun(request: DaRequest, data: DaData, ruleSets: readonly RuleSet[], settings: DaSettings): Run {
  const ruleSet = resolveRuleSet(request, ruleSets);
  return {
    year: request.year,
    ruleSet,
    calendar: buildRuleCalendar(ruleSets, ruleSet, request.year),
    index: new DaIndex(data),
    settings,
  };
}

function sortedLeas(data: DaData): LeaRow[] {
  return [...data.leas].sort((a, b) => compareCodes(a.leaId, b.leaId));
}

/**
 * The DA decision of FORMAT.md for every LEA of `data`.
 * @param ruleSets every rule set the run may use (California's, plus a state's own); earlier years are judged by the sets of the requested set's family.
 * @throws DomainError `invalid_input` when the request names no known rule set.
 */
export function evaluateDifferentiatedAssistance(
  request: DaRequest,
  data: DaData,
  ruleSets: readonly RuleSet[],
  settings: DaSettings = CALIFORNIA_DA_SETTINGS,
): DaDecision {
  const run = startRun(request, data, ruleSets, settings);
  return {
    year: request.year,
    rules: run.ruleSet.id,
    leas: sortedLeas(data).map((lea) => evaluateLea(lea, run).decision),
  };
}

/** The same decision with a `trace` per LEA: each year looked at, its groups, areas and the input lines that met them. */
export function explainDifferentiatedAssistance(
  request: DaRequest,
  data: DaData,
  ruleSets: readonly RuleSet[],
  settings: DaSettings = CALIFORNIA_DA_SETTINGS,
): DaDecision & { leas: Array<DaLeaDecision & { trace: DaYearTrace[] }> } {
  const run = startRun(request, data, ruleSets, settings);
  const leas = sortedLeas(data).map((lea) => {
    const { decision, years } = evaluateLea(lea, run);
    const trace = years.map((y): DaYearTrace => ({
      year: y.year,
      rules: y.ruleSet?.id ?? null,
      presentGroups: y.presentGroups,
      groups: y.presentGroups.map((group) => ({ group, areas: y.reasons.get(group) ?? [] })),
      localPriorities: y.localAreas,
      meetsCriteria: meetsDistrictTest(y, settings),
    }));
    return { ...decision, trace };
  });
  return { year: request.year, rules: run.ruleSet.id, leas };
}
