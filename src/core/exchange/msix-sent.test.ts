import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { msixFileHeader } from './msix-file';
import { sentFixtureRows } from './msix-sent-test-records';
import { msixSentRecords } from './msix-sent';

/** The file as the export writes it (X7.2): a byte-order mark, CRLF lines. */
function csvText(header: string[], rows: string[][]): string {
  return `\uFEFF${Papa.unparse({ fields: header, data: rows }, { newline: '\r\n' })}\r\n`;
}

describe('what an export carried (X8.2)', () => {
  it('reads back each insert and update with its enrollments and QADs, and no delete', () => {
    const sent = msixSentRecords(csvText(msixFileHeader(), sentFixtureRows()), '2026-11-20');
    expect(sent.map((record) => record.childKey)).toEqual(['child-a', 'child-b']);
    expect(sent[0]).toEqual({
      exportDay: '2026-11-20',
      childKey: 'child-a',
      enrollments: [
        { enrollmentDate: '2025-08-13', schoolId: '063255004963', withdrawalDate: '2026-11-13' },
        { enrollmentDate: '2026-11-16', schoolId: '063255004970', withdrawalDate: null },
      ],
      qualifyingArrivalDates: ['2025-05-26'],
    });
    expect(sent[1]!.enrollments).toEqual([
      { enrollmentDate: '2025-08-13', schoolId: '063255004963', withdrawalDate: null },
    ]);
  });

  it('reads an empty export as nothing sent', () => {
    expect(msixSentRecords(csvText(msixFileHeader(), []), '2026-11-20')).toEqual([]);
  });
});
