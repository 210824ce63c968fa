import type { Static } from '@sinclair/typebox';
import { api } from '../../app/api';
import type { FamilyReply } from '../../../server/routes/families/families.schemas';
import type { CoeDetail } from '../coes/coe-types';
import { NOTHING_SENT, stepsLeft, type SubmissionProgress } from '../../offline/waiting-coe-sending';
import { buildChildLinks, buildFamily, buildInterview, type InterviewDraft } from './interview-draft';

export interface CoeDetails {
  residencyDate: string;
  qualifyingWork: string;
  comments: string;
  /** The referral the interview was started from: approving the COE closes it (IR1.1). */
  referralId?: string | null;
  /** The interview's draft id: the server makes its family and its COE once, however often sent (ID7.3). */
  submissionKey?: string;
}

export type SignatureDraft =
  | { kind: 'drawn'; imageDataUrl: string | null; signerName: string; signedOn: string }
  | { kind: 'paper'; signerName: string; signedOn: string };

/**
 * Submit the interview as a COE: create the new family, prepare the COE, record the
 * signature, submit it for review. Returns the COE id. `progress` is what an earlier try
 * created (ID7.1): a COE already created is continued, never made again, and each step the
 * server took is told to `onProgress` so that a try cut midway can be continued. If a step
 * fails, the COE created so far stays a draft.
 */
export async function submitInterviewAsCoe(
  draft: InterviewDraft,
  regionId: string,
  details: CoeDetails,
  signature: SignatureDraft,
  progress: SubmissionProgress = NOTHING_SENT,
  onProgress: (progress: SubmissionProgress) => void | Promise<void> = () => undefined,
): Promise<string> {
  let now = progress;
  const keyFor = (record: 'family' | 'coe') =>
    details.submissionKey === undefined ? undefined : `${details.submissionKey}:${record}`;
  const advance = async (next: Partial<SubmissionProgress>) => {
    now = { ...now, ...next };
    await onProgress(now);
  };
  const created = now.coeId && !now.submitted ? await api<CoeDetail>('GET', `/api/coes/${now.coeId}`) : null;
  for (const step of stepsLeft(now, created)) {
    switch (step) {
      case 'family': {
        const family = await api<Static<typeof FamilyReply>>('POST', '/api/families', {
          ...buildFamily(draft, regionId),
          submissionKey: keyFor('family'),
        });
        await advance({ familyId: family.id });
        break;
      }
      case 'coe': {
        const coe = await api<CoeDetail>('POST', '/api/coes', {
          regionId,
          familyId: now.familyId,
          interview: buildInterview(draft),
          children: buildChildLinks(draft),
          residencyDate: details.residencyDate || null,
          qualifyingWork: details.qualifyingWork.trim() || null,
          comments: details.comments.trim() || null,
          referralId: details.referralId ?? null,
          referralAsRead: (details.referralId && draft.referralAsRead) || undefined,
          submissionKey: keyFor('coe'),
        });
        await advance({ coeId: coe.id });
        break;
      }
      case 'signature':
        await api('POST', `/api/coes/${now.coeId}/signature`, signatureBody(signature));
        break;
      case 'submit':
        await api('POST', `/api/coes/${now.coeId}/submit`);
        await advance({ submitted: true });
        break;
      case 'done':
        break;
    }
  }
  return now.coeId!;
}

/** The signature as POST /api/coes/:id/signature takes it. */
export function signatureBody(signature: SignatureDraft) {
  return signature.kind === 'drawn'
    ? {
        kind: 'drawn' as const,
        imageDataUrl: signature.imageDataUrl ?? '',
        signerName: signature.signerName.trim(),
        signedOn: signature.signedOn,
      }
    : { kind: 'paper' as const, signerName: signature.signerName.trim(), signedOn: signature.signedOn };
}

/** The qualifying work as the COE words it: the work after the establishing move. */
export function qualifyingWorkOf(draft: InterviewDraft, establishingMove: string | null | undefined): string {
  const move = draft.workerMoves.find((m) => m.id === establishingMove);
  if (!move) return '';
  const work = Object.values(move.work).find((w) => w.outcome !== 'none');
  return work?.description.trim() ?? '';
}
