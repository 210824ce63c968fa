import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useSession } from '../app/session';
import { useWaitingCoes } from './use-waiting-coes';
import { sendingOrder } from './waiting-coe-sending';

/** Look again this often whether the network is back (rather than count on the 'online' event alone). */
const LOOK_EVERY_MS = 5_000;

/**
 * Sends the recruiter's waiting COEs (docs/rules/interview-drafts.md ID7.1) whenever the
 * network returns: on the browser's 'online' event and on a look every few seconds, wherever
 * the recruiter is in the app. It looks only while a COE waits to be sent (the device is read
 * when what waits changes, not on every look), and the sending code is fetched only then.
 */
export function useSendWaitingCoes(): void {
  const { me, can } = useSession();
  const client = useQueryClient();
  const enabled = can('coe.prepare');
  const waiting = useWaitingCoes({ enabled });
  const anyToSend = sendingOrder(waiting.data ?? []).length > 0;
  useEffect(() => {
    if (!enabled || !anyToSend) return;
    let live = true;
    const look = async () => {
      if (!navigator.onLine) return;
      const { sendWaitingCoes } = await import('../pages/interview/send-waiting-coes');
      if (!(await sendWaitingCoes(me.id)) || !live) return;
      await client.invalidateQueries({ queryKey: ['waiting-coes'] });
      await client.invalidateQueries({ queryKey: ['kept-interviews'] });
      await client.invalidateQueries({ queryKey: ['interview-drafts'] });
      await client.invalidateQueries({ queryKey: ['coes'] });
      // the COEs sent, or met changed on the server, as the server has them now
      await client.invalidateQueries({ queryKey: ['coe'] });
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
  }, [enabled, anyToSend, me.id, client]);
}
