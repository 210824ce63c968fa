import { beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '../../app/api';
import { submitInterviewAsCoe } from './coe-submission';
import { emptyDraft } from './interview-draft';

vi.mock('../../app/api', () => ({ api: vi.fn() }));
const calls = vi.mocked(api);

describe('submitting an interview as a COE', () => {
  beforeEach(() => {
    calls.mockReset();
    calls.mockImplementation(async (_method, path) =>
      path === '/api/families' ? { id: 'family-1' } : path === '/api/coes' ? { id: 'coe-1' } : {},
    );
  });
  const details = { residencyDate: '2026-11-02', qualifyingWork: 'Picking grapes', comments: '' };
  const signature = { kind: 'paper', signerName: 'Rosa Paz', signedOn: '2026-11-20' } as const;

  it('names the referral the interview was started from, so approving the COE closes it (IR1.1)', async () => {
    const coeId = await submitInterviewAsCoe(
      emptyDraft('2026-11-20'),
      'region-1',
      { ...details, referralId: 'ref-9' },
      signature,
    );
    expect(coeId).toBe('coe-1');
    expect(calls.mock.calls.map(([method, path]) => `${method} ${path}`)).toEqual([
      'POST /api/families',
      'POST /api/coes',
      'POST /api/coes/coe-1/signature',
      'POST /api/coes/coe-1/submit',
    ]);
    expect(calls.mock.calls[1]![2]).toMatchObject({
      familyId: 'family-1',
      referralId: 'ref-9',
      regionId: 'region-1',
    });
  });

  it('sends the draft’s key with the family and the COE, so a create repeated after a lost reply makes nothing twice (ID7.3)', async () => {
    await submitInterviewAsCoe(
      emptyDraft('2026-11-20'),
      'region-1',
      { ...details, submissionKey: 'draft-42' },
      signature,
    );
    expect(calls.mock.calls[0]![2]).toMatchObject({ submissionKey: 'draft-42:family' });
    expect(calls.mock.calls[1]![2]).toMatchObject({ submissionKey: 'draft-42:coe' });
  });

  it('sends no referral for an interview started without one, or kept waiting before it was named', async () => {
    await submitInterviewAsCoe(emptyDraft('2026-11-20'), 'region-1', details, signature);
    expect(calls.mock.calls[1]![2]).toMatchObject({ referralId: null });
  });
});
