import { ApiError } from '../app/api';
import { failureKind } from './waiting-coe-sending';
import type { CopyShelf } from './synced-copies';

/** What a page shows: the server's answer now (`syncedAt` null), or the copy last synced when it was read. */
export interface Reading<T> {
  data: T;
  /** When the copy shown was read from the server; null when it is the server's answer now. */
  syncedAt: string | null;
}

/**
 * ID8: read from the server and keep a sealed copy of the answer; without a network (the
 * request got no answer, or a gateway answered for the server), show the copy last kept
 * instead. The server saying no is not a missing network: a record it no longer shows this
 * user (403, 404: reassigned, out of scope) has its copy dropped, and the refusal stands.
 * Without a network and without a copy, the failure stands too.
 */
export async function readOrLastSynced<T>(
  fetchFresh: () => Promise<T>,
  shelf: CopyShelf<T> | null,
  now: () => Date = () => new Date(),
): Promise<Reading<T>> {
  try {
    const data = await fetchFresh();
    // a copy not kept (storage full, private window) only means no copy offline
    await shelf?.keep({ syncedAt: now().toISOString(), data }).catch(() => undefined);
    return { data, syncedAt: null };
  } catch (error) {
    if (shelf && failureKind(error) === 'network') {
      const copy = await shelf.read().catch(() => undefined);
      if (copy) return copy;
    }
    if (shelf) await dropIfRefused(error, shelf);
    throw error;
  }
}

/**
 * ID8.2: the server refusing a record (403, 404) drops its copy, and a copy kept with it (a
 * task's move notice with its referral) goes with it, though the page of that copy is not read.
 */
export async function dropIfRefused(error: unknown, shelf: Pick<CopyShelf<unknown>, 'drop'>): Promise<void> {
  if (error instanceof ApiError && (error.status === 403 || error.status === 404))
    await shelf.drop().catch(() => undefined);
}
