import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import {
  CALIFORNIA_DEVICE_KEEPING,
  eraseKeptBefore,
  type DeviceKeeping,
} from '../../core/common/device-keeping';
import { api } from '../app/api';
import { useSession } from '../app/session';
import { dropOlderThan } from './device-store';

/** Where the period last read is remembered (a number of days, nothing about a child), for days without a network. */
const LAST_PERIOD = 'ciclo-device-keeping-days';
const LOOK_EVERY_MS = 60 * 60_000;

function lastKnownPeriod(): DeviceKeeping {
  const days = Number(localStorage.getItem(LAST_PERIOD));
  return Number.isInteger(days) && days > 0 ? { days } : CALIFORNIA_DEVICE_KEEPING;
}

/**
 * Erases what this device keeps of children's records (drafts, waiting COEs) once it has not
 * been saved for the state's keeping period (ID5.1): when the app opens and every hour after,
 * with the period last read from the server when there is no network.
 */
export function useEraseExpiredDeviceRecords(): void {
  const { can } = useSession();
  const enabled = can('eligibility.determine');
  const period = useQuery({
    queryKey: ['device-keeping'],
    queryFn: () => api<DeviceKeeping>('GET', '/api/eligibility/device-keeping'),
    enabled,
    staleTime: LOOK_EVERY_MS,
    retry: false,
  });
  const days = period.data?.days;
  useEffect(() => {
    if (!enabled) return;
    if (days !== undefined) localStorage.setItem(LAST_PERIOD, String(days));
    const erase = () =>
      void dropOlderThan(eraseKeptBefore(Date.now(), lastKnownPeriod())).catch(() => undefined);
    erase();
    const timer = window.setInterval(erase, LOOK_EVERY_MS);
    return () => window.clearInterval(timer);
  }, [enabled, days]);
}
