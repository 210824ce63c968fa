import { keepPreviousData, useQuery, type QueryKey } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api } from '../app/api';
import { useSession } from '../app/session';
import { deviceShelf } from './synced-copies';
import { dropIfRefused, readOrLastSynced, type Reading } from './synced-reading';

/**
 * A GET that a recruiter can still read offline (ID8): the server's answer, kept sealed on the
 * device when `keep` is set; without a network, the copy last kept, with `syncedAt` saying when
 * it was read ("as last synced on …"). Without `keep` it is an ordinary query. The query runs
 * without a network too (to find the copy), and a copy is looked at again as soon as the
 * network returns.
 */
export function useSyncedQuery<T>({
  queryKey,
  url,
  keep,
  enabled = true,
  keepPrevious = false,
  staleTime = 30_000,
}: {
  queryKey: QueryKey;
  url: string;
  keep: boolean;
  enabled?: boolean;
  /** Show the previous answer while the next loads (a list's pages). */
  keepPrevious?: boolean;
  /** How long the server's answer stays fresh (a copy from the device never does). */
  staleTime?: number;
}) {
  const { me } = useSession();
  const query = useQuery<Reading<T>>({
    queryKey: [...queryKey, 'synced'],
    queryFn: () => readOrLastSynced(() => api<T>('GET', url), keep ? deviceShelf<T>(me.id, url) : null),
    enabled,
    placeholderData: keepPrevious ? keepPreviousData : undefined,
    networkMode: 'always',
    // a copy from the device is out of date by nature: read again at the next chance
    staleTime: (current) => (current.state.data?.syncedAt ? 0 : staleTime),
    refetchInterval: (current) => (current.state.data?.syncedAt ? 10_000 : false),
  });
  return { ...query, data: query.data?.data, syncedAt: query.data?.syncedAt ?? null };
}

/**
 * ID8.2 for the copy of `url` kept with a record (a task's move notice with its referral): it
 * goes when the server refuses the record (`refusal`, the record's read error).
 */
export function useCopyDroppedWithRecord({
  url,
  refusal,
  keep,
}: {
  url: string;
  refusal: unknown;
  keep: boolean;
}): void {
  const { me } = useSession();
  useEffect(() => {
    if (keep && refusal) void dropIfRefused(refusal, deviceShelf(me.id, url));
  }, [keep, refusal, me.id, url]);
}

/**
 * Whether this user's pages keep copies on the device: a recruiter who contacts families and
 * takes interviews, whose device erases what it keeps after the keeping period (ID5.1).
 */
export function keepsCopies(can: (permission: string) => boolean): boolean {
  return can('referral.contact') && can('eligibility.determine');
}
