import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useSession } from '../app/session';
import { sendingOrder } from './waiting-coe-sending';
import { listWaitingCoes } from './waiting-coes';

/** Look again this often whether the network is back (rather than count on the 'online' event alone). */
const LOOK_EVERY_MS = 5_000;

/**
 * Sends the recruiter's waiting COEs (docs/rules/interview-drafts.md ID7.1) whenever the
 * network returns: on the browser's 'online' event and on a look every few seconds, wherever
 * the recruiter is in the app. The sending code is fetched only when there is a COE to send.
 */
export function useSendWaitingCoes(): void {
  const { me, can } = useSession();
  const client = useQueryClient();
  const enabled = can('coe.prepare');
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    const look = async () => {
      if (!navigator.onLine) return;
      if (sendingOrder(await listWaitingCoes(me.id)).length === 0) return;
      const { sendWaitingCoes } = await import('../pages/interview/send-waiting-coes');
      if (!(await sendWaitingCoes(me.id)) || !live) return;
      await client.invalidateQueries({ queryKey: ['waiting-coes'] });
      await client.invalidateQueries({ queryKey: ['kept-interviews'] });
      await client.invalidateQueries({ queryKey: ['interview-drafts'] });
      await client.invalidateQueries({ queryKey: ['coes'] });
    };
    const lookNow = () => void look().catch(() => undefined);
    lookNow();
    window.addEventListener('online', lookNow);
    const timer = window.setInterval(lookNow, LOOK_EVERY_MS);
    return () => {
      live = false;
      window.removeEventListener('online', lookNow);
      window.clearInterval(timer);
    };
  }, [enabled, me.id, client]);
}
