/**
 * The SDP's alignment chart (docs/rules/plan-development.md PD2): long-term goals with their
 * measures of interim progress, needs assessment findings, service delivery strategies, MPOs
 * and the evaluation plan's measures, as records linked to the ones they serve, with the
 * completeness check that names each missing link, and the required elements of the checklist.
 */

/** The kinds of record of the chart, in the order of the chart. */
export const ALIGNMENT_KINDS = ['goal', 'need', 'strategy', 'mpo', 'measure'] as const;
export type AlignmentKind = (typeof ALIGNMENT_KINDS)[number];

/** What each kind links to (PD2.2): a need to goals, a strategy to needs, an MPO to strategies, a measure to MPOs. */
export const LINKS_TO: Record<AlignmentKind, AlignmentKind | null> = {
  goal: null,
  need: 'goal',
  strategy: 'need',
  mpo: 'strategy',
  measure: 'mpo',
};

export const MAX_ALIGNMENT_RECORDS = 500;
export const MAX_ALIGNMENT_TEXT = 2000;
export const MAX_ALIGNMENT_CODE = 40;

/** One record of the chart. */
export interface AlignmentRecord {
  id: string;
  kind: AlignmentKind;
  /** A short name: a goal's number, a strategy's number (1.1), an MPO's number (1.0). */
  code: string;
  text: string;
  /** For a goal, its measure of interim progress. */
  interimMeasure: string | null;
  /** The ids of the records of the kind it serves (LINKS_TO). */
  links: string[];
  /** The plan's strategy or MPO number it was brought in from, or null. */
  planRef: string | null;
}

/** A missing link or a wrong one (PD2.3). */
export interface AlignmentGap {
  kind:
    | 'no_goal'
    | 'goal_without_measure'
    | 'need_without_goal'
    | 'need_without_strategy'
    | 'strategy_without_need'
    | 'strategy_without_mpo'
    | 'mpo_without_strategy'
    | 'mpo_without_measure'
    | 'measure_without_mpo'
    | 'bad_link';
  /** The record it is about, or null for the chart as a whole. */
  recordId: string | null;
  code: string | null;
}

/**
 * The completeness check (PD2.3): every gap of the chart, in the chart's order. A chart is
 * complete when it has a long-term goal, each goal has its interim measure, and each record
 * links to and is served by the kinds next to it: a need serves a goal and has a strategy; a
 * strategy serves a need and has an MPO; an MPO serves a strategy and has an evaluation
 * measure; a measure evaluates an MPO. A link to no record, or to one of another kind, is a
 * bad link.
 */
export function alignmentGaps(records: readonly AlignmentRecord[]): AlignmentGap[] {
  const byId = new Map(records.map((record) => [record.id, record]));
  const gaps: AlignmentGap[] = [];
  const gap = (kind: AlignmentGap['kind'], record: AlignmentRecord | null) =>
    gaps.push({ kind, recordId: record?.id ?? null, code: record?.code ?? null });
  if (!records.some((record) => record.kind === 'goal')) gap('no_goal', null);
  const servedBy = new Map<string, number>();
  for (const record of records)
    for (const link of record.links) servedBy.set(link, (servedBy.get(link) ?? 0) + 1);
  const ordered = [...records].sort(
    (a, b) => ALIGNMENT_KINDS.indexOf(a.kind) - ALIGNMENT_KINDS.indexOf(b.kind),
  );
  for (const record of ordered) {
    const target = LINKS_TO[record.kind];
    const validLinks = record.links.filter((id) => byId.get(id)?.kind === target);
    if (validLinks.length < record.links.length) gap('bad_link', record);
    const served = servedBy.get(record.id) ?? 0;
    switch (record.kind) {
      case 'goal':
        if (!record.interimMeasure?.trim()) gap('goal_without_measure', record);
        break;
      case 'need':
        if (validLinks.length === 0) gap('need_without_goal', record);
        if (served === 0) gap('need_without_strategy', record);
        break;
      case 'strategy':
        if (validLinks.length === 0) gap('strategy_without_need', record);
        if (served === 0) gap('strategy_without_mpo', record);
        break;
      case 'mpo':
        if (validLinks.length === 0) gap('mpo_without_strategy', record);
        if (served === 0) gap('mpo_without_measure', record);
        break;
      case 'measure':
        if (validLinks.length === 0) gap('measure_without_mpo', record);
        break;
    }
  }
  return gaps;
}

/** The elements of the source's checklist (PD3.1): required, or suggested for the SDP. */
export const CHECKLIST_ELEMENTS = [
  { key: 'goals', required: true, fromChart: 'goal' },
  { key: 'needs', required: true, fromChart: 'need' },
  { key: 'strategies', required: true, fromChart: 'strategy' },
  { key: 'mpos', required: true, fromChart: 'mpo' },
  { key: 'evaluation_plan', required: true, fromChart: 'measure' },
  { key: 'preschool_and_dropouts', required: true, fromChart: null },
  { key: 'pac_consultation', required: true, fromChart: null },
  { key: 'priority_for_services', required: false, fromChart: null },
  { key: 'identification_and_recruitment', required: false, fromChart: null },
  { key: 'records_exchange', required: false, fromChart: null },
] as const satisfies ReadonlyArray<{ key: string; required: boolean; fromChart: AlignmentKind | null }>;
export type ChecklistKey = (typeof CHECKLIST_ELEMENTS)[number]['key'];
export const CHECKLIST_KEYS: readonly ChecklistKey[] = CHECKLIST_ELEMENTS.map((element) => element.key);

/** The state's answer for an element it checks by hand. */
export interface ChecklistMark {
  addressed: boolean;
  note: string;
}

/** One element of the checklist with whether it is met (PD3.2). */
export interface ChecklistResult {
  key: ChecklistKey;
  required: boolean;
  met: boolean;
  /** Met from the chart (has a record of its kind) rather than marked by hand. */
  fromChart: boolean;
  note: string;
}

/**
 * The checklist (PD3.2): an aligned component is met when the chart holds a record of its kind;
 * every other element when the state marked it addressed. The plan meets the requirements when
 * every required element is met and the chart has no gap.
 */
export function checklistOf(
  records: readonly AlignmentRecord[],
  marks: Partial<Record<ChecklistKey, ChecklistMark>>,
): { elements: ChecklistResult[]; requirementsMet: boolean } {
  const elements = CHECKLIST_ELEMENTS.map((element): ChecklistResult => {
    const mark = marks[element.key];
    const met = element.fromChart
      ? records.some((record) => record.kind === element.fromChart)
      : (mark?.addressed ?? false);
    return {
      key: element.key,
      required: element.required,
      met,
      fromChart: element.fromChart !== null,
      note: mark?.note ?? '',
    };
  });
  const requirementsMet =
    elements.every((element) => !element.required || element.met) && alignmentGaps(records).length === 0;
  return { elements, requirementsMet };
}
