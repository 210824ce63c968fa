import { beforeEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError } from '../../app/api';
import { correctionStarted } from '../../offline/waiting-correction';
import { emptyDraft } from './interview-draft';
import { CorrectionStopped, sendCorrection, type WaitingCorrection } from './send-correction';

vi.mock('../../app/api', async (original) => ({ ...(await original()), api: vi.fn() }));
const calls = vi.mocked(api);

const waiting = (over: Partial<WaitingCorrection> = {}): WaitingCorrection => ({
  draftId: 'draft-1',
  userId: 'user-1',
  regionId: 'region-1',
  label: 'García',
  draft: emptyDraft('2026-11-20'),
  details: { residencyDate: '2026-11-02', qualifyingWork: 'Picking grapes', comments: 'Asked again' },
  signature: { kind: 'paper', signerName: '', signedOn: '' },
  progress: { familyId: 'family-1', coeId: 'coe-1', submitted: false },
  correction: correctionStarted('coe-1', 4),
  keptAt: '2026-12-05T10:00:00.000Z',
  refusal: null,
  ...over,
});

/** The server's COE: returned at `version`, signed or not; the update answers one version on. */
function server(version: number, { signed = true, clearsSignature = false } = {}) {
  calls.mockImplementation(async (method, path) => {
    if (method === 'GET')
      return {
        id: 'coe-1',
        familyId: 'family-1',
        status: 'returned',
        version,
        signature: signed ? {} : null,
      };
    if (method === 'PUT')
      return {
        id: 'coe-1',
        familyId: 'family-1',
        status: 'returned',
        version: version + 1,
        signature: signed && !clearsSignature ? {} : null,
      };
    return String(path).endsWith('/submit') ? { status: 'submitted' } : {};
  });
}
const sent = () => calls.mock.calls.map(([method, path]) => `${method} ${path}`);

describe('sending the correction of a returned COE (ID7.4)', () => {
  beforeEach(() => calls.mockReset());

  it('updates at the version corrected and submits, the signature kept standing', async () => {
    server(4);
    const progress: unknown[] = [];
    await expect(sendCorrection(waiting(), (p) => void progress.push(p))).resolves.toBe('coe-1');
    expect(sent()).toEqual(['GET /api/coes/coe-1', 'PUT /api/coes/coe-1', 'POST /api/coes/coe-1/submit']);
    expect(calls.mock.calls[1]![2]).toMatchObject({
      version: 4,
      familyId: 'family-1',
      comments: 'Asked again',
    });
    expect(progress).toEqual([
      { coeId: 'coe-1', version: 5, updated: true, submitted: false },
      { coeId: 'coe-1', version: 5, updated: true, submitted: true },
    ]);
  });

  it('sends the new signature when the update removed the old one', async () => {
    server(4, { clearsSignature: true });
    await sendCorrection(
      waiting({ signature: { kind: 'paper', signerName: 'Rosa Paz', signedOn: '2026-12-05' } }),
    );
    expect(sent()).toEqual([
      'GET /api/coes/coe-1',
      'PUT /api/coes/coe-1',
      'POST /api/coes/coe-1/signature',
      'POST /api/coes/coe-1/submit',
    ]);
  });

  it('stops for the parent to sign again when no new signature was taken: nothing submitted', async () => {
    server(4, { clearsSignature: true });
    await expect(sendCorrection(waiting())).rejects.toMatchObject({ reason: 'signature' });
    expect(sent()).not.toContain('POST /api/coes/coe-1/submit');
  });

  it('a COE changed on the server since is a conflict: nothing is sent', async () => {
    server(6);
    const stopped = await sendCorrection(waiting()).catch((error: unknown) => error);
    expect(stopped).toBeInstanceOf(CorrectionStopped);
    expect(stopped).toMatchObject({ reason: 'conflict', server: { version: 6 } });
    expect(sent()).toEqual(['GET /api/coes/coe-1']);
  });

  it('a 409 on the update (changed between the read and the update) is a conflict too', async () => {
    calls.mockImplementation(async (method) => {
      if (method === 'PUT') throw new ApiError(409, 'conflict', 'changed');
      return { id: 'coe-1', familyId: 'family-1', status: 'returned', version: 4, signature: {} };
    });
    await expect(sendCorrection(waiting())).rejects.toMatchObject({ reason: 'conflict' });
  });

  it('continues a try whose update reached the server, without updating twice', async () => {
    server(5);
    await sendCorrection(
      waiting({ correction: { coeId: 'coe-1', version: 5, updated: true, submitted: false } }),
    );
    expect(sent()).toEqual(['GET /api/coes/coe-1', 'POST /api/coes/coe-1/submit']);
  });

  it('a refusal other than a conflict stands as the server said it', async () => {
    calls.mockImplementation(async (method) => {
      if (method === 'PUT') throw new ApiError(400, 'validation', 'residencyDate: bad');
      return { id: 'coe-1', familyId: 'family-1', status: 'returned', version: 4, signature: {} };
    });
    await expect(sendCorrection(waiting())).rejects.toBeInstanceOf(ApiError);
  });
});
