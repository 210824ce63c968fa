import { describe, expect, it } from 'vitest';
import { ApiError } from '../app/api';
import type { CopyShelf, SyncedCopy } from './synced-copies';
import { dropIfRefused, readOrLastSynced } from './synced-reading';

/** A shelf in memory, as the device keeps it. */
function shelf<T>(kept?: SyncedCopy<T>) {
  const state = { kept, dropped: false };
  const it: CopyShelf<T> = {
    read: () => Promise.resolve(state.kept),
    keep: (copy) => {
      state.kept = copy;
      return Promise.resolve();
    },
    drop: () => {
      state.kept = undefined;
      state.dropped = true;
      return Promise.resolve();
    },
  };
  return { shelf: it, state };
}

const NOW = () => new Date('2026-12-05T18:30:00.000Z');
const yesterday: SyncedCopy<string[]> = { syncedAt: '2026-12-04T16:00:00.000Z', data: ['García'] };

describe('readOrLastSynced (ID8)', () => {
  it("shows the server's answer and keeps a copy of it, with when it was read", async () => {
    const { shelf: kept, state } = shelf(yesterday);
    await expect(readOrLastSynced(() => Promise.resolve(['García', 'López']), kept, NOW)).resolves.toEqual({
      data: ['García', 'López'],
      syncedAt: null,
    });
    expect(state.kept).toEqual({ syncedAt: '2026-12-05T18:30:00.000Z', data: ['García', 'López'] });
  });

  it('without a network, shows the copy last synced and says when', async () => {
    const { shelf: kept } = shelf(yesterday);
    await expect(
      readOrLastSynced(() => Promise.reject(new TypeError('Failed to fetch')), kept, NOW),
    ).resolves.toEqual(yesterday);
    // a gateway answering for a server it cannot reach is no network either
    await expect(
      readOrLastSynced(() => Promise.reject(new ApiError(504, 'x', 'timeout')), kept, NOW),
    ).resolves.toEqual(yesterday);
  });

  it('without a network and without a copy, the failure stands', async () => {
    const { shelf: empty } = shelf<string[]>();
    const failure = new TypeError('Failed to fetch');
    await expect(readOrLastSynced(() => Promise.reject(failure), empty, NOW)).rejects.toBe(failure);
  });

  it('the server saying no is not a missing network: the copy is not shown', async () => {
    const { shelf: kept, state } = shelf(yesterday);
    const refusal = new ApiError(400, 'validation', 'bad');
    await expect(readOrLastSynced(() => Promise.reject(refusal), kept, NOW)).rejects.toBe(refusal);
    expect(state.kept).toEqual(yesterday);
  });

  it('a record the server no longer shows this user (reassigned, out of scope) has its copy dropped', async () => {
    for (const status of [403, 404]) {
      const { shelf: kept, state } = shelf(yesterday);
      await expect(
        readOrLastSynced(() => Promise.reject(new ApiError(status, 'x', 'no')), kept, NOW),
      ).rejects.toBeInstanceOf(ApiError);
      expect(state.dropped).toBe(true);
      expect(state.kept).toBeUndefined();
    }
  });

  it('a page that keeps no copy is an ordinary read', async () => {
    const failure = new TypeError('Failed to fetch');
    await expect(readOrLastSynced(() => Promise.reject(failure), null, NOW)).rejects.toBe(failure);
    await expect(readOrLastSynced(() => Promise.resolve(1), null, NOW)).resolves.toEqual({
      data: 1,
      syncedAt: null,
    });
  });

  it('a copy that cannot be kept (storage full) still shows the answer', async () => {
    const full: CopyShelf<number> = {
      read: () => Promise.resolve(undefined),
      keep: () => Promise.reject(new Error('QuotaExceededError')),
      drop: () => Promise.resolve(),
    };
    await expect(readOrLastSynced(() => Promise.resolve(7), full, NOW)).resolves.toEqual({
      data: 7,
      syncedAt: null,
    });
  });
});

describe('dropIfRefused (ID8.2, a copy kept with a record)', () => {
  it('drops the copy when the server refuses the record it was kept with (reassigned, out of scope)', async () => {
    for (const status of [403, 404]) {
      const { shelf: kept, state } = shelf(yesterday);
      await dropIfRefused(new ApiError(status, 'x', 'no'), kept);
      expect(state.dropped).toBe(true);
    }
  });

  it('keeps the copy without a network, or when the server fails otherwise', async () => {
    for (const failure of [
      new TypeError('Failed to fetch'),
      new ApiError(504, 'x', 'timeout'),
      new ApiError(500, 'x', 'boom'),
      new ApiError(409, 'conflict', 'changed'),
    ]) {
      const { shelf: kept, state } = shelf(yesterday);
      await dropIfRefused(failure, kept);
      expect(state.kept).toEqual(yesterday);
    }
  });
});
