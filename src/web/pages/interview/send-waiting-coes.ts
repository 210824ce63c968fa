import { api, ApiError } from '../../app/api';
import { dropKeptInterview } from '../../offline/kept-interviews';
import { failureKind, sendingOrder } from '../../offline/waiting-coe-sending';
import {
  dropWaitingCoe,
  keepWaitingCoe,
  listWaitingCoes,
  readWaitingCoe,
  type WaitingCoe,
} from '../../offline/waiting-coes';
import { submitInterviewAsCoe } from './coe-submission';

/**
 * Send one waiting COE (ID7.1), continuing what an earlier try created; once the server has
 * it submitted, forget its draft on the server and on the device, then the waiting copy.
 */
export async function sendWaitingCoe(coe: WaitingCoe): Promise<string> {
  let progress = coe.progress;
  const coeId = await submitInterviewAsCoe(
    coe.draft,
    coe.regionId,
    coe.details,
    coe.signature,
    progress,
    async (next) => {
      progress = next;
      await keepWaitingCoe({ ...coe, progress });
    },
  );
  // the draft is done: the server answering anything (it may never have had it) is enough
  await api('DELETE', `/api/interview-drafts/${coe.draftId}`).catch((error: unknown) => {
    if (!(error instanceof ApiError) || failureKind(error) === 'network') throw error;
  });
  await dropKeptInterview(coe.userId, coe.draftId);
  await dropWaitingCoe(coe.userId, coe.draftId);
  return coeId;
}

let sending = false;

/**
 * Send the user's waiting COEs in the order submitted. A COE the server refuses is marked so
 * (ID7.2) and the next is tried; without a network (or with an answer that may change) the
 * sending stops there, so that the order holds. Says whether anything changed.
 */
export async function sendWaitingCoes(userId: string): Promise<boolean> {
  if (sending || !navigator.onLine) return false;
  sending = true;
  let changed = false;
  try {
    for (const coe of sendingOrder(await listWaitingCoes(userId))) {
      try {
        await sendWaitingCoe(coe);
        changed = true;
      } catch (error) {
        if (failureKind(error) !== 'refused') break;
        const latest = (await readWaitingCoe(userId, coe.draftId)) ?? coe;
        await keepWaitingCoe({ ...latest, refusal: { message: (error as Error).message } });
        changed = true;
      }
    }
  } finally {
    sending = false;
  }
  return changed;
}

/** Whether a waiting COE is being sent now (the interview does not send the same one meanwhile). */
export function sendingWaitingCoes(): boolean {
  return sending;
}
