import { describe, expect, it } from 'vitest';
import {
  MANUAL_REFERRAL_SOURCES,
  REFERRAL_SOURCES,
  assertSourceByHand,
  isPriorMigrant,
  isReferralSource,
  manualReferralProblems,
  mappingProblems,
  parseListDate,
  readReferralRows,
  referralKey,
  referralReceivedOn,
  suggestMapping,
  validateManualReferral,
} from './referral';

const HEADER = [
  'Student ID',
  'First Name',
  'Last Name',
  'Birthdate',
  'DstEnterDt',
  'Enter Date',
  'Hispanic?',
  'School',
];

describe('the column mapping', () => {
  it('guesses the common spellings of a district header, the source’s DstEnterDt and Enter Date included', () => {
    expect(suggestMapping(HEADER)).toEqual({
      firstName: 'First Name',
      lastSurname: 'Last Name',
      birthDate: 'Birthdate',
      districtEnterDate: 'DstEnterDt',
      schoolEnterDate: 'Enter Date',
      schoolName: 'School',
      hispanic: 'Hispanic?',
      localStudentId: 'Student ID',
    });
  });

  it('names a required field left unmapped and a column the file does not have', () => {
    expect(mappingProblems({ firstName: 'First Name', lastSurname: 'Apellido' }, HEADER)).toEqual([
      'birthDate is required: choose the column that holds it',
      'lastSurname: the file has no column "Apellido"',
    ]);
  });
});

describe('list dates', () => {
  it('read ISO and US dates, two-digit years included, and refuse what is not a date', () => {
    expect(parseListDate('02/22/21')).toBe('2021-02-22');
    expect(parseListDate('2/3/1998')).toBe('1998-02-03');
    expect(parseListDate('12/01/85')).toBe('1985-12-01');
    expect(parseListDate('2021-02-22')).toBe('2021-02-22');
    expect(parseListDate('02/30/21')).toBeNull();
    expect(parseListDate('22.02.2021')).toBeNull();
  });
});

describe('reading a list', () => {
  const mapping = suggestMapping(HEADER);
  it('keeps names as written, reads flags, and skips bad rows naming line and column', () => {
    const { referrals, skipped } = readReferralRows(
      [
        HEADER,
        ['1', 'José Luis', 'Núñez de la Cruz', '02/10/2014', '02/22/21', '02/22/21', 'Y', 'Lincoln'],
        ['2', 'Ana', '', '2015-01-01', '', '', '', ''],
        ['', '', '', '', '', '', '', ''],
        ['3', 'Eva', 'Ruiz', '13/45/2015', '', '', 'N', ''],
        ['4', 'Lía', 'Paz', '2015-01-01', '', '', 'maybe', ''],
      ],
      mapping,
    );
    expect(referrals).toHaveLength(1);
    expect(referrals[0]).toMatchObject({
      line: 2,
      firstName: 'José Luis',
      lastSurname: 'Núñez de la Cruz',
      birthDate: '2014-02-10',
      districtEnterDate: '2021-02-22',
      schoolEnterDate: '2021-02-22',
      hispanic: true,
      schoolName: 'Lincoln',
      localStudentId: '1',
      priorMigrant: null,
    });
    expect(skipped).toEqual([
      { line: 3, column: 'Last Name', message: 'lastSurname is empty' },
      { line: 5, column: 'Birthdate', message: '"13/45/2015" is not a date (YYYY-MM-DD or MM/DD/YYYY)' },
      { line: 6, column: 'Hispanic?', message: '"maybe" is not yes or no' },
    ]);
  });
});

describe('the referral key', () => {
  it('is the same however a list spells the same child, and differs for another birth date', () => {
    const a = referralKey({
      firstName: 'José',
      lastSurname: 'Pérez-Gómez',
      secondSurname: null,
      birthDate: '2014-02-10',
    });
    expect(
      referralKey({
        firstName: 'JOSE',
        lastSurname: 'Perez Gomez',
        secondSurname: null,
        birthDate: '2014-02-10',
      }),
    ).toBe(a);
    expect(
      referralKey({
        firstName: 'Jose',
        lastSurname: 'Perez',
        secondSurname: 'Gomez',
        birthDate: '2014-02-10',
      }),
    ).toBe(a);
    expect(
      referralKey({
        firstName: 'José',
        lastSurname: 'Pérez-Gómez',
        secondSurname: null,
        birthDate: '2014-02-11',
      }),
    ).not.toBe(a);
  });
});

describe('a referral in the queue', () => {
  it('is a prior migrant when the list says so or Ciclo recognized the child; otherwise as the list says', () => {
    expect(isPriorMigrant(null, true)).toBe(true);
    expect(isPriorMigrant(false, true)).toBe(true);
    expect(isPriorMigrant(true, false)).toBe(true);
    expect(isPriorMigrant(false, false)).toBe(false);
    expect(isPriorMigrant(null, false)).toBeNull();
  });

  it('counts from the district enter date, or from the day it was imported', () => {
    expect(referralReceivedOn({ districtEnterDate: '2021-02-22' }, '2021-03-01')).toBe('2021-02-22');
    expect(referralReceivedOn({ districtEnterDate: null }, '2021-03-01')).toBe('2021-03-01');
  });
});

describe("the list's own 'Dates are same?' box", () => {
  it('is read where the list has the column, and left null where it has none', () => {
    const header = ['First', 'Last', 'DOB', 'DstEnterDt', 'Enter Date', 'Dates are Same?'];
    const mapping = suggestMapping(header);
    expect(mapping.datesSame).toBe('Dates are Same?');
    const { referrals } = readReferralRows(
      [header, ['Ana', 'Lopez', '2015-01-02', '02/22/21', '02/22/21', 'N']],
      mapping,
    );
    expect(referrals[0]?.datesSame).toBe(false);
    const without = readReferralRows(
      [
        ['First', 'Last', 'DOB'],
        ['Ana', 'Lopez', '2015-01-02'],
      ],
      suggestMapping(['First', 'Last', 'DOB']),
    );
    expect(without.referrals[0]?.datesSame).toBeNull();
  });
});

describe('a referral typed by hand', () => {
  const TODAY = '2026-12-06';

  it('may come from any source but a school contact and an MSIX move notice, which come with their own records', () => {
    expect(MANUAL_REFERRAL_SOURCES).toEqual([
      'school-list',
      'community',
      'employer',
      'agency',
      'self',
      'other-region',
    ]);
    for (const source of MANUAL_REFERRAL_SOURCES) expect(() => assertSourceByHand(source)).not.toThrow();
    expect(() => assertSourceByHand('school-contact')).toThrow(/^source: .*school contact log$/);
    expect(() => assertSourceByHand('msix-move-notice')).toThrow(/^source: .*notice’s import$/);
  });

  it('keeps the trimmed facts, empty texts as null', () => {
    expect(
      validateManualReferral(
        { firstName: ' Ana ', lastSurname: 'López', birthDate: '2015-01-02', phone: ' ', grade: '3' },
        TODAY,
      ),
    ).toMatchObject({ firstName: 'Ana', lastSurname: 'López', phone: null, grade: '3', datesSame: null });
  });

  it("keeps the list's own 'Dates are same?' box when the person copies it from the list", () => {
    const typed = { firstName: 'Ana', lastSurname: 'López', birthDate: '2015-01-02' };
    expect(validateManualReferral({ ...typed, datesSame: false }, TODAY).datesSame).toBe(false);
    expect(validateManualReferral({ ...typed, datesSame: true }, TODAY).datesSame).toBe(true);
  });

  it('names each field at fault, under a prefix inside a larger form', () => {
    expect(() =>
      validateManualReferral({ firstName: '', lastSurname: 'López', birthDate: '2030-01-01' }, TODAY),
    ).toThrow(/firstName: is required; birthDate: cannot be after today/);
    expect(
      manualReferralProblems(
        { firstName: 'Ana', lastSurname: 'L', birthDate: '2015-02-30', districtEnterDate: '22/02/21' },
        TODAY,
        'referrals[1].',
      ).map((problem) => problem.field),
    ).toEqual(['referrals[1].birthDate', 'referrals[1].districtEnterDate']);
  });

  it('comes from one of the sources', () => {
    expect(REFERRAL_SOURCES).toContain('school-contact');
    expect(isReferralSource('employer')).toBe(true);
    expect(isReferralSource('radio')).toBe(false);
  });
});
