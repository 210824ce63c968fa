import {
  msixElementTotals,
  type MsixElementTotal,
  type MsixProblem,
} from '../../core/exchange/msix-validation';
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

export interface MsixChildProblems {
  childId: string;
  name: string;
  studentNumber: string;
  problems: MsixProblem[];
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
  const offset = query.offset ?? 0;
  const limit = query.limit ?? 50;
  return {
    region,
    children: checks.length,
    valid: checks.length - withProblems.length,
    withProblems: withProblems.length,
    totals: msixElementTotals(withProblems.map((check) => check.problems)),
    rows: withProblems.slice(offset, offset + limit).map(({ child, problems }) => ({
      childId: child.id,
      name: childNameOf(child)!,
      studentNumber: child.student_number,
      problems,
    })),
    offset,
    limit,
  };
}
