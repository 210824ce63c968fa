import { describe, expect, it } from 'vitest';
import noticeFixture from '../../../tests/fixtures/msix/move-notices.csv?raw';
import outcomeFixture from '../../../tests/fixtures/msix/move-notice-outcomes.csv?raw';
import { DomainError } from '../common/domain-error';
import {
  checkMoveNoticeOutcome,
  moveNoticeDeadline,
  MOVE_NOTICE_COLUMNS,
  outcomeFileRows,
  readMoveNoticeFile,
  readOutcomeFile,
  taskChild,
  type MoveNoticeAnswer,
} from './move-notice';

const HEADER = Object.values(MOVE_NOTICE_COLUMNS).join(',');
/** A row of the notice file with the columns given changed (by header name). */
function row(changes: Partial<Record<string, string>> = {}): string {
  const base: Record<string, string> = {
    'Notice ID': 'MN-1',
    'Notice Date': '20261125',
    'MSIX ID': '100000000001',
    'First Name': 'Ana',
    'Last Name 1': 'Pérez',
    'Birth Date': '20150101',
    'From State': 'AZ',
    'From City': 'Yuma',
    'To City': 'Salinas',
    'To State': 'CA',
  };
  const values = { ...base, ...changes };
  return Object.values(MOVE_NOTICE_COLUMNS)
    .map((name) => values[name] ?? '')
    .join(',');
}
const file = (...rows: string[]) => [HEADER, ...rows].join('\r\n');

describe('reading the notice file (X10.1, X10.2)', () => {
  it('reads the fixture: one notice per family, its children together', () => {
    const { notices, skipped } = readMoveNoticeFile('move-notices.csv', noticeFixture, 'CA');
    expect(skipped).toEqual([]);
    expect(notices.map((notice) => [notice.noticeId, notice.children.length])).toEqual([
      ['MN-2026-000101', 2],
      ['MN-2026-000102', 1],
    ]);
    const [hernandez, garcia] = notices;
    expect(hernandez).toMatchObject({
      noticeDate: '2026-11-25',
      line: 2,
      parents: ['Juan Hernández', 'María López'],
      phone: '520-555-0101',
      from: { city: 'Yuma', state: 'AZ' },
      to: { city: 'Salinas', state: 'CA', county: 'Monterey', zip: '93901' },
      expectedArrival: '2026-12-01',
      sender: { name: 'Ana Ruiz', phone: '520-555-0199', email: 'aruiz@example.org' },
      comments: 'Family left for the lettuce season, staying with relatives',
    });
    expect(hernandez!.children[1]).toEqual({
      msixId: '100000000012',
      firstName: 'Mateo',
      middleName: null,
      lastName1: 'Hernández',
      lastName2: 'López',
      birthDate: '2018-09-17',
      sex: 'Male',
    });
    expect(garcia).toMatchObject({
      noticeDate: '2026-11-30',
      address: '12 Main St, Apt 4',
      to: { city: 'Watsonville', zip: null },
      expectedArrival: null,
    });
  });

  it('skips a bad row naming its line and column, and reads the others', () => {
    const { notices, skipped } = readMoveNoticeFile(
      'n.csv',
      file(
        row(),
        row({ 'Notice ID': 'MN-2', 'MSIX ID': '12345' }),
        row({ 'Notice ID': 'MN-3', 'Birth Date': '2015-02-30' }),
        row({ 'Notice ID': 'MN-4', 'To State': 'OR' }),
        row({ 'Notice ID': 'MN-5', 'First Name': '' }),
        row({ 'Notice ID': 'MN-6', Sex: 'F' }),
        row({ 'MSIX ID': '100000000002', 'To City': 'Greenfield' }),
        row(),
      ),
      'CA',
    );
    expect(notices.map((notice) => notice.noticeId)).toEqual(['MN-1']);
    expect(skipped).toEqual([
      { line: 3, column: 'MSIX ID', message: 'must be 12 digits' },
      { line: 4, column: 'Birth Date', message: '"2015-02-30" is not a date (YYYYMMDD or YYYY-MM-DD)' },
      { line: 5, column: 'To State', message: 'is not this state (CA): the notice is for another state' },
      { line: 6, column: 'First Name', message: 'is empty' },
      { line: 7, column: 'Sex', message: '"F" is not one of Female, Male, Nonbinary' },
      { line: 8, column: 'To City', message: 'differs from line 2 of the same notice' },
      { line: 9, column: 'MSIX ID', message: 'is already listed on line 2 of the same notice' },
    ]);
  });

  it('refuses a file without a required column, naming it', () => {
    expect(() => readMoveNoticeFile('n.csv', 'Notice ID,MSIX ID\r\nMN-1,100000000001', 'CA')).toThrow(
      /required column "notice date" is missing/,
    );
  });

  it('names the eldest child for the family’s task', () => {
    const { notices } = readMoveNoticeFile('move-notices.csv', noticeFixture, 'CA');
    expect(taskChild(notices[0]!).firstName).toBe('Rosa');
  });
});

describe('the answer’s due date (X10.4, X6.5)', () => {
  // Thanksgiving 2026 is Thursday 26 November; the region also closes Friday the 27th.
  const thanksgiving = { holidays: new Set(['2026-11-26', '2026-11-27']) };
  const noHolidays = { holidays: new Set<string>() };

  it('is four working days after the notice, over the weekend', () => {
    // Friday 4 December → Mon 7, Tue 8, Wed 9, Thu 10
    expect(
      moveNoticeDeadline({ noticeDate: '2026-12-04', sentOn: null }, '2026-12-04', noHolidays).dueDate,
    ).toBe('2026-12-10');
  });

  it('skips the region’s holidays', () => {
    expect(
      moveNoticeDeadline({ noticeDate: '2026-11-25', sentOn: null }, '2026-11-25', noHolidays).dueDate,
    ).toBe('2026-12-01');
    expect(
      moveNoticeDeadline({ noticeDate: '2026-11-25', sentOn: null }, '2026-11-25', thanksgiving).dueDate,
    ).toBe('2026-12-03');
  });

  it('is pending through the due date, overdue after, met or late once sent', () => {
    const notice = { noticeDate: '2026-11-25', sentOn: null };
    expect(moveNoticeDeadline(notice, '2026-12-03', thanksgiving).status).toBe('pending');
    expect(moveNoticeDeadline(notice, '2026-12-04', thanksgiving).status).toBe('overdue');
    expect(moveNoticeDeadline({ ...notice, sentOn: '2026-12-03' }, '2026-12-09', thanksgiving).status).toBe(
      'met',
    );
    expect(moveNoticeDeadline({ ...notice, sentOn: '2026-12-04' }, '2026-12-09', thanksgiving).status).toBe(
      'late',
    );
  });
});

describe('the outcome (X10.5)', () => {
  it('takes one of the three outcomes on a day from the notice to today', () => {
    expect(
      checkMoveNoticeOutcome({ outcome: 'not-found', outcomeOn: '2026-12-01' }, '2026-11-25', '2026-12-02'),
    ).toEqual({ outcome: 'not-found', outcomeOn: '2026-12-01', movedToCity: null, movedToState: null });
    expect(
      checkMoveNoticeOutcome(
        { outcome: 'moved-on', outcomeOn: '2026-12-01', movedToCity: ' Yakima ', movedToState: 'wa' },
        '2026-11-25',
        '2026-12-02',
      ),
    ).toMatchObject({ movedToCity: 'Yakima', movedToState: 'WA' });
  });

  it('names every field at fault', () => {
    const problems = (input: Parameters<typeof checkMoveNoticeOutcome>[0]) => {
      try {
        checkMoveNoticeOutcome(input, '2026-11-25', '2026-12-02');
        return [];
      } catch (error) {
        return (error as DomainError).problems?.map((p) => p.field) ?? [];
      }
    };
    expect(problems({ outcome: 'gone', outcomeOn: '2026-12-09' })).toEqual(['outcome', 'outcomeOn']);
    expect(problems({ outcome: 'not-found', outcomeOn: '2026-11-24' })).toEqual(['outcomeOn']);
    expect(problems({ outcome: 'not-found', outcomeOn: '2026-12-01', movedToCity: 'Yakima' })).toEqual([
      'movedToCity',
    ]);
    expect(problems({ outcome: 'moved-on', outcomeOn: '2026-12-01', movedToState: 'Washington' })).toEqual([
      'movedToState',
    ]);
  });
});

describe('the outcome file (X10.6)', () => {
  const answers: MoveNoticeAnswer[] = [
    {
      noticeId: 'MN-2026-000102',
      msixIds: ['100000000021'],
      outcome: 'moved-on',
      outcomeOn: '2026-12-03',
      movedToCity: 'Yakima',
      movedToState: 'WA',
    },
    {
      noticeId: 'MN-2026-000101',
      msixIds: ['100000000012', '100000000011'],
      outcome: 'found-interviewed',
      outcomeOn: '2026-12-02',
      movedToCity: null,
      movedToState: null,
    },
  ];

  it('has one row per child of each answer, in notice and MSIX ID order', () => {
    expect(outcomeFileRows(answers, 'CA')).toEqual([
      ['MN-2026-000101', '100000000011', 'found-interviewed', '20261202', '', '', 'CA'],
      ['MN-2026-000101', '100000000012', 'found-interviewed', '20261202', '', '', 'CA'],
      ['MN-2026-000102', '100000000021', 'moved-on', '20261203', 'Yakima', 'WA', 'CA'],
    ]);
  });

  it('reads back the fixture the answers make', () => {
    const read = readOutcomeFile('move-notice-outcomes.csv', outcomeFixture);
    expect(read).toEqual([{ ...answers[1]!, msixIds: ['100000000011', '100000000012'] }, answers[0]]);
  });

  it('refuses an outcome file with an unknown outcome, naming line and column', () => {
    const text =
      'Notice ID,MSIX ID,Outcome,Outcome Date,Moved To City,Moved To State,Responding State\r\nMN-1,100000000001,gone,20261201,,,CA';
    expect(() => readOutcomeFile('o.csv', text)).toThrow(/o\.csv, line 2, column 3 \(Outcome\)/);
  });
});
