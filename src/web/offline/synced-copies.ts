import { dropFromDevice, keepOnDevice, readFromDevice } from './device-store';

/**
 * What the server last answered for a page the recruiter works from offline (the contact
 * queue, a family contact), sealed on the device with when it was read
 * (docs/rules/interview-drafts.md ID8). Erased with every other record at sign-out and after
 * the keeping period (ID5, ID5.1): the store seals and drops them all alike.
 */
export interface SyncedCopy<T> {
  /** When the server gave this answer (ISO instant). */
  syncedAt: string;
  data: T;
}

/** Where a user's copy of one answer is kept on the device. */
export interface CopyShelf<T> {
  read(): Promise<SyncedCopy<T> | undefined>;
  keep(copy: SyncedCopy<T>): Promise<void>;
  drop(): Promise<void>;
}

/** The device's shelf for `key` (e.g. `referral:<id>`) of the user `userId`. */
export function deviceShelf<T>(userId: string, key: string): CopyShelf<T> {
  const name = `synced:${userId}:${key}`;
  return {
    read: () => readFromDevice<SyncedCopy<T>>(name),
    keep: (copy) => keepOnDevice(name, copy),
    drop: () => dropFromDevice(name),
  };
}
