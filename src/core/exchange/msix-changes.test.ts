import { describe, expect, it } from 'vitest';
import { canonicalMsixRecord, msixChanges } from './msix-changes';
import type { MsixChildRecord } from './msix-record';
import { validMsixRecord } from './msix-test-records';

function child(stateStudentId: string, change: Partial<MsixChildRecord> = {}): MsixChildRecord {
  return { ...validMsixRecord(), stateStudentId, ...change };
}

describe('change detection (X5)', () => {
  const unchanged = child('100');
  const before = new Map([
    ['c-unchanged', unchanged],
    ['c-moved-grade', child('200')],
    ['c-gone', child('300')],
  ]);
  const now = new Map([
    ['c-unchanged', structuredClone(unchanged)],
    [
      'c-moved-grade',
      child('200', { enrollments: [{ ...validMsixRecord().enrollments[0]!, gradeLevel: '09' }] }),
    ],
    ['c-new', child('400')],
  ]);

  it('sends inserts, updates and deletes, and not an unchanged child', () => {
    const changes = msixChanges(before, now);
    expect(changes.map((c) => [c.childKey, c.action])).toEqual([
      ['c-gone', 'delete'],
      ['c-moved-grade', 'update'],
      ['c-new', 'insert'],
    ]);
  });

  it('gives a delete the last record sent, an update both records, an insert no previous one', () => {
    const [gone, moved, added] = msixChanges(before, now);
    expect(gone).toMatchObject({ record: null, previous: before.get('c-gone') });
    expect(moved!.record!.enrollments[0]!.gradeLevel).toBe('09');
    expect(moved!.previous!.enrollments[0]!.gradeLevel).toBe('08');
    expect(added).toMatchObject({ record: now.get('c-new'), previous: null });
  });

  it("sends an update when a parent's name changed (X7.4)", () => {
    const sent = child('500');
    const renamed = { ...sent, parents: { ...sent.parents, femaleLastName: 'López Vega' } };
    const changes = msixChanges(new Map([['c', sent]]), new Map([['c', renamed]]));
    expect(changes.map((c) => [c.action, c.record?.parents.femaleLastName])).toEqual([
      ['update', 'López Vega'],
    ]);
  });

  it('sends nothing when nothing changed, and everything the first time', () => {
    expect(msixChanges(before, before)).toEqual([]);
    expect(msixChanges(new Map(), now).map((c) => c.action)).toEqual(['insert', 'insert', 'insert']);
    expect(msixChanges(before, new Map()).map((c) => c.action)).toEqual(['delete', 'delete', 'delete']);
  });

  it('is the same whatever order the maps were filled in', () => {
    const reversed = new Map([...now].reverse());
    expect(msixChanges(new Map([...before].reverse()), reversed)).toEqual(msixChanges(before, now));
  });

  it('takes a record built with its keys in another order, or null for absent, as unchanged', () => {
    const record = validMsixRecord();
    const reordered = Object.fromEntries(Object.entries(record).reverse()) as unknown as MsixChildRecord;
    const withNull = { ...record, suffix: undefined, birthCountry: null };
    expect(canonicalMsixRecord(reordered)).toBe(canonicalMsixRecord(record));
    expect(msixChanges(new Map([['c', record]]), new Map([['c', withNull]]))).toEqual([]);
  });

  it('takes a reordering of enrollments as a change', () => {
    const record = validMsixRecord();
    const second = { ...record.enrollments[0]!, enrollmentDate: '2026-01-05' };
    const a = { ...record, enrollments: [record.enrollments[0]!, second] };
    const b = { ...record, enrollments: [second, record.enrollments[0]!] };
    expect(msixChanges(new Map([['c', a]]), new Map([['c', b]])).map((c) => c.action)).toEqual(['update']);
  });
});
