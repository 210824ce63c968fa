import { useQuery } from '@tanstack/react-query';
import { useSession } from '../app/session';
import { listWaitingCoes } from './waiting-coes';

/**
 * The user's COEs waiting on this device (ID7), read from the device (without a network too).
 * Whatever changes what waits invalidates `['waiting-coes']`, which reads them again.
 */
export function useWaitingCoes({ enabled = true }: { enabled?: boolean } = {}) {
  const { me } = useSession();
  return useQuery({
    queryKey: ['waiting-coes', me.id],
    queryFn: () => listWaitingCoes(me.id),
    enabled,
    staleTime: 0,
    networkMode: 'always',
  });
}
