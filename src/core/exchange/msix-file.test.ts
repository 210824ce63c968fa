import { describe, expect, it } from 'vitest';
import { MSIX_ELEMENTS } from './msix-elements';
import { msixFileHeader, msixFileRow } from './msix-file';
import { validMsixRecord } from './msix-test-records';

const column = (name: string) => msixFileHeader().indexOf(name);

describe('the export file (X7.2)', () => {
  it('names each element by its MSIX number and name after the action and the child key', () => {
    const header = msixFileHeader();
    expect(header.slice(0, 4)).toEqual([
      'Action',
      'Child Key',
      '1 MSIX Identification Number',
      '2 State Student Identifier',
    ]);
    expect(header).toHaveLength(2 + MSIX_ELEMENTS.length);
  });

  it('writes dates as YYYYMMDD and indicators as Yes or No, in the action of the change', () => {
    const record = validMsixRecord();
    const row = msixFileRow({ childKey: 'k1', action: 'insert', record, previous: null });
    expect(row[0]).toBe('I');
    expect(row[1]).toBe('k1');
    expect(row[column('10 Birth Date')]).toBe('20120314');
    expect(row[column('26 Eligibility Expiration Date')]).toBe('20280526');
    expect(row[column('43 English Learner (LEP) Indicator')]).toBe('Yes');
    expect(row[column('11 Multiple Birth Flag')]).toBe('No');
    expect(row[column('16 Male Parent First Name')]).toBe('José');
    expect(row[column('33 Facility Address 1')]).toBe('');
  });

  it('joins the values of several enrollments in the record’s order, and sends a delete with the last record sent', () => {
    const record = validMsixRecord();
    record.enrollments.push({ ...record.enrollments[0]!, gradeLevel: '09', enrollmentDate: '2026-08-12' });
    const row = msixFileRow({ childKey: 'k2', action: 'delete', record: null, previous: record });
    expect(row[0]).toBe('D');
    expect(row[column('42 Grade Level')]).toBe('08;09');
    expect(row[column('27 Enrollment Date')]).toBe('20250813;20260812');
  });
});
