/**
 * The decisions of sending the correction of a returned COE taken offline
 * (docs/rules/interview-drafts.md ID7.4), apart from the sending so that they can be tested:
 * which step comes next, when the COE changed on the server meanwhile, and when the parent
 * must sign again.
 */

/** How far a correction reached the server. */
export interface CorrectionProgress {
  coeId: string;
  /** The COE's version the recruiter corrected; once the update is made, the version it made. */
  version: number;
  /** The server has the corrected interview. */
  updated: boolean;
  /** The server has the COE submitted again. */
  submitted: boolean;
}

/** The COE as the server holds it now (GET /api/coes/:id, or the update's answer). */
export interface ServerCoe {
  status: string;
  version: number;
  signature: unknown;
}

export type CorrectionStep = 'update' | 'signature' | 'submit' | 'done';

export type CorrectionPlan =
  | { kind: 'steps'; steps: CorrectionStep[] }
  /** The COE changed on the server since the recruiter read it: both versions go to the recruiter. */
  | { kind: 'conflict' }
  /** The correction changed what the parent signed (IR2.1) and no new signature was taken. */
  | { kind: 'needs-signature' };

const EDITABLE = new Set(['draft', 'returned']);
const steps = (list: CorrectionStep[]): CorrectionPlan => ({ kind: 'steps', steps: list });

export function correctionStarted(coeId: string, version: number): CorrectionProgress {
  return { coeId, version, updated: false, submitted: false };
}

/**
 * What the correction does next. Before the update: the COE must still be the version the
 * recruiter corrected, and still open to corrections, or it is a conflict (nothing is
 * overwritten silently); the update comes first, and the plan is made again with its answer.
 * After it: a COE the server already has past its draft (an earlier try submitted it, its
 * answer lost) needs nothing more; a signature the server kept is not sent again; one it
 * removed is sent when the recruiter took a new one, else the parent must sign again.
 */
export function correctionPlan(
  progress: CorrectionProgress,
  server: ServerCoe,
  signatureTaken: boolean,
): CorrectionPlan {
  if (progress.submitted) return steps(['done']);
  const editable = EDITABLE.has(server.status);
  if (!progress.updated) {
    if (!editable || server.version !== progress.version) return { kind: 'conflict' };
    return steps(['update']);
  }
  if (!editable) return steps(['done']);
  if (server.signature) return steps(['submit', 'done']);
  if (signatureTaken) return steps(['signature', 'submit', 'done']);
  return { kind: 'needs-signature' };
}

/**
 * The version a correction stands on: what an update already made, else the version the
 * recruiter began correcting from, else (a correction begun before the device noted it) the
 * version the page read.
 */
export function correctionBase(
  progress: CorrectionProgress | undefined,
  begunAt: number | undefined,
  read: number,
): number {
  return progress?.version ?? begunAt ?? read;
}

/** Whether the recruiter took a signature to send: a name and date, and the drawing when drawn. */
export function signatureTaken(
  signature:
    | { kind: 'drawn'; imageDataUrl: string | null; signerName: string; signedOn: string }
    | { kind: 'paper'; signerName: string; signedOn: string }
    | null,
): boolean {
  if (!signature || signature.signerName.trim() === '' || signature.signedOn === '') return false;
  return signature.kind === 'paper' || Boolean(signature.imageDataUrl);
}
