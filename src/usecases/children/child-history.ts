import { checkHistoryConfirmation } from '../../core/children/history-confirmation';
import { birthDatesAlike } from '../../core/children/likely-matches';
import { DomainError } from '../../core/common/domain-error';
import type { Db } from '../../data/db';
import { recordAudit } from '../../data/repositories/audit.repository';
import {
  isHistoryStudentLinked,
  listHistoryCandidates,
  setChildHistoryIfVersion,
} from '../../data/repositories/child-history.repository';
import type { UseCaseContext } from '../context';
import { loadChildFor } from './load-child';
import { staleChild } from './update-child';

/** An imported history student that may be the child (IR4.2). */
export interface HistoryCandidate {
  studentId: string;
  birthDate: string;
  records: number;
  firstRecruitmentDate: string;
  lastRecruitmentDate: string;
  /** The child carries this number (student number or SSID): IR4.1. */
  byNumber: boolean;
  /** Another Ciclo child is this history already: it cannot be linked here. */
  linkedElsewhere: boolean;
  /** A person said this history is not this child. */
  notThisChild: boolean;
}

export interface ChildHistoryView {
  /** The history the child is, once matched or confirmed; null when none. */
  historyStudentId: string | null;
  /** The child's version, to send back when linking. */
  version: number;
  /** History students a person said are not this child. */
  notThisChild: string[];
  candidates: HistoryCandidate[];
}

async function candidatesOf(
  db: Db,
  child: Awaited<ReturnType<typeof loadChildFor>>['child'],
): Promise<HistoryCandidate[]> {
  const rows = await listHistoryCandidates(db, {
    childId: child.id,
    numbers: [child.student_number, child.statewide_student_id],
    birthDates: birthDatesAlike(child.birth_date),
    region: child.region_number,
  });
  return rows.map((r) => ({
    studentId: r.student_id,
    birthDate: r.birth_date,
    records: r.records,
    firstRecruitmentDate: r.first_recruitment,
    lastRecruitmentDate: r.last_recruitment,
    byNumber: r.by_number,
    linkedElsewhere: r.linked_elsewhere,
    notThisChild: child.history_not_student_ids.includes(r.student_id),
  }));
}

/**
 * IR4: the imported history a child is, and the history students a person may confirm it is
 * — by the child's number, or born on the child's birth date (or with day and month swapped)
 * in the child's region.
 */
export async function getChildHistory(ctx: UseCaseContext, childId: string): Promise<ChildHistoryView> {
  const { child } = await loadChildFor(ctx, ctx.db, childId, 'read');
  return {
    historyStudentId: child.history_student_id,
    version: child.version,
    notThisChild: child.history_not_student_ids,
    candidates: await candidatesOf(ctx.db, child),
  };
}

/**
 * IR4.2: a person confirms that the child is an imported history student (or, with null,
 * that they are not), and, when `notThisChild` is sent, which candidates are not this child
 * (absent: those said before stay); audited, at the child's version (409 when stale). Only a
 * candidate of the child that no other child is may be linked.
 */
export async function linkChildHistory(
  ctx: UseCaseContext,
  childId: string,
  options: { historyStudentId: string | null; notThisChild?: readonly string[] | undefined; version: number },
): Promise<ChildHistoryView> {
  await ctx.db.transaction().execute(async (trx) => {
    const { child } = await loadChildFor(ctx, trx, childId, 'update');
    const candidates = await candidatesOf(trx, child);
    if (options.historyStudentId !== null) {
      const candidate = candidates.find((c) => c.studentId === options.historyStudentId);
      if (!candidate)
        throw DomainError.invalidField(
          'historyStudentId',
          'is not imported history of this child’s number, or of their birth date in their region',
        );
      if (await isHistoryStudentLinked(trx, candidate.studentId, child.id))
        throw new DomainError('conflict', 'historyStudentId: another child is this history already', [
          { field: 'historyStudentId', message: 'another child is this history already' },
        ]);
    }
    const answer = checkHistoryConfirmation(
      {
        historyStudentId: options.historyStudentId,
        notThisChild:
          options.notThisChild ??
          child.history_not_student_ids.filter((id) => id !== options.historyStudentId),
      },
      // Said before and no longer a candidate (the child's birth date changed): kept as said.
      [...candidates.map((c) => c.studentId), ...child.history_not_student_ids],
    );
    if (!(await setChildHistoryIfVersion(trx, child.id, options.version, answer))) throw staleChild();
    await recordAudit(trx, ctx.actor, {
      action: 'update',
      entityType: 'child',
      entityId: child.id,
      regionId: child.region_id,
      childId: child.id,
      before: { history_student_id: child.history_student_id, not_this_child: child.history_not_student_ids },
      after: {
        history_student_id: answer.historyStudentId,
        not_this_child: answer.notThisChild,
        source: 'confirmed by a person',
      },
    });
  });
  return getChildHistory(ctx, childId);
}
