import { describe, expect, it } from 'vitest';
import { completeMapping } from './assessment-types';

describe('completeMapping', () => {
  const full = {
    studentId: 'SSID',
    subject: { fixed: 'ELA' as const },
    schoolYear: { column: 'Year' },
    level: 'Level',
  };
  it('is the mapping when every field is chosen', () => {
    expect(completeMapping(full)).toEqual(full);
  });
  it.each(['studentId', 'subject', 'schoolYear', 'level'])('waits for %s', (field) => {
    expect(completeMapping({ ...full, [field]: undefined })).toBeNull();
  });
});
