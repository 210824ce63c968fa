/**
 * The CDE's list of LEAs eligible for differentiated assistance (its "LCFF Assistance Status"
 * file) read, and Ciclo's decision checked against it LEA by LEA, with the input rows that
 * explain a difference. Rules CDE4.1–CDE4.3 of differentiated-assistance-format.md. Pure.
 */
import Papa from 'papaparse';
import { InputProblems } from '../common/csv-table';
import {
  PRIORITY_AREAS,
  STUDENT_GROUPS,
  isOneOf,
  sortPriorityAreas,
  type PriorityAreaId,
  type StudentGroup,
} from './da-codes';
import type { DaData, IndicatorRow } from './da-input';
import type { DaDecision } from './evaluate-da';

export interface CdeListedLea {
  leaId: string;
  leaName: string | null;
  eligible: boolean;
  groups: Array<{ group: StudentGroup; priorities: PriorityAreaId[] }>;
  line: number;
}

/** CDE4.1: `TOMpriorities` (two or more races) is the contract's MR. */
const GROUP_ALIASES: Record<string, StudentGroup> = { TOM: 'MR' };

/** CDE4.1: the priority areas a cell names: every number 1–10 in it (`4, 6`, `Priority 4 & 6`). */
export function prioritiesOf(cell: string): PriorityAreaId[] {
  const areas = [...cell.matchAll(/\d+/g)]
    .map(([n]) => `P${Number(n)}`)
    .filter((id): id is PriorityAreaId => isOneOf(PRIORITY_AREAS, id));
  return sortPriorityAreas(areas);
}

/** CDE4.1: an assistance status cell says eligible when it names differentiated or intensive assistance. */
export function statusSaysEligible(cell: string): boolean {
  const text = cell.trim().toLowerCase();
  return /differentiated|intensive|\bda\b|level 2|level 3|^y(es)?$/.test(text);
}

/**
 * CDE4.1: the CDE's list as published: one row per LEA with its CDS code, and a
 * `<GROUP>priorities` (or `<GROUP>_priorities`) column per student group; an assistance status
 * column (`assistancestatus`, `assistance_status`, `status`) says eligibility where there is
 * one, else a listed LEA is eligible when one of its groups has two areas or more.
 * @throws DomainError `invalid_input` naming file and line.
 */
export function readCdeAssistanceList(name: string, text: string): CdeListedLea[] {
  const problems = new InputProblems();
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const first = normalized.slice(0, Math.max(0, normalized.indexOf('\n')) || undefined);
  const delimiter = first.includes('\t') ? '\t' : first.includes('|') ? '|' : ',';
  const parsed = Papa.parse<string[]>(normalized, { delimiter, newline: '\n' });
  const [rawHeader = [], ...rows] = parsed.data;
  const header = rawHeader.map((h) => h.trim().toLowerCase());
  const cds = header.findIndex((h) => h === 'cds' || h === 'cdscode' || h === 'cds_code');
  const leaName = header.findIndex((h) => h === 'leaname' || h === 'lea_name' || h === 'districtname');
  const status = header.findIndex((h) => ['assistancestatus', 'assistance_status', 'status'].includes(h));
  const groupColumns = header.flatMap((h, index) => {
    const match = /^([a-z]+)_?priorities$/.exec(h);
    if (!match) return [];
    const code = match[1]!.toUpperCase();
    const group = GROUP_ALIASES[code] ?? code;
    return isOneOf(STUDENT_GROUPS, group) ? [{ group, index }] : [];
  });
  if (cds === -1 || groupColumns.length === 0) {
    problems.add({
      file: name,
      line: 1,
      message:
        'not the CDE list of LEAs eligible for assistance: expected the columns CDS, LEAname, AApriorities … WHpriorities (one per student group) and, if published, AssistanceStatus',
    });
    problems.throwIfAny();
  }
  const listed: CdeListedLea[] = [];
  rows.forEach((cells, index) => {
    const line = index + 2;
    if (cells.every((c) => c.trim() === '')) return;
    const leaId = (cells[cds] ?? '').trim();
    if (!/^\d{14}$/.test(leaId)) {
      problems.add({
        file: name,
        line,
        column: cds + 1,
        columnName: header[cds],
        message: `"${leaId}" is not a 14-digit CDS code`,
      });
      return;
    }
    const groups = groupColumns
      .map(({ group, index: column }) => ({ group, priorities: prioritiesOf(cells[column] ?? '') }))
      .filter((g) => g.priorities.length > 0)
      .sort((a, b) => (a.group < b.group ? -1 : a.group > b.group ? 1 : 0));
    listed.push({
      leaId,
      leaName: leaName === -1 ? null : (cells[leaName] ?? '').trim() || null,
      eligible:
        status === -1
          ? groups.some((g) => g.priorities.length >= 2)
          : statusSaysEligible(cells[status] ?? ''),
      groups,
      line,
    });
  });
  problems.throwIfAny();
  return listed;
}

export interface CdeListComparison {
  leaId: string;
  leaName: string | null;
  ciclo: { eligible: boolean; groups: Array<{ group: StudentGroup; priorities: PriorityAreaId[] }> } | null;
  cde: {
    eligible: boolean;
    groups: Array<{ group: StudentGroup; priorities: PriorityAreaId[] }>;
    line: number;
  } | null;
  agrees: boolean;
  /** The groups whose areas differ, each with Ciclo's and the CDE's areas. */
  groupDifferences: Array<{ group: StudentGroup; ciclo: PriorityAreaId[]; cde: PriorityAreaId[] }>;
  /** CDE4.3: the decision year's input rows of those groups (all the LEA's rows when no group differs). */
  rows: IndicatorRow[];
}

/**
 * CDE4.2: Ciclo's decision beside the CDE's list. An LEA agrees when both say the same
 * eligibility and give the same areas to the same groups (on the list, the groups with two
 * areas or more); an LEA Ciclo decides that the list
 * leaves out counts as not eligible on the list; an LEA the list names that Ciclo did not
 * decide (not in the files) differs.
 */
export function compareWithCdeList(
  decision: DaDecision,
  data: DaData,
  listed: readonly CdeListedLea[],
): CdeListComparison[] {
  const byId = new Map(listed.map((l) => [l.leaId, l]));
  const names = new Map(data.leas.map((l) => [l.leaId, l.leaName]));
  const ids = [...new Set([...decision.leas.map((l) => l.leaId), ...listed.map((l) => l.leaId)])].sort();
  return ids.map((leaId) => {
    const mine = decision.leas.find((l) => l.leaId === leaId);
    const theirs = byId.get(leaId);
    const cicloGroups = mine?.groups.map((g) => ({ group: g.group, priorities: [...g.priorities] })) ?? [];
    // The list names every area a group met; a group counts toward DA with two (R2).
    const cdeGroups = (theirs?.groups ?? []).filter((g) => g.priorities.length >= 2);
    const groupCodes = [...new Set([...cicloGroups, ...cdeGroups].map((g) => g.group))].sort();
    const groupDifferences = groupCodes
      .map((group) => ({
        group,
        ciclo: cicloGroups.find((g) => g.group === group)?.priorities ?? [],
        cde: cdeGroups.find((g) => g.group === group)?.priorities ?? [],
      }))
      .filter((d) => d.ciclo.join() !== d.cde.join());
    const eligibleOnList = theirs?.eligible ?? false;
    const agrees = mine !== undefined && mine.eligible === eligibleOnList && groupDifferences.length === 0;
    const explaining = new Set(groupDifferences.map((d) => d.group));
    const rows = agrees
      ? []
      : data.indicators.filter(
          (r) =>
            r.leaId === leaId &&
            r.year === decision.year &&
            (explaining.size === 0 || explaining.has(r.group)),
        );
    return {
      leaId,
      leaName: names.get(leaId) ?? theirs?.leaName ?? null,
      ciclo: mine ? { eligible: mine.eligible, groups: cicloGroups } : null,
      cde: theirs ? { eligible: theirs.eligible, groups: theirs.groups, line: theirs.line } : null,
      agrees,
      groupDifferences,
      rows,
    };
  });
}
