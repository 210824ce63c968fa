/**
 * The state's tracked SDP development (docs/rules/plan-development.md PD1, PD4): the dates,
 * owners and completion of the process's activities, the outcomes attached to its actions, the
 * alignment chart and the checklist marks, saved whole; and the stakeholder feedback on a draft.
 */
import { isCalendarDate } from '../common/calendar-date';
import {
  ALIGNMENT_KINDS,
  CHECKLIST_KEYS,
  MAX_ALIGNMENT_RECORDS,
  type AlignmentRecord,
  type ChecklistKey,
  type ChecklistMark,
} from './alignment';
import { OUTCOME_KINDS, type OutcomeKind } from './sdp-codes';
import { SDP_ACTION_KEYS, SDP_ACTIVITY_KEYS } from './sdp-process';

export { OUTCOME_KINDS, STAKEHOLDER_GROUPS, type OutcomeKind, type StakeholderGroup } from './sdp-codes';

/** What the state records of one activity (PD1.2). */
export interface ActivityTrack {
  dueOn: string | null;
  /** Who carries it out: a name or a team, as the state writes it. */
  owner: string;
  done: boolean;
}

/**
 * An outcome attached to an action (PD1.3): its title, a text (a member list, a schedule) and a
 * link, or an uploaded file (PD1.5), named by its stored document.
 */
export interface Outcome {
  id: string;
  actionKey: string;
  kind: OutcomeKind;
  title: string;
  text: string;
  link: string | null;
  /** The stored document of a file outcome (PD1.5); absent or null for the others. */
  documentId?: string | null;
}

/** The content of a development, saved whole. */
export interface SdpContent {
  activities: Record<string, ActivityTrack>;
  outcomes: Outcome[];
  alignment: AlignmentRecord[];
  checklist: Partial<Record<ChecklistKey, ChecklistMark>>;
}

export const EMPTY_SDP_CONTENT: SdpContent = { activities: {}, outcomes: [], alignment: [], checklist: {} };
export const MAX_OUTCOMES = 200;

/** One problem of a content, named by its path. */
export interface ContentProblem {
  field: string;
  message: string;
}

/**
 * What is wrong with a content (PD1.4): an activity, action or checklist element the process
 * does not have, a date that is not one, an id used twice, a link not http(s).
 */
export function sdpContentProblems(content: SdpContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [key, track] of Object.entries(content.activities)) {
    if (!SDP_ACTIVITY_KEYS.includes(key))
      problems.push({ field: `content.activities.${key}`, message: 'is not an activity of the process' });
    else if (track.dueOn !== null && !isCalendarDate(track.dueOn))
      problems.push({ field: `content.activities.${key}.dueOn`, message: 'must be a date (YYYY-MM-DD)' });
  }
  if (content.outcomes.length > MAX_OUTCOMES)
    problems.push({ field: 'content.outcomes', message: `may hold at most ${MAX_OUTCOMES} outcomes` });
  content.outcomes.forEach((outcome, index) => {
    if (!SDP_ACTION_KEYS.includes(outcome.actionKey))
      problems.push({
        field: `content.outcomes[${index}].actionKey`,
        message: 'is not an action of the process',
      });
    if (outcome.title.trim() === '')
      problems.push({ field: `content.outcomes[${index}].title`, message: 'must not be empty' });
    if (outcome.link !== null && !/^https?:\/\/\S+$/.test(outcome.link))
      problems.push({
        field: `content.outcomes[${index}].link`,
        message: 'must be an http or https address',
      });
  });
  if (content.alignment.length > MAX_ALIGNMENT_RECORDS)
    problems.push({
      field: 'content.alignment',
      message: `may hold at most ${MAX_ALIGNMENT_RECORDS} records`,
    });
  const seen = new Set<string>();
  content.alignment.forEach((record, index) => {
    if (seen.has(record.id))
      problems.push({ field: `content.alignment[${index}].id`, message: 'is used twice' });
    seen.add(record.id);
    if (!ALIGNMENT_KINDS.includes(record.kind))
      problems.push({ field: `content.alignment[${index}].kind`, message: 'is not a kind of the chart' });
    if (record.code.trim() === '')
      problems.push({ field: `content.alignment[${index}].code`, message: 'must not be empty' });
  });
  for (const key of Object.keys(content.checklist))
    if (!(CHECKLIST_KEYS as readonly string[]).includes(key))
      problems.push({ field: `content.checklist.${key}`, message: 'is not an element of the checklist' });
  return problems;
}

/** What names an uploaded file's outcome (PD1.5): the action, the kind and the title. */
export interface FileOutcomeInput {
  actionKey: string;
  kind: string;
  title: string;
}

export const MAX_OUTCOME_TITLE = 200;

/**
 * What is wrong with the outcome an uploaded file is to become (PD1.5): an action the process
 * does not have, a kind that is not one, a title too long. Each problem names its form field.
 */
export function fileOutcomeProblems(input: FileOutcomeInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (!SDP_ACTION_KEYS.includes(input.actionKey))
    problems.push({ field: 'actionKey', message: 'is not an action of the process' });
  if (!(OUTCOME_KINDS as readonly string[]).includes(input.kind))
    problems.push({ field: 'kind', message: 'is not a kind of outcome' });
  if (input.title.trim().length > MAX_OUTCOME_TITLE)
    problems.push({ field: 'title', message: `must be at most ${MAX_OUTCOME_TITLE} characters` });
  return problems;
}

/**
 * The outcome of an uploaded file (PD1.5): under its action and kind, titled as given or, with
 * no title, by the file's name.
 */
export function fileOutcome(
  id: string,
  input: FileOutcomeInput,
  file: { documentId: string; fileName: string },
): Outcome {
  return {
    id,
    actionKey: input.actionKey,
    kind: input.kind as OutcomeKind,
    title: input.title.trim() || file.fileName,
    text: '',
    link: null,
    documentId: file.documentId,
  };
}

/**
 * The outcomes a save keeps (PD1.6): a save edits a file outcome's title, kind, action and text
 * but neither attaches nor removes a file. Each file outcome it holds must name one of the
 * development's stored files (`files`), once; a file outcome it leaves out is kept as it was
 * (`stored`), since a file goes only by its own removal.
 */
export function outcomesKeepingFiles(
  saved: readonly Outcome[],
  stored: readonly Outcome[],
  files: ReadonlySet<string>,
): { outcomes: Outcome[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const named = new Set<string>();
  saved.forEach((outcome, index) => {
    const documentId = outcome.documentId ?? null;
    if (documentId === null) return;
    if (!files.has(documentId))
      problems.push({
        field: `content.outcomes[${index}].documentId`,
        message: 'is not a file of this development',
      });
    else if (named.has(documentId))
      problems.push({ field: `content.outcomes[${index}].documentId`, message: 'is used twice' });
    named.add(documentId);
  });
  const leftOut = stored.filter(
    (outcome) => outcome.documentId && files.has(outcome.documentId) && !named.has(outcome.documentId),
  );
  return { outcomes: [...saved, ...leftOut], problems };
}

export const MAX_THEMES = 10;
export const MAX_THEME_LENGTH = 60;
export const MAX_COMMENT_LENGTH = 4000;

/** Themes as tags (PD4.2): trimmed, lower case, without repeats, in the order given. */
export function normalizedThemes(themes: readonly string[]): string[] {
  return [...new Set(themes.map((theme) => theme.trim().toLowerCase()).filter((theme) => theme !== ''))];
}

/** A plan's strategy and MPO as the chart brings them in (PD2.4). */
export interface PlanComponent {
  kind: 'strategy' | 'mpo';
  number: string;
  area: string;
  text: string;
}

/**
 * Bring the plan's strategies and MPOs into the chart (PD2.4): one record each, unless the chart
 * already has one from the same plan number; each MPO linked to the strategies of its need area.
 * `newId` names the new records.
 */
export function withPlanComponents(
  chart: readonly AlignmentRecord[],
  components: readonly PlanComponent[],
  newId: () => string,
): AlignmentRecord[] {
  const result = [...chart];
  const has = (kind: string, number: string) =>
    result.some((record) => record.kind === kind && record.planRef === number);
  const areaOf = new Map<string, string>();
  for (const component of components.filter((c) => c.kind === 'strategy')) {
    if (!has('strategy', component.number))
      result.push({
        id: newId(),
        kind: 'strategy',
        code: component.number,
        text: component.text,
        interimMeasure: null,
        links: [],
        planRef: component.number,
      });
    areaOf.set(component.number, component.area);
  }
  for (const component of components.filter((c) => c.kind === 'mpo')) {
    if (has('mpo', component.number)) continue;
    const strategies = result.filter(
      (record) =>
        record.kind === 'strategy' &&
        record.planRef !== null &&
        areaOf.get(record.planRef) === component.area,
    );
    result.push({
      id: newId(),
      kind: 'mpo',
      code: component.number,
      text: component.text,
      interimMeasure: null,
      links: strategies.map((record) => record.id),
      planRef: component.number,
    });
  }
  return result;
}
