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
import { CorrectionStopped, sendCorrection } from './send-correction';

/**
 * Send one waiting COE (ID7.1) or correction (ID7.4), continuing what an earlier try created; once the server has
 * it submitted, forget its draft on the server and on the device, then the waiting copy.
 */
export async function sendWaitingCoe(coe: WaitingCoe): Promise<string> {
  let progress = coe.progress;
  const correction = coe.correction;
  const coeId = correction
    ? await sendCorrection({ ...coe, correction }, (next) => keepWaitingCoe({ ...coe, correction: next }))
    : await submitInterviewAsCoe(
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
        const latest = async () => (await readWaitingCoe(userId, coe.draftId)) ?? coe;
        // a correction whose COE changed meanwhile, or that needs the signature again, waits for the recruiter (ID7.4)
        if (error instanceof CorrectionStopped) {
          await keepWaitingCoe({
            ...(await latest()),
            refusal: { message: '', reason: error.reason },
            serverCoe: error.server,
          });
          changed = true;
          continue;
        }
        if (failureKind(error) !== 'refused') break;
        await keepWaitingCoe({ ...(await latest()), refusal: { message: (error as Error).message } });
        changed = true;
      }
    }
  } finally {
    sending = false;
  }
  return changed;
}
