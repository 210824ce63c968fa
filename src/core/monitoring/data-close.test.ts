import { describe, expect, it } from 'vitest';
import type { Actor } from '../people/access-scope';
import type { Role } from '../people/roles';
import {
  assertYearsOpen,
  checkCanClose,
  checkCanReopen,
  checklistOf,
  countByKind,
  isDataCloseSeason,
  programYearOfCoe,
  programYearOfService,
  yearToClose,
  type CoeFactsForClose,
  type EnrollmentFactsForClose,
  type ServiceFactsForClose,
} from './data-close';
import { canCloseYears, canOpenDataClose, dataClosePolicy } from './data-close.policy';

const service = (over: Partial<ServiceFactsForClose> = {}): ServiceFactsForClose => ({
  id: 's1',
  regionId: 'r1',
  code: 'S-1',
  name: 'Summer reading',
  startDate: '2026-06-15',
  actualStartDate: '2026-06-15',
  actualEndDate: '2026-07-20',
  ...over,
});
const enrollment = (over: Partial<EnrollmentFactsForClose> = {}): EnrollmentFactsForClose => ({
  serviceId: 's1',
  studentId: 'ST1',
  childName: 'Ana',
  attendedMinutes: 120,
  hasPreTest: true,
  hasPostTest: true,
  ...over,
});
const coe = (over: Partial<CoeFactsForClose> = {}): CoeFactsForClose => ({
  id: 'c1',
  regionId: 'r1',
  interviewDate: '2025-10-01',
  status: 'approved',
  familyName: 'García',
  ...over,
});

describe('the program year of a record (MN6.1)', () => {
  it('a service belongs to the year of its planned start, even when it ends in the next', () => {
    expect(programYearOfService({ startDate: '2026-06-30' })).toBe('2025-26');
    expect(programYearOfService({ startDate: '2026-07-01' })).toBe('2026-27');
  });
  it('a COE belongs to the year of its interview', () => {
    expect(programYearOfCoe({ interviewDate: '2025-07-01' })).toBe('2025-26');
    expect(programYearOfCoe({ interviewDate: '2025-06-30' })).toBe('2024-25');
  });
  it('September closes the year that ended on June 30', () => {
    expect(yearToClose('2026-09-15')).toBe('2025-26');
    expect(yearToClose('2026-07-01')).toBe('2025-26');
    expect(yearToClose('2026-06-30')).toBe('2024-25');
    expect(yearToClose('2000-01-10')).toBe('1998-99');
  });
});

describe('the home page’s reminder (MN6.6)', () => {
  it.each([
    ['2026-06-30', false],
    ['2026-07-01', true],
    ['2026-09-30', true],
    ['2026-10-01', false],
    ['2027-01-15', false],
  ])('on %s: %s', (today, expected) => {
    expect(isDataCloseSeason(today)).toBe(expected);
  });
});

describe('the Data Close checklist (MN6.2)', () => {
  it('a complete year has no item', () => {
    expect(
      checklistOf('2025-26', { services: [service()], enrollments: [enrollment()], coes: [coe()] }),
    ).toEqual([]);
  });

  it.each<[string, Partial<ServiceFactsForClose>]>([
    ['no actual start', { actualStartDate: null }],
    ['no actual end', { actualEndDate: null }],
    ['neither', { actualStartDate: null, actualEndDate: null }],
  ])('names a service with %s, to fix on the service', (_name, over) => {
    const [item, ...rest] = checklistOf('2025-26', { services: [service(over)], enrollments: [], coes: [] });
    expect(rest).toEqual([]);
    expect(item).toMatchObject({
      kind: 'service_without_actual_dates',
      fixAt: 'service',
      recordId: 's1',
      label: 'S-1 · Summer reading',
      regionId: 'r1',
    });
  });

  it.each<[string, Partial<EnrollmentFactsForClose>, string, string]>([
    ['no minute attended', { attendedMinutes: 0 }, 'enrollment_without_attendance', 'attendance'],
    ['no pre test', { hasPreTest: false }, 'missing_pre_test', 'tests'],
    ['no post test', { hasPostTest: false }, 'missing_post_test', 'tests'],
  ])('names a child with %s, to fix on the service', (_name, over, kind, fixAt) => {
    const items = checklistOf('2025-26', {
      services: [service()],
      enrollments: [enrollment(over)],
      coes: [],
    });
    expect(items).toEqual([
      {
        kind,
        fixAt,
        regionId: 'r1',
        recordId: 's1',
        label: 'S-1 · Summer reading',
        studentId: 'ST1',
        childName: 'Ana',
        status: null,
      },
    ]);
  });

  it('a child missing everything is named once per kind', () => {
    const items = checklistOf('2025-26', {
      services: [service()],
      enrollments: [enrollment({ attendedMinutes: 0, hasPreTest: false, hasPostTest: false })],
      coes: [],
    });
    expect(items.map((item) => item.kind)).toEqual([
      'enrollment_without_attendance',
      'missing_pre_test',
      'missing_post_test',
    ]);
  });

  it.each(['draft', 'submitted', 'returned'] as const)(
    'names a COE that is %s, to fix on the COE',
    (status) => {
      const items = checklistOf('2025-26', { services: [], enrollments: [], coes: [coe({ status })] });
      expect(items).toEqual([
        {
          kind: 'coe_not_approved',
          fixAt: 'coe',
          regionId: 'r1',
          recordId: 'c1',
          label: 'García',
          studentId: null,
          childName: null,
          status,
        },
      ]);
    },
  );

  it('leaves out the records of other years, and the enrollments of their services', () => {
    const items = checklistOf('2025-26', {
      services: [service({ id: 's2', startDate: '2026-07-01', actualStartDate: null })],
      enrollments: [enrollment({ serviceId: 's2', attendedMinutes: 0 })],
      coes: [
        coe({ interviewDate: '2026-07-01', status: 'draft' }),
        coe({ id: 'c0', interviewDate: '2025-06-30', status: 'draft' }),
      ],
    });
    expect(items).toEqual([]);
  });

  it('lists by kind, then service code or interview date, then child, and counts each kind', () => {
    const items = checklistOf('2025-26', {
      services: [
        service({ id: 'b', code: 'B', actualEndDate: null }),
        service({ id: 'a', code: 'A', actualEndDate: null }),
      ],
      enrollments: [
        enrollment({ serviceId: 'b', studentId: 'S2', childName: 'Zoe', hasPreTest: false }),
        enrollment({ serviceId: 'b', studentId: 'S1', childName: 'Ana', hasPreTest: false }),
        enrollment({ serviceId: 'a', studentId: 'S3', childName: 'Luis', hasPreTest: false }),
      ],
      coes: [
        coe({ id: 'late', interviewDate: '2026-03-01', status: 'draft' }),
        coe({ id: 'early', interviewDate: '2025-08-01', status: 'submitted' }),
      ],
    });
    expect(items.map((item) => [item.kind, item.recordId, item.studentId])).toEqual([
      ['service_without_actual_dates', 'a', null],
      ['service_without_actual_dates', 'b', null],
      ['missing_pre_test', 'a', 'S3'],
      ['missing_pre_test', 'b', 'S1'],
      ['missing_pre_test', 'b', 'S2'],
      ['coe_not_approved', 'early', null],
      ['coe_not_approved', 'late', null],
    ]);
    expect(countByKind(items)).toEqual({
      service_without_actual_dates: 2,
      enrollment_without_attendance: 0,
      missing_pre_test: 3,
      missing_post_test: 0,
      coe_not_approved: 2,
    });
  });
});

describe('a closed year is read-only (MN6.3)', () => {
  it('a change touching only open years passes', () => {
    expect(() => assertYearsOpen(['2025-26', '2026-27'], new Set(['2024-25']))).not.toThrow();
    expect(() => assertYearsOpen([], new Set(['2024-25']))).not.toThrow();
  });
  it('a change touching a closed year is refused, naming the year', () => {
    expect(() => assertYearsOpen(['2026-27', '2025-26'], new Set(['2025-26']))).toThrow(
      expect.objectContaining({
        code: 'conflict',
        message: expect.stringContaining('The program year 2025-26 is closed'),
        problems: [{ field: 'programYear', message: '2025-26 is closed' }],
      }),
    );
  });
});

describe('closing and reopening a year (MN6.4)', () => {
  it('an open year that has ended can be closed', () => {
    expect(() => checkCanClose('2025-26', 'open', '2026-07-01')).not.toThrow();
  });
  it('a year not yet ended cannot', () => {
    expect(() => checkCanClose('2025-26', 'open', '2026-06-30')).toThrow(
      expect.objectContaining({
        code: 'invalid_input',
        problems: [expect.objectContaining({ field: 'programYear' })],
      }),
    );
  });
  it('a closed year cannot be closed again, nor an open one reopened', () => {
    expect(() => checkCanClose('2025-26', 'closed', '2026-09-01')).toThrow(
      expect.objectContaining({ code: 'conflict' }),
    );
    expect(() => checkCanReopen('2025-26', 'open', 'late data')).toThrow(
      expect.objectContaining({ code: 'conflict' }),
    );
  });
  it('reopening needs a reason', () => {
    expect(() => checkCanReopen('2025-26', 'closed', '  ')).toThrow(
      expect.objectContaining({ problems: [expect.objectContaining({ field: 'reason' })] }),
    );
    expect(() => checkCanReopen('2025-26', 'closed', 'a late post test')).not.toThrow();
  });
  it('a program year is named as 2025-26', () => {
    expect(() => checkCanClose('2025-27', 'open', '2030-01-01')).toThrow(
      expect.objectContaining({ problems: [expect.objectContaining({ field: 'programYear' })] }),
    );
  });
});

const actor = (role: Role, over: Partial<Actor> = {}): Actor => ({
  userId: 'u',
  role,
  regionId: 'r1',
  districtId: null,
  assignedRegionIds: [],
  label: role,
  ...over,
});

describe('who reads the checklist and who closes (MN6.5)', () => {
  it.each<[string, Actor, [boolean, boolean, boolean]]>([
    ['the region director', actor('region_director'), [true, false, false]],
    ['a data specialist', actor('data_specialist'), [true, false, false]],
    ['another region’s director', actor('region_director', { regionId: 'r2' }), [false, false, false]],
    [
      'the assigned consultant',
      actor('state_consultant', { regionId: null, assignedRegionIds: ['r1'] }),
      [true, false, false],
    ],
    [
      'a consultant of other regions',
      actor('state_consultant', { regionId: null, assignedRegionIds: ['r2'] }),
      [false, false, false],
    ],
    ['district staff', actor('district_staff', { regionId: null, districtId: 'd1' }), [false, false, false]],
    ['an ID&R manager', actor('ir_manager'), [false, false, false]],
    ['a recruiter', actor('recruiter'), [false, false, false]],
    ['a reviewer', actor('reviewer'), [false, false, false]],
    ['the state administrator', actor('state_admin', { regionId: null }), [true, true, true]],
  ])('%s', (_name, who, expected) => {
    const abilities = dataClosePolicy.abilitiesOf(who, { regionId: 'r1' });
    expect([abilities.read, abilities.close, abilities.reopen]).toEqual(expected);
    expect(canCloseYears(who)).toBe(expected[1]);
  });
  it('the page opens for those who read some region’s checklist', () => {
    expect(canOpenDataClose(actor('data_specialist'))).toBe(true);
    expect(canOpenDataClose(actor('district_staff', { districtId: 'd1' }))).toBe(false);
    expect(canOpenDataClose(actor('recruiter'))).toBe(false);
  });
});
