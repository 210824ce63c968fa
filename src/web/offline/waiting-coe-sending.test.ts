import { describe, expect, it } from 'vitest';
import { ApiError } from '../app/api';
import { NOTHING_SENT, failureKind, sendingOrder, stepsLeft } from './waiting-coe-sending';

describe('failureKind', () => {
  it('a request that got no answer is the network', () => {
    expect(failureKind(new TypeError('Failed to fetch'))).toBe('network');
    expect(failureKind(new Error('NetworkError when attempting to fetch resource.'))).toBe('network');
  });
  it('a gateway answering for an unreachable server is the network', () => {
    for (const status of [502, 503, 504])
      expect(failureKind(new ApiError(status, 'x', 'down'))).toBe('network');
  });
  it('a 4xx is a refusal of this COE: no retry', () => {
    expect(failureKind(new ApiError(400, 'validation', 'bad', [{ field: 'x', message: 'y' }]))).toBe(
      'refused',
    );
    expect(failureKind(new ApiError(403, 'forbidden', 'no'))).toBe('refused');
    expect(failureKind(new ApiError(409, 'conflict', 'stale'))).toBe('refused');
    expect(failureKind(new ApiError(422, 'x', 'no'))).toBe('refused');
  });
  it('an answer that may change on its own is tried again later', () => {
    expect(failureKind(new ApiError(500, 'error', 'oops'))).toBe('later');
    expect(failureKind(new ApiError(401, 'unauthenticated', 'sign in'))).toBe('later');
    expect(failureKind(new ApiError(408, 'timeout', 'slow'))).toBe('later');
    expect(failureKind(new ApiError(429, 'rate', 'slow down'))).toBe('later');
  });
});

describe('stepsLeft', () => {
  it('a COE never sent takes every step', () => {
    expect(stepsLeft(NOTHING_SENT, null)).toEqual(['family', 'coe', 'signature', 'submit', 'done']);
  });
  it('a family created before is not created again', () => {
    expect(stepsLeft({ ...NOTHING_SENT, familyId: 'f1' }, null)).toEqual([
      'coe',
      'signature',
      'submit',
      'done',
    ]);
  });
  it('a COE created before is continued, never made a second time', () => {
    const progress = { familyId: 'f1', coeId: 'c1', submitted: false };
    expect(stepsLeft(progress, null)).toEqual(['signature', 'submit', 'done']);
    expect(stepsLeft(progress, { status: 'draft', signature: null })).toEqual([
      'signature',
      'submit',
      'done',
    ]);
  });
  it('a signature the server already holds is not sent again', () => {
    const progress = { familyId: 'f1', coeId: 'c1', submitted: false };
    expect(stepsLeft(progress, { status: 'draft', signature: { signerName: 'María' } })).toEqual([
      'submit',
      'done',
    ]);
  });
  it('a COE the server has past its draft needs nothing more', () => {
    const progress = { familyId: 'f1', coeId: 'c1', submitted: false };
    for (const status of ['submitted', 'returned', 'approved'])
      expect(stepsLeft(progress, { status, signature: {} })).toEqual(['done']);
    expect(stepsLeft({ ...progress, submitted: true }, null)).toEqual(['done']);
  });
});

describe('sendingOrder', () => {
  it('sends in the order submitted and leaves the refused ones to the recruiter', () => {
    const a = { id: 'a', keptAt: '2026-12-05T10:00:00.000Z', refusal: null };
    const b = { id: 'b', keptAt: '2026-12-05T09:00:00.000Z', refusal: null };
    const c = { id: 'c', keptAt: '2026-12-05T08:00:00.000Z', refusal: { message: 'no' } };
    expect(sendingOrder([a, b, c]).map((coe) => coe.id)).toEqual(['b', 'a']);
    expect(sendingOrder([])).toEqual([]);
  });
});
