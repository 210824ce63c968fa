import { describe, expect, it } from 'vitest';
import {
  MSIX_CODE_SETS,
  MSIX_ELEMENTS,
  RESIDENCY_ONLY_ENROLLMENT_TYPE,
  SCHOOL_ENROLLMENT_TYPES,
  isMsixCode,
  msixElement,
  msixYesNo,
} from './msix-elements';
import { validMsixRecord } from './msix-test-records';

describe('the MDE list (X0)', () => {
  it('numbers the elements 1 to 58 once each, in order', () => {
    expect(MSIX_ELEMENTS.map((e) => e.number)).toEqual(Array.from({ length: 58 }, (_, i) => i + 1));
  });

  it('holds the numbers read in the sources: 1–12, Sex 9 and IEP 44', () => {
    expect(msixElement(1).name).toBe('MSIX Identification Number');
    expect(msixElement(9)).toMatchObject({
      name: 'Sex',
      numberConfirmed: true,
      format: { kind: 'code', codeSet: 'sex' },
    });
    expect(msixElement(44).name).toMatch(/^IEP Indicator/);
    expect(MSIX_ELEMENTS.filter((e) => e.numberConfirmed).map((e) => e.number)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 44,
    ]);
  });

  it('says where each required element comes from in Ciclo', () => {
    const required = MSIX_ELEMENTS.filter((e) => e.requirement !== 'when-held');
    expect(required.filter((e) => e.cicloField === null)).toEqual([]);
  });

  it("names only fields Ciclo's record has", () => {
    const record = validMsixRecord();
    const enrollmentKeys = new Set([
      ...Object.keys(record.enrollments[0]!),
      'mepProjectType',
      'facilityName',
      'facilityCity',
      'districtOfResidence',
      'residencyDate',
      'residencyVerificationDate',
      'designatedGraduationSchool',
      'graduation',
    ]);
    for (const { cicloField } of MSIX_ELEMENTS) {
      if (cicloField === null) continue;
      const [head, rest] = cicloField.split('[].');
      if (head === 'enrollments') expect(enrollmentKeys, cicloField).toContain(rest!.split('.')[0]);
      else if (head === 'qualifyingMoves')
        expect(Object.keys(record.qualifyingMoves[0]!), cicloField).toContain(rest);
      else expect(Object.keys(record), cicloField).toContain(cicloField.split('.')[0]);
    }
  });

  it('fails loudly for an element it does not hold', () => {
    expect(() => msixElement(69)).toThrow('No MSIX element 69');
  });
});

describe('code sets (X0.3)', () => {
  it('are those the sources give', () => {
    expect(MSIX_CODE_SETS.stateStudentIdType.map((c) => c.code)).toEqual(['01', '02']);
    expect(MSIX_CODE_SETS.sex.map((c) => c.code)).toEqual(['Female', 'Male', 'Nonbinary']);
    expect(MSIX_CODE_SETS.enrollmentType.map((c) => c.code)).toEqual(['01', '02', '03', '04', '05', '06']);
    expect(SCHOOL_ENROLLMENT_TYPES).toEqual(['01', '05']);
    expect(RESIDENCY_ONLY_ENROLLMENT_TYPE).toBe('06');
  });

  it('compare codes exactly as written', () => {
    expect(isMsixCode('sex', 'Male')).toBe(true);
    expect(isMsixCode('sex', 'male')).toBe(false);
    expect(isMsixCode('enrollmentType', '1')).toBe(false);
  });

  it('write indicators as Yes and No', () => {
    expect([msixYesNo(true), msixYesNo(false)]).toEqual(['Yes', 'No']);
  });
});
