import { ApiError } from '../app/api';

/**
 * The decisions of sending a COE taken offline (docs/rules/interview-drafts.md ID7), apart from
 * the sending itself so that they can be tested: what counts as "no network", which waiting
 * COE goes next, and where a submission cut midway takes up again.
 */

/** How far a submission reached the server: what it created, so that a new try does not create it twice. */
export interface SubmissionProgress {
  /** The new family, once created. */
  familyId: string | null;
  /** The COE, once created. */
  coeId: string | null;
  /** The server has the COE submitted; what is left is forgetting the draft. */
  submitted: boolean;
}

export const NOTHING_SENT: SubmissionProgress = { familyId: null, coeId: null, submitted: false };

export type SubmissionStep = 'family' | 'coe' | 'signature' | 'submit' | 'done';

/** What the server holds of the COE created before, as GET /api/coes/:id answers (null: not read). */
export interface CreatedCoe {
  status: string;
  signature: unknown;
}

/**
 * The steps a submission still has to take, in order. A COE already created is continued,
 * never made again; once read from the server, a signature it holds is not sent again and a
 * COE past its draft (submitted, returned, approved) needs nothing more.
 */
export function stepsLeft(progress: SubmissionProgress, created: CreatedCoe | null): SubmissionStep[] {
  if (progress.submitted) return ['done'];
  if (progress.coeId === null)
    return [
      ...(progress.familyId === null ? (['family'] as const) : []),
      'coe',
      'signature',
      'submit',
      'done',
    ];
  if (created && created.status !== 'draft') return ['done'];
  return [...(created?.signature ? [] : (['signature'] as const)), 'submit', 'done'];
}

/**
 * How a failed try is taken: `network` when the server was not reached (the request failed
 * without an answer, or a gateway answered for a server it could not reach), `refused` when
 * the server answered no to this COE (a 4xx, e.g. 400 with its problems: trying again would
 * get the same answer), `later` for an answer that may change on its own (the server's own
 * error, a session to sign in again, too many requests).
 */
export type FailureKind = 'network' | 'refused' | 'later';

const GATEWAY = new Set([502, 503, 504]);
const WAIT_AND_RETRY = new Set([401, 408, 429]);

export function failureKind(error: unknown): FailureKind {
  if (!(error instanceof ApiError)) return 'network';
  if (GATEWAY.has(error.status)) return 'network';
  if (error.status >= 400 && error.status < 500 && !WAIT_AND_RETRY.has(error.status)) return 'refused';
  return 'later';
}

/** A COE kept on the device as far as ordering goes. */
export interface Queued {
  /** When the recruiter submitted it (ISO instant). */
  keptAt: string;
  /**
   * Set once the server refused it: it waits for the recruiter, not for the network. A
   * correction also stops when the COE changed on the server meanwhile (`conflict`) or needs
   * the parent's signature again (`signature`), ID7.4.
   */
  refusal: { message: string; reason?: 'conflict' | 'signature' } | null;
}

/** The COEs to send now, in the order the recruiter submitted them; the refused ones wait for the recruiter. */
export function sendingOrder<T extends Queued>(waiting: readonly T[]): T[] {
  return waiting.filter((coe) => coe.refusal === null).sort((a, b) => a.keptAt.localeCompare(b.keptAt));
}
