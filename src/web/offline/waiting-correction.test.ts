import { describe, expect, it } from 'vitest';
import { correctionBase, correctionPlan, correctionStarted, signatureTaken } from './waiting-correction';

const returned = (version: number, signature: unknown = null) => ({ status: 'returned', version, signature });

describe('correctionPlan (ID7.4)', () => {
  it('a correction not yet sent updates the COE at the version the recruiter corrected', () => {
    expect(correctionPlan(correctionStarted('c1', 4), returned(4), false)).toEqual({
      kind: 'steps',
      steps: ['update'],
    });
  });

  it('a COE changed on the server since is a conflict, never overwritten', () => {
    expect(correctionPlan(correctionStarted('c1', 4), returned(5), true)).toEqual({ kind: 'conflict' });
    // someone else resubmitted it, or the reviewer approved it meanwhile
    for (const status of ['submitted', 'approved'])
      expect(correctionPlan(correctionStarted('c1', 4), { status, version: 4, signature: {} }, true)).toEqual(
        { kind: 'conflict' },
      );
  });

  it('after the update, a signature the server kept is not sent again', () => {
    const updated = { coeId: 'c1', version: 5, updated: true, submitted: false };
    expect(correctionPlan(updated, returned(5, { signerName: 'María' }), true)).toEqual({
      kind: 'steps',
      steps: ['submit', 'done'],
    });
  });

  it('a correction that changed what the parent signed sends the new signature taken', () => {
    const updated = { coeId: 'c1', version: 5, updated: true, submitted: false };
    expect(correctionPlan(updated, returned(5), true)).toEqual({
      kind: 'steps',
      steps: ['signature', 'submit', 'done'],
    });
  });

  it('without a new signature, the parent must sign again: nothing is submitted', () => {
    const updated = { coeId: 'c1', version: 5, updated: true, submitted: false };
    expect(correctionPlan(updated, returned(5), false)).toEqual({ kind: 'needs-signature' });
  });

  it('a COE an earlier try submitted (its answer lost) needs nothing more', () => {
    const updated = { coeId: 'c1', version: 5, updated: true, submitted: false };
    expect(correctionPlan(updated, { status: 'submitted', version: 7, signature: {} }, false)).toEqual({
      kind: 'steps',
      steps: ['done'],
    });
    expect(correctionPlan({ ...updated, submitted: true }, returned(9), false)).toEqual({
      kind: 'steps',
      steps: ['done'],
    });
  });

  it('the signature step bumping the version is not taken for a change by someone else', () => {
    const updated = { coeId: 'c1', version: 5, updated: true, submitted: false };
    expect(correctionPlan(updated, returned(6, { signerName: 'María' }), false)).toEqual({
      kind: 'steps',
      steps: ['submit', 'done'],
    });
  });
});

describe('correctionBase', () => {
  it('stands on what an update made, else where the correction began, else what the page read', () => {
    expect(correctionBase({ coeId: 'c1', version: 6, updated: true, submitted: false }, 4, 7)).toBe(6);
    expect(correctionBase(undefined, 4, 7)).toBe(4);
    expect(correctionBase(undefined, undefined, 7)).toBe(7);
  });
});

describe('signatureTaken', () => {
  it('needs a name and a date, and the drawing when drawn', () => {
    expect(signatureTaken(null)).toBe(false);
    expect(signatureTaken({ kind: 'paper', signerName: 'María', signedOn: '2026-12-05' })).toBe(true);
    expect(signatureTaken({ kind: 'paper', signerName: ' ', signedOn: '2026-12-05' })).toBe(false);
    expect(signatureTaken({ kind: 'paper', signerName: 'María', signedOn: '' })).toBe(false);
    expect(
      signatureTaken({ kind: 'drawn', imageDataUrl: null, signerName: 'María', signedOn: '2026-12-05' }),
    ).toBe(false);
    expect(
      signatureTaken({
        kind: 'drawn',
        imageDataUrl: 'data:image/png;base64,x',
        signerName: 'María',
        signedOn: '2026-12-05',
      }),
    ).toBe(true);
  });
});
