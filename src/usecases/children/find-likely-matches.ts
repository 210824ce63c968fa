import { childSummaryOfRow } from './child-row';
import { birthDatesAlike, likelyMatches, type MatchReason } from '../../core/children/likely-matches';
import { isCalendarDate } from '../../core/common/calendar-date';
import { DomainError } from '../../core/common/domain-error';
import { accessScopeOf } from '../../core/people/access-scope';
import { findChildrenBornOn } from '../../data/repositories/child-matches.repository';
import type { UseCaseContext } from '../context';
import type { ChildSummary } from './child-record';
import { requirePermission } from '../context';

export interface LikelyMatchQuery {
  firstName: string;
  lastSurname: string;
  secondSurname?: string | undefined;
  birthDate: string;
}

export interface ChildLikelyMatch extends ChildSummary {
  score: number;
  reasons: MatchReason[];
  /** The record's version, which an interview linking the child keeps (ID9.1). */
  version: number;
}

/** More children born on one day than this in one scope is not a duplicate check any more. */
const MAX_CANDIDATES = 2000;
const MAX_MATCHES = 10;

/**
 * The children in the actor's scope who are likely the child being entered (the duplicate
 * check), best first, each with why it matches.
 */
export async function findLikelyMatches(
  ctx: UseCaseContext,
  query: LikelyMatchQuery,
): Promise<{ items: ChildLikelyMatch[] }> {
  requirePermission(ctx, 'child.read');
  if (!isCalendarDate(query.birthDate))
    throw DomainError.invalidField('birthDate', 'is not a calendar date (YYYY-MM-DD)');
  const entered = {
    firstName: query.firstName,
    lastSurname: query.lastSurname,
    secondSurname: query.secondSurname ?? null,
    birthDate: query.birthDate,
  };
  const rows = await findChildrenBornOn(
    ctx.db,
    accessScopeOf(ctx.actor),
    birthDatesAlike(query.birthDate),
    MAX_CANDIDATES,
  );
  const candidates = rows.map((row) => ({ ...childSummaryOfRow(row), version: row.version }));
  return {
    items: likelyMatches(entered, candidates, MAX_MATCHES).map((m) => ({
      ...m.candidate,
      score: m.score,
      reasons: m.reasons,
    })),
  };
}
