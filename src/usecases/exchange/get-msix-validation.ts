import type { MsixProblem } from '../../core/exchange/msix-validation';
import type { RegionRow } from '../../data/repositories/regions.repository';
import { todayInState } from '../clock';
import type { UseCaseContext } from '../context';
import { childNameOf } from '../services/child-name';
import { msixRecordsOfScope } from './msix-records-of-scope';
import { msixReportRegion } from './msix-scope';

export interface MsixValidationQuery {
  regionId?: string | undefined;
  offset?: number | undefined;
  limit?: number | undefined;
}

export interface MsixElementTotal {
  element: number;
  elementName: string;
  /** Problems with this element, and children who have one. */
  problems: number;
  children: number;
}

export interface MsixProblemReply extends MsixProblem {
  /** `missing` when the element is required and Ciclo holds nothing; `invalid` otherwise. */
  kind: 'missing' | 'invalid';
}

export interface MsixChildProblems {
  childId: string;
  name: string;
  studentNumber: string;
  problems: MsixProblemReply[];
}

export interface MsixValidationReply {
  /** The region reported; null for the state. */
  region: RegionRow | null;
  children: number;
  valid: number;
  withProblems: number;
  totals: MsixElementTotal[];
  /** The page of children with problems, by student number. */
  rows: MsixChildProblems[];
  offset: number;
  limit: number;
}

/** A problem's kind: a required element left empty (the validation's `… is required …`). */
function kindOf(problem: MsixProblem): MsixProblemReply['kind'] {
  return / is required /.test(problem.message) ? 'missing' : 'invalid';
}

/**
 * The MSIX validation report of a region (or the state): every child's MDE record checked
 * (docs/rules/msix.md X1–X4, X7.1), the totals per element and a page of the children with
 * problems, each with the child's id for a link to fix them.
 */
export async function getMsixValidation(
  ctx: UseCaseContext,
  query: MsixValidationQuery,
): Promise<MsixValidationReply> {
  const region = await msixReportRegion(ctx, query.regionId);
  const checks = await msixRecordsOfScope(ctx.db, { regionId: region?.id ?? null }, todayInState());
  const withProblems = checks.filter((check) => check.problems.length > 0);
  const totals = new Map<number, MsixElementTotal>();
  for (const check of withProblems) {
    const seen = new Set<number>();
    for (const problem of check.problems) {
      const total = totals.get(problem.element) ?? {
        element: problem.element,
        elementName: problem.elementName,
        problems: 0,
        children: 0,
      };
      total.problems += 1;
      if (!seen.has(problem.element)) total.children += 1;
      seen.add(problem.element);
      totals.set(problem.element, total);
    }
  }
  const offset = query.offset ?? 0;
  const limit = query.limit ?? 50;
  return {
    region,
    children: checks.length,
    valid: checks.length - withProblems.length,
    withProblems: withProblems.length,
    totals: [...totals.values()].sort((a, b) => a.element - b.element),
    rows: withProblems.slice(offset, offset + limit).map(({ child, problems }) => ({
      childId: child.id,
      name: childNameOf(child)!,
      studentNumber: child.student_number,
      problems: problems.map((problem) => ({ ...problem, kind: kindOf(problem) })),
    })),
    offset,
    limit,
  };
}
