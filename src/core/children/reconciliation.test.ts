import { describe, expect, it } from 'vitest';
import {
  assertMayChangeMatchThreshold,
  assertMayReconcile,
  assertMergeAllowed,
  assessPair,
  identifierConflicts,
  identifiersToCarry,
  mayChangeMatchThreshold,
  mayReconcile,
  pairKey,
  parseChildMatchSetting,
  proposeMatches,
  type ReconcilableChild,
} from './reconciliation';

let next = 0;
function child(overrides: Partial<ReconcilableChild> = {}): ReconcilableChild {
  next += 1;
  return {
    id: `c${String(next).padStart(3, '0')}`,
    regionId: 'r1',
    studentNumber: `CA${String(next).padStart(9, '0')}`,
    statewideStudentId: null,
    msixId: null,
    historyStudentId: null,
    firstName: 'Lucía',
    lastSurname: 'Pérez',
    secondSurname: 'Ávila',
    birthDate: '2015-03-04',
    ...overrides,
  };
}

describe('IR5.2 proposals', () => {
  it('proposes the same SSID as certain, whatever the names', () => {
    const a = child({ statewideStudentId: '1234567890' });
    const b = child({ statewideStudentId: '1234567890', firstName: 'Otro', birthDate: '2001-01-01' });
    const proposal = assessPair(a, b);
    expect(proposal).toMatchObject({ certain: true, score: 100, reasons: ['same-ssid'], conflicts: [] });
  });

  it('proposes the same MSIX ID, and a history number equal to a student number, as certain', () => {
    const a = child({ msixId: '123456789012', firstName: 'Ana', birthDate: '2010-01-01' });
    const b = child({ msixId: '123456789012', firstName: 'Berta', birthDate: '2011-01-01' });
    expect(assessPair(a, b)?.reasons).toEqual(['same-msix-id']);
    const c = child({ firstName: 'Carla', birthDate: '2012-01-01' });
    const d = child({ historyStudentId: c.studentNumber, firstName: 'Dora', birthDate: '2013-01-01' });
    expect(assessPair(c, d)).toMatchObject({ certain: true, reasons: ['same-student-number'] });
  });

  it('proposes a likely match above the threshold only, with its reasons', () => {
    const a = child();
    const b = child({ firstName: 'LUCIA', lastSurname: 'Perez Avila', secondSurname: null });
    const proposal = assessPair(a, b);
    expect(proposal?.certain).toBe(false);
    expect(proposal?.reasons).toContain('same-birth-date');
    expect(proposal?.reasons).toContain('double-surname-split-differently');
    expect(assessPair(a, b, 99)).toBeNull();
    const swapped = child({ firstName: 'Lucía María', birthDate: '2015-04-03' });
    // 25 (swapped) + 20 (partly) + 30 = 75: above 70, below 80.
    expect(assessPair(a, swapped, 70)?.score).toBe(75);
    expect(assessPair(a, swapped, 80)).toBeNull();
  });

  it('names the pair the same whichever child comes first, and says when it crosses regions', () => {
    const a = child();
    const b = child({ regionId: 'r2' });
    const ab = assessPair(a, b);
    const ba = assessPair(b, a);
    expect(ab).toEqual(ba);
    expect(ab).toMatchObject({ firstId: a.id, secondId: b.id, crossRegion: true });
  });

  it('lists every pair once, certain first then by score, and leaves out a dismissed pair', () => {
    const a = child();
    const b = child({ firstName: 'Lucía María' });
    const c = child({ firstName: 'Lucía' });
    const d = child({ statewideStudentId: '5555555555', firstName: 'Zoe', birthDate: '2009-09-09' });
    const e = child({ statewideStudentId: '5555555555', firstName: 'Yara', birthDate: '2008-08-08' });
    const other = child({ firstName: 'Marta' });
    const proposals = proposeMatches([a, b, c, d, e, other]);
    expect(proposals.map((p) => pairKey(p.firstId, p.secondId))).toEqual([
      pairKey(d.id, e.id),
      pairKey(a.id, c.id),
      pairKey(a.id, b.id),
      pairKey(b.id, c.id),
    ]);
    const without = proposeMatches([a, b, c, d, e, other], { dismissed: new Set([pairKey(c.id, a.id)]) });
    expect(without.map((p) => pairKey(p.firstId, p.secondId))).not.toContain(pairKey(a.id, c.id));
    expect(without).toHaveLength(3);
  });

  it('compares children born with day and month swapped', () => {
    const a = child({ birthDate: '2015-03-04' });
    const b = child({ birthDate: '2015-04-03' });
    expect(proposeMatches([a, b], { threshold: 50 })).toHaveLength(1);
  });

  it('finds first names that share any word as written differently, and pairs each pair once', () => {
    const a = child({ firstName: 'José Ángel', birthDate: '2015-03-04' });
    const b = child({ firstName: 'ANGEL', birthDate: '2015-04-03' });
    const c = child({ firstName: 'Ángel José', birthDate: '2015-03-04' }); // the same words, another order
    const proposals = proposeMatches([a, b, c], { threshold: 70 });
    expect(proposals.map((p) => pairKey(p.firstId, p.secondId)).sort()).toEqual(
      [pairKey(a.id, b.id), pairKey(a.id, c.id), pairKey(b.id, c.id)].sort(),
    );
    expect(proposals.find((p) => p.secondId === b.id)?.reasons).toContain('first-name-partly-same');
  });
});

describe('IR5.3 conflicting identifiers', () => {
  it('lists the identifiers both hold with different values, not one held by one child only', () => {
    const a = child({ statewideStudentId: '1111111111', msixId: '111111111111' });
    const b = child({ statewideStudentId: '2222222222', msixId: null, historyStudentId: 'H1' });
    expect(identifierConflicts(a, b)).toEqual(['statewideStudentId']);
    expect(assessPair(a, b)?.conflicts).toEqual(['statewideStudentId']);
  });

  it('blocks the merge unless a person gives a reason', () => {
    expect(() => assertMergeAllowed(['statewideStudentId'], null)).toThrow(/overrideReason/);
    expect(() => assertMergeAllowed(['statewideStudentId'], '   ')).toThrow(/different identifiers/);
    expect(() => assertMergeAllowed(['statewideStudentId'], 'CALPADS gave two SSIDs')).not.toThrow();
    expect(() => assertMergeAllowed([], null)).not.toThrow();
  });
});

describe('IR5.5 identifiers carried by a merge', () => {
  it('gives the kept child the identifiers it lacks and leaves those it holds', () => {
    const kept = child({ statewideStudentId: '1111111111' });
    const merged = child({
      statewideStudentId: '2222222222',
      msixId: '123456789012',
      historyStudentId: 'H9',
    });
    expect(identifiersToCarry(kept, merged)).toEqual({ msixId: '123456789012', historyStudentId: 'H9' });
  });
});

describe('IR5.7 who reconciles', () => {
  const actor = (role: 'data_specialist' | 'state_admin' | 'recruiter', regionId: string | null = 'r1') => ({
    userId: 'u',
    role,
    regionId,
    districtId: null,
    assignedRegionIds: [],
    label: 'x',
  });
  it('lets a data specialist reconcile children of their region, and only the state administrator across regions', () => {
    expect(() => assertMayReconcile(actor('data_specialist'), ['r1', 'r1'])).not.toThrow();
    expect(() => assertMayReconcile(actor('data_specialist'), ['r2', 'r2'])).toThrow(/not allow/);
    expect(() => assertMayReconcile(actor('data_specialist'), ['r1', 'r2'])).toThrow(/state administrator/);
    expect(() => assertMayReconcile(actor('state_admin', null), ['r1', 'r2'])).not.toThrow();
    expect(() => assertMayReconcile(actor('recruiter'), ['r1'])).toThrow(/not allow/);
  });
  it('answers the same question without raising, for the pages to offer the action', () => {
    expect(mayReconcile(actor('data_specialist'), ['r1'])).toBe(true);
    expect(mayReconcile(actor('data_specialist'), ['r1', 'r2'])).toBe(false);
    expect(mayReconcile(actor('recruiter'), ['r1'])).toBe(false);
    expect(mayChangeMatchThreshold(actor('state_admin'))).toBe(true);
    expect(mayChangeMatchThreshold(actor('data_specialist'))).toBe(false);
  });
});

describe('IR5.2 the threshold setting', () => {
  it('takes a whole score from 1 to 100, naming the threshold otherwise', () => {
    expect(parseChildMatchSetting({ threshold: 1 })).toEqual({ threshold: 1 });
    expect(parseChildMatchSetting({ threshold: 100 })).toEqual({ threshold: 100 });
    for (const threshold of [0, 101, 70.5, '70', null])
      expect(() => parseChildMatchSetting({ threshold })).toThrow(
        /^threshold: must be a whole number from 1 to 100$/,
      );
    expect(() => parseChildMatchSetting(null)).toThrow(/threshold/);
  });
  it('is changed by the state administrator only', () => {
    const actor = (role: 'data_specialist' | 'state_admin') => ({
      userId: 'u',
      role,
      regionId: role === 'state_admin' ? null : 'r1',
      districtId: null,
      assignedRegionIds: [],
      label: 'x',
    });
    expect(() => assertMayChangeMatchThreshold(actor('state_admin'))).not.toThrow();
    expect(() => assertMayChangeMatchThreshold(actor('data_specialist'))).toThrow(/not allow/);
  });
});
