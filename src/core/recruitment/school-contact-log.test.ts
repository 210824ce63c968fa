import { describe, expect, it } from 'vitest';
import { DomainError } from '../common/domain-error';
import {
  CONTACT_TYPES,
  OUTCOME_CODES,
  detailKindOf,
  isCalendarMonth,
  monthRange,
  monthlySchoolContactLog,
  validateSchoolContactEntry,
  type SchoolContactEntry,
  type SchoolContactEntryInput,
} from './school-contact-log';

const TODAY = '2026-03-15';
const entry = (overrides: Partial<SchoolContactEntryInput> = {}): SchoolContactEntryInput => ({
  contactDate: '2026-03-10',
  schoolId: 'school-1',
  contactType: 'drop_in',
  outcomes: [{ code: 'left_materials' }],
  ...overrides,
});

function problemsOf(input: SchoolContactEntryInput): Array<{ field: string; message: string }> {
  try {
    validateSchoolContactEntry(input, TODAY);
  } catch (error) {
    if (error instanceof DomainError) return error.problems;
    throw error;
  }
  return [];
}

describe('the codes of the IDR School Contact Log', () => {
  it('has the four type codes and the ten outcome codes of the source', () => {
    expect(CONTACT_TYPES).toEqual(['phone_contact', 'drop_in', 'scheduled_visit', 'appointment']);
    expect(OUTCOME_CODES).toHaveLength(10);
  });
  it('asks for a detail exactly where the source writes one in parentheses', () => {
    const withDetail = OUTCOME_CODES.filter((code) => detailKindOf(code) !== null);
    expect(withDetail).toEqual([
      'spoke_to_staff',
      'obtained_referrals',
      'left_message',
      'conducted_presentation',
    ]);
    expect(detailKindOf('spoke_to_staff')).toBe('position');
    expect(detailKindOf('obtained_referrals')).toBe('referredBy');
    expect(detailKindOf('left_message')).toBe('personName');
    expect(detailKindOf('conducted_presentation')).toBe('presentationType');
  });
});

describe('validating an entry', () => {
  it('accepts a valid entry, trims details and notes, and drops details no outcome asks for', () => {
    const facts = validateSchoolContactEntry(
      entry({
        outcomes: [
          { code: 'talked_about_program', detail: 'ignored' },
          { code: 'spoke_to_staff', detail: '  registrar ' },
        ],
        notes: '  Met at the front office  ',
      }),
      TODAY,
    );
    expect(facts.outcomes).toEqual([
      { code: 'spoke_to_staff', detail: 'registrar' },
      { code: 'talked_about_program', detail: null },
    ]);
    expect(facts.notes).toBe('Met at the front office');
    expect(facts.contactType).toBe('drop_in');
  });
  it('accepts today and refuses tomorrow', () => {
    expect(validateSchoolContactEntry(entry({ contactDate: TODAY }), TODAY).contactDate).toBe(TODAY);
    expect(problemsOf(entry({ contactDate: '2026-03-16' }))).toEqual([
      { field: 'contactDate', message: 'cannot be after today (2026-03-15)' },
    ]);
  });
  it('refuses a date that does not exist', () => {
    expect(problemsOf(entry({ contactDate: '2026-02-29' })).map((p) => p.field)).toEqual(['contactDate']);
  });
  it('requires at least one outcome', () => {
    expect(problemsOf(entry({ outcomes: [] })).map((p) => p.field)).toEqual(['outcomes']);
  });
  it('names the detail missing for each outcome that needs one', () => {
    const problems = problemsOf(
      entry({
        outcomes: [
          { code: 'left_materials' },
          { code: 'obtained_referrals', detail: ' ' },
          { code: 'left_message' },
          { code: 'conducted_presentation', detail: null },
          { code: 'spoke_to_staff' },
        ],
      }),
    );
    expect(problems.map((p) => p.field)).toEqual([
      'outcomes[1].detail',
      'outcomes[2].detail',
      'outcomes[3].detail',
      'outcomes[4].detail',
    ]);
    expect(problems[0]?.message).toBe('write who gave the referrals');
  });
  it('refuses unknown codes, an outcome twice, an empty school and overlong text, all at once', () => {
    const problems = problemsOf(
      entry({
        schoolId: '',
        contactType: 'email',
        outcomes: [
          { code: 'waved' },
          { code: 'left_materials' },
          { code: 'left_materials' },
          { code: 'left_message', detail: 'x'.repeat(201) },
        ],
        notes: 'n'.repeat(2001),
      }),
    );
    expect(problems.map((p) => p.field)).toEqual([
      'schoolId',
      'contactType',
      'outcomes[0].code',
      'outcomes[2].code',
      'outcomes[3].detail',
      'notes',
    ]);
  });
  it('puts every problem in the message, field first', () => {
    expect(() => validateSchoolContactEntry(entry({ contactType: 'fax' }), TODAY)).toThrow(
      /^contactType: must be one of/,
    );
  });
});

describe('the referrals a contact obtained', () => {
  const obtained = { code: 'obtained_referrals', detail: 'the registrar' };
  const child = { firstName: ' Ana ', lastSurname: 'Ruiz', birthDate: '2015-04-02', guardianName: 'Rosa' };

  it('are checked as referrals typed by hand and kept with the entry', () => {
    const facts = validateSchoolContactEntry(entry({ outcomes: [obtained], referrals: [child] }), TODAY);
    expect(facts.referrals).toEqual([
      expect.objectContaining({
        firstName: 'Ana',
        lastSurname: 'Ruiz',
        birthDate: '2015-04-02',
        guardianName: 'Rosa',
      }),
    ]);
    expect(validateSchoolContactEntry(entry(), TODAY).referrals).toEqual([]);
  });
  it('name the child and the field at fault', () => {
    const problems = problemsOf(
      entry({
        outcomes: [obtained],
        referrals: [child, { firstName: '', lastSurname: 'Ruiz', birthDate: '2030-01-01' }],
      }),
    );
    expect(problems.map((p) => p.field)).toEqual(['referrals[1].firstName', 'referrals[1].birthDate']);
  });
  it('are written only with the outcome "obtained referrals"', () => {
    expect(problemsOf(entry({ referrals: [child] }))).toEqual([
      { field: 'referrals', message: 'are written only with the outcome "obtained referrals"' },
    ]);
  });
  it('list at most 50 children at once', () => {
    const many = Array.from({ length: 51 }, () => child);
    expect(problemsOf(entry({ outcomes: [obtained], referrals: many })).map((p) => p.field)).toEqual([
      'referrals',
    ]);
  });
});

describe('the monthly log of a staff member', () => {
  const line = (
    id: string,
    contactDate: string,
    contactType: SchoolContactEntry['contactType'],
    codes: SchoolContactEntry['outcomes'][number]['code'][],
    schoolId = 's1',
  ): SchoolContactEntry => ({
    id,
    contactDate,
    schoolId,
    schoolName: schoolId === 's1' ? 'Lincoln Elementary' : 'Adams Middle',
    contactType,
    outcomes: codes.map((code) => ({ code, detail: detailKindOf(code) ? 'x' : null })),
    notes: null,
  });

  it('keeps the month’s entries in date order and counts them by type and by outcome', () => {
    const log = monthlySchoolContactLog('2026-03', [
      line('c', '2026-03-20', 'appointment', ['conducted_presentation', 'obtained_referrals']),
      line('a', '2026-03-02', 'phone_contact', ['left_message']),
      line('x', '2026-02-28', 'drop_in', ['left_materials']),
      line('b', '2026-03-02', 'drop_in', ['left_materials', 'obtained_referrals'], 's2'),
      line('y', '2026-04-01', 'drop_in', ['left_materials']),
    ]);
    expect(log.entries.map((e) => e.id)).toEqual(['b', 'a', 'c']);
    expect(log.total).toBe(3);
    expect(log.schoolCount).toBe(2);
    expect(log.countsByType).toEqual({ phone_contact: 1, drop_in: 1, scheduled_visit: 0, appointment: 1 });
    expect(log.countsByOutcome.obtained_referrals).toBe(2);
    expect(log.countsByOutcome.left_materials).toBe(1);
    expect(log.countsByOutcome.established_relationship).toBe(0);
    expect(Object.keys(log.countsByOutcome)).toEqual([...OUTCOME_CODES]);
  });
  it('is empty, with every count zero, for a month without entries', () => {
    const log = monthlySchoolContactLog('2026-01', []);
    expect(log.total).toBe(0);
    expect(log.schoolCount).toBe(0);
    expect(Object.values(log.countsByType).every((n) => n === 0)).toBe(true);
  });
  it('knows the first and last day of a month, leap years included', () => {
    expect(monthRange('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(monthRange('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(isCalendarMonth('2026-13')).toBe(false);
    expect(isCalendarMonth('2026-09')).toBe(true);
  });
});
