import { DomainError } from './domain-error';

/**
 * How long a recruiter's device keeps what it holds of children's records (ID5.1): interview
 * drafts and COEs waiting for the network are erased once they have not been saved for this
 * many days, as well as at sign-out. A state setting.
 */
export interface DeviceKeeping {
  days: number;
}

/** California's default (design choice): two weeks covers a stretch of field work without signal. */
export const CALIFORNIA_DEVICE_KEEPING: DeviceKeeping = { days: 14 };

/** The longest a state may let a device keep children's records (design choice: one quarter). */
export const MAX_DEVICE_KEEPING_DAYS = 90;

/** ID5.1: a keeping period is a whole number of days from 1 to 90; anything else names `days`. */
export function parseDeviceKeeping(input: unknown): DeviceKeeping {
  const days = (input as { days?: unknown } | null)?.days;
  if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > MAX_DEVICE_KEEPING_DAYS)
    throw DomainError.invalidField('days', 'must be a whole number of days from 1 to 90');
  return { days };
}

const DAY_MS = 86_400_000;

/** ID5.1: the moment (ms since the epoch) before which a record kept on the device is erased. */
export function eraseKeptBefore(now: number, keeping: DeviceKeeping): number {
  return now - keeping.days * DAY_MS;
}
