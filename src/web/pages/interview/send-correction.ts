import { api, ApiError } from '../../app/api';
import { failureKind } from '../../offline/waiting-coe-sending';
import { dropWaitingCoe, keepWaitingCoe, readWaitingCoe, type WaitingCoe } from '../../offline/waiting-coes';
import {
  correctionPlan,
  correctionStarted,
  signatureTaken,
  type CorrectionProgress,
} from '../../offline/waiting-correction';
import type { CoeDetail } from '../coes/coe-types';
import { signatureBody, type CoeDetails, type SignatureDraft } from './coe-submission';
import { buildChildLinks, buildInterview, type InterviewDraft } from './interview-draft';

/** A correction the server did not take as it stands: the COE changed meanwhile, or the parent must sign again. */
export class CorrectionStopped extends Error {
  constructor(
    readonly reason: 'conflict' | 'signature',
    /** The COE as the server holds it now. */
    readonly server: CoeDetail,
  ) {
    super(reason);
  }
}

export type WaitingCorrection = WaitingCoe & { correction: CorrectionProgress };

/**
 * Send the correction of a returned COE (ID7.4): the corrected interview at the version the
 * recruiter corrected, then the new signature if the server removed the old one, then the
 * submission, continuing what an earlier try reached (told to `onProgress`). Throws
 * CorrectionStopped for a conflict (also a 409 on the update) or a signature to take again.
 */
export async function sendCorrection(
  waiting: WaitingCorrection,
  onProgress: (progress: CorrectionProgress) => void | Promise<void> = () => undefined,
): Promise<string> {
  let progress = waiting.correction;
  const signature: SignatureDraft | null = signatureTaken(waiting.signature) ? waiting.signature : null;
  let server = await api<CoeDetail>('GET', `/api/coes/${progress.coeId}`);
  let plan = correctionPlan(progress, server, signature !== null);
  if (plan.kind === 'steps' && plan.steps[0] === 'update') {
    try {
      server = await api<CoeDetail>('PUT', `/api/coes/${progress.coeId}`, {
        version: progress.version,
        familyId: server.familyId,
        interview: buildInterview(waiting.draft),
        children: buildChildLinks(waiting.draft),
        residencyDate: waiting.details.residencyDate || null,
        qualifyingWork: waiting.details.qualifyingWork.trim() || null,
        comments: waiting.details.comments.trim() || null,
      });
    } catch (error) {
      if (error instanceof ApiError && error.status === 409)
        throw new CorrectionStopped(
          'conflict',
          await api<CoeDetail>('GET', `/api/coes/${progress.coeId}`).catch(() => server),
        );
      throw error;
    }
    progress = { ...progress, version: server.version, updated: true };
    await onProgress(progress);
    plan = correctionPlan(progress, server, signature !== null);
  }
  if (plan.kind !== 'steps')
    throw new CorrectionStopped(plan.kind === 'conflict' ? 'conflict' : 'signature', server);
  for (const step of plan.steps) {
    if (step === 'signature')
      await api('POST', `/api/coes/${progress.coeId}/signature`, signatureBody(signature!));
    if (step === 'submit') {
      await api('POST', `/api/coes/${progress.coeId}/submit`);
      progress = { ...progress, submitted: true };
      await onProgress(progress);
    }
  }
  return progress.coeId;
}

/** What the interview's COE step does with a correction: sent, kept waiting, or stopped for the recruiter. */
export type CorrectionOutcome =
  | { kind: 'submitted'; coeId: string }
  | { kind: 'waiting' }
  | { kind: 'conflict'; server: CoeDetail }
  | { kind: 'signature'; server: CoeDetail };

/**
 * Submit the correction of a returned COE from the interview (ID7.4): sent at once when the
 * network allows; without a network kept on the device to go when it returns, like a new COE
 * (ID7). A correction already waiting is updated and left to the sending. A conflict or a
 * signature to take again is kept for the recruiter (the home page lists it) and returned.
 */
export async function submitCorrection({
  userId,
  draftId,
  label,
  draft,
  details,
  coe,
  base,
  signature,
}: {
  userId: string;
  draftId: string;
  label: string;
  draft: InterviewDraft;
  details: CoeDetails;
  /** The COE as the page read it. */
  coe: CoeDetail;
  /** The version the correction stands on (correctionBase). */
  base: number;
  signature: SignatureDraft | null;
}): Promise<CorrectionOutcome> {
  const before = await readWaitingCoe(userId, draftId).catch(() => undefined);
  const waiting: WaitingCorrection = {
    draftId,
    userId,
    regionId: coe.regionId,
    label,
    draft,
    details,
    signature: signature ?? { kind: 'paper', signerName: '', signedOn: '' },
    progress: before?.progress ?? { familyId: coe.familyId, coeId: coe.id, submitted: false },
    // an update the server took is continued; otherwise the correction stands on `base` (the recruiter may have chosen it over a conflict)
    correction: before?.correction?.updated ? before.correction : correctionStarted(coe.id, base),
    keptAt: before?.keptAt ?? new Date().toISOString(),
    refusal: null,
  };
  if (!navigator.onLine) {
    await keepWaitingCoe(waiting);
    return { kind: 'waiting' };
  }
  try {
    const coeId = await sendCorrection(waiting, (progress) => {
      waiting.correction = progress;
    });
    if (before) await dropWaitingCoe(userId, draftId);
    return { kind: 'submitted', coeId };
  } catch (error) {
    if (error instanceof CorrectionStopped) {
      await keepWaitingCoe({
        ...waiting,
        refusal: { message: '', reason: error.reason },
        serverCoe: error.server,
      });
      return { kind: error.reason, server: error.server };
    }
    if (failureKind(error) === 'network') {
      await keepWaitingCoe(waiting);
      return { kind: 'waiting' };
    }
    if (before || waiting.correction.updated)
      await keepWaitingCoe({ ...waiting, refusal: { message: (error as Error).message } }).catch(
        () => undefined,
      );
    throw error;
  }
}
