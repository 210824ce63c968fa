import type { InterviewDraft } from '../pages/interview/interview-draft';
import { dropFromDevice, keepOnDevice, readAllFromDevice, readFromDevice } from './device-store';

/**
 * An interview in progress as this device keeps it (docs/rules/interview-drafts.md ID1): what
 * was typed, where it came from, and how far the server has it.
 */
export interface KeptInterview {
  /** Made by the device that started it; the server keeps the draft under the same id. */
  id: string;
  userId: string;
  /** The region it is taken in; null for a user of no region (kept on the device only). */
  regionId: string | null;
  /** Whom the interview is with: the family name as typed, else the first worker's surnames. */
  label: string;
  /** When it was last changed (ISO instant). */
  updatedAt: string;
  /** The step the recruiter was on. */
  step: number;
  draft: InterviewDraft;
  /** The referral the interview was started from. */
  referralId: string | null;
  /** The returned COE whose interview is being corrected. */
  coeId: string | null;
  /** The version of that COE the correction began from (ID7.4); absent when not noted. */
  coeVersion?: number;
  /** The version the server last had; 0 before it was first sent. */
  serverVersion: number;
  /** Whether the latest change has not reached the server yet. */
  unsent: boolean;
}

const nameOf = (userId: string, id: string) => `interview:${userId}:${id}`;

export function keepInterview(kept: KeptInterview): Promise<void> {
  return keepOnDevice(nameOf(kept.userId, kept.id), kept);
}

export function readKeptInterview(userId: string, id: string): Promise<KeptInterview | undefined> {
  return readFromDevice<KeptInterview>(nameOf(userId, id));
}

/** The user's interviews kept on this device, the latest first. */
export async function listKeptInterviews(userId: string): Promise<KeptInterview[]> {
  const kept = await readAllFromDevice<KeptInterview>(`interview:${userId}:`);
  return kept.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

export function dropKeptInterview(userId: string, id: string): Promise<void> {
  return dropFromDevice(nameOf(userId, id));
}

/** Whom the interview is with, as the home page names it. */
export function labelOf(draft: InterviewDraft): string {
  const typed = draft.familyName.trim();
  if (typed) return typed;
  const worker = draft.workers[0];
  return worker
    ? [worker.lastSurname, worker.secondSurname]
        .map((part) => part.trim())
        .filter(Boolean)
        .join(' ')
    : '';
}
