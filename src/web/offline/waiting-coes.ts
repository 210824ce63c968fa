import type { CoeDetail } from '../pages/coes/coe-types';
import type { CoeDetails, SignatureDraft } from '../pages/interview/coe-submission';
import type { InterviewDraft } from '../pages/interview/interview-draft';
import type { KeptInterview } from './kept-interviews';
import { dropFromDevice, keepOnDevice, readAllFromDevice, readFromDevice } from './device-store';
import type { Queued, SubmissionProgress } from './waiting-coe-sending';
import type { CorrectionProgress } from './waiting-correction';

/**
 * A new COE submitted without a network (or the correction of a returned one), kept sealed on the device until the server has it
 * (docs/rules/interview-drafts.md ID7): the interview as submitted, its data elements and
 * signature, and what the server created of it so far. Erased at sign-out with the rest (ID5).
 */
export interface WaitingCoe extends Queued {
  /** The interview's draft, which stays until the server has the COE. */
  draftId: string;
  userId: string;
  regionId: string;
  /** Whom the interview is with, as the home page names it. */
  label: string;
  draft: InterviewDraft;
  details: CoeDetails;
  signature: SignatureDraft;
  progress: SubmissionProgress;
  /**
   * Set for the correction of a returned COE (ID7.4): which COE, at which version, and how far
   * the server has it; `progress` and `regionId` then stay as they were not used.
   */
  correction?: CorrectionProgress;
  /**
   * The COE as the server held it when the sending of a correction stopped (ID7.4): a conflict
   * shows it beside the recruiter's corrections, without a network too.
   */
  serverCoe?: CoeDetail;
}

const nameOf = (userId: string, draftId: string) => `waiting-coe:${userId}:${draftId}`;

export function keepWaitingCoe(coe: WaitingCoe): Promise<void> {
  return keepOnDevice(nameOf(coe.userId, coe.draftId), coe);
}

export function readWaitingCoe(userId: string, draftId: string): Promise<WaitingCoe | undefined> {
  return readFromDevice<WaitingCoe>(nameOf(userId, draftId));
}

/** The user's COEs waiting on this device, in the order submitted. */
export async function listWaitingCoes(userId: string): Promise<WaitingCoe[]> {
  const waiting = await readAllFromDevice<WaitingCoe>(`waiting-coe:${userId}:`);
  return waiting.sort((a, b) => a.keptAt.localeCompare(b.keptAt));
}

export function dropWaitingCoe(userId: string, draftId: string): Promise<void> {
  return dropFromDevice(nameOf(userId, draftId));
}

/** The interview's step where a COE is submitted: the last. */
const COE_STEP = 4;

/**
 * The interview of a waiting COE, to open it from the home page when its draft was not kept on
 * its own (a correction of the data elements alone changes no fact of the interview): at the
 * COE's step, naming the COE corrected. Undefined when nothing waits under `draftId`.
 */
export async function interviewOfWaitingCoe(
  userId: string,
  draftId: string,
): Promise<KeptInterview | undefined> {
  const waiting = await readWaitingCoe(userId, draftId);
  if (!waiting) return undefined;
  return {
    id: draftId,
    userId,
    regionId: waiting.regionId,
    label: waiting.label,
    updatedAt: waiting.keptAt,
    step: COE_STEP,
    draft: waiting.draft,
    referralId: waiting.details.referralId ?? null,
    coeId: waiting.correction?.coeId ?? null,
    coeVersion: waiting.correction?.version,
    serverVersion: 0,
    unsent: false,
  };
}
