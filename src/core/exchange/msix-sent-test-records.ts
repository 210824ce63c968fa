/**
 * The changes of tests/fixtures/msix/export-changes.csv, for the tests of what an export carried
 * (X8.2).
 */
import { msixFileRow } from './msix-file';
import { validMsixRecord } from './msix-test-records';

/** An insert with two enrollments (one withdrawn), an update and a delete. */
export function sentFixtureRows() {
  const a = validMsixRecord();
  a.enrollments.push({
    ...a.enrollments[0]!,
    enrollmentDate: '2026-11-16',
    schoolId: '063255004970',
    schoolOrProjectName: 'Natividad; Annex',
    gradeLevel: '09',
    withdrawalDate: null,
  });
  a.enrollments[0]!.withdrawalDate = '2026-11-13';
  const b = { ...validMsixRecord(), stateStudentId: '2234567890', firstName: 'Beto' };
  const c = validMsixRecord();
  return [
    msixFileRow({ childKey: 'child-a', action: 'insert', record: a, previous: null }),
    msixFileRow({ childKey: 'child-b', action: 'update', record: b, previous: c }),
    msixFileRow({ childKey: 'child-c', action: 'delete', record: null, previous: c }),
  ];
}
