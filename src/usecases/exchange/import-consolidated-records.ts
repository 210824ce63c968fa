import { birthDatesAlike, type MatchReason } from '../../core/children/likely-matches';
import {
  parseConsolidatedRecordFile,
  proposeRecordMatches,
  sendingStates,
} from '../../core/exchange/msix-consolidated-record';
import { groupBy } from '../../core/common/group-by';
import { accessScopeOf } from '../../core/people/access-scope';
import { findRecordCandidates } from '../../data/repositories/msix-consolidated-records.repository';
import { requirePermission, type UseCaseContext } from '../context';
import { childNameOf } from '../services/child-name';
import { attachRecordInTransaction, type ConsolidatedRecordUpload } from './attach-consolidated-record';

export interface ProposedChild {
  childId: string;
  studentNumber: string;
  name: string;
  birthDate: string;
  regionNumber: number;
  score: number;
  reasons: (MatchReason | 'same-msix-id')[];
}

export interface RecordProposal {
  msixId: string;
  name: string;
  birthDate: string;
  sendingStates: string[];
  /** The children in the actor's scope the record likely belongs to, best first (X11.5). */
  matches: ProposedChild[];
  /** The one child it surely belongs to, when there is one. */
  sureChildId: string | null;
  /** Set by an import that attached the sure matches: the record attached to that child. */
  attachedRecordId?: string;
}

/** The candidates read for a file are at most this many per record (more born on one day is no proposal). */
const MAX_CANDIDATES = 2000;

/**
 * X11.5: the file's records, each with the children of the actor's scope it likely belongs
 * to; nothing is attached. A person confirms one (the child's attach), or `attachSure` (the
 * CLI's `--confirm`) attaches those with a sure match, all in one transaction.
 */
export async function importConsolidatedRecords(
  ctx: UseCaseContext,
  upload: Omit<ConsolidatedRecordUpload, 'msixId'>,
  options: { attachSure?: boolean } = {},
  now: Date = new Date(),
): Promise<{ records: RecordProposal[] }> {
  requirePermission(ctx, 'msix.attach');
  const file = parseConsolidatedRecordFile(upload.content.toString());
  const scope = accessScopeOf(ctx.actor);
  return ctx.db.transaction().execute(async (trx) => {
    const rows = await findRecordCandidates(
      trx,
      scope,
      file.records.flatMap((r) => birthDatesAlike(r.student.birthDate)),
      file.records.map((r) => r.msixId),
      MAX_CANDIDATES * file.records.length,
    );
    const byBirthDate = groupBy(rows, (row) => row.birth_date);
    const byMsixId = groupBy(rows, (row) => row.msix_id ?? '');
    const records: RecordProposal[] = [];
    for (const record of file.records) {
      const own = new Set([
        ...(byMsixId.get(record.msixId) ?? []),
        ...birthDatesAlike(record.student.birthDate).flatMap((d) => byBirthDate.get(d) ?? []),
      ]);
      const candidates = [...own]
        .sort((a, b) => (a.id < b.id ? -1 : 1))
        .map((row) => ({
          row,
          firstName: row.first_name,
          lastSurname: row.last_surname,
          secondSurname: row.second_surname,
          birthDate: row.birth_date,
          msixId: row.msix_id,
        }));
      const proposal = proposeRecordMatches(record, candidates);
      const { firstName, lastName1, lastName2, birthDate } = record.student;
      const item: RecordProposal = {
        msixId: record.msixId,
        name: [firstName, lastName1, lastName2].filter(Boolean).join(' '),
        birthDate,
        sendingStates: sendingStates(record),
        matches: proposal.matches.map(({ candidate: { row }, score, reasons }) => ({
          childId: row.id,
          studentNumber: row.student_number,
          name: childNameOf(row) ?? row.student_number,
          birthDate: row.birth_date,
          regionNumber: row.region_number,
          score,
          reasons,
        })),
        sureChildId: proposal.sure?.row.id ?? null,
      };
      if (options.attachSure && proposal.sure) {
        const attached = await attachRecordInTransaction(
          ctx,
          trx,
          proposal.sure.row.id,
          record,
          upload.fileName,
          now,
        );
        item.attachedRecordId = attached.id;
      }
      records.push(item);
    }
    return { records };
  });
}
