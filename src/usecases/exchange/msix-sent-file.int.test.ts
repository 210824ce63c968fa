import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { msixFileHeader } from '../../core/exchange/msix-file';
import { msixSentRecords } from '../../core/exchange/msix-sent';
import { sentFixtureRows } from '../../core/exchange/msix-sent-test-records';
import { csvText } from '../exports/csv-file';

const fixture = readFileSync(
  new URL('../../../tests/fixtures/msix/export-changes.csv', import.meta.url),
  'utf8',
);

describe('the MSIX export file fixture (X7.2, X8.2)', () => {
  it('is the file the export writes for its changes', () => {
    expect(csvText(msixFileHeader(), sentFixtureRows())).toBe(fixture);
  });

  it('reads back what the export carried: the insert and the update, not the delete', () => {
    const sent = msixSentRecords(fixture, '2026-11-20');
    expect(sent.map((record) => [record.childKey, record.enrollments.length])).toEqual([
      ['child-a', 2],
      ['child-b', 1],
    ]);
    expect(sent[0]!.enrollments[0]).toEqual({
      enrollmentDate: '2025-08-13',
      schoolId: '063255004963',
      withdrawalDate: '2026-11-13',
    });
  });
});
