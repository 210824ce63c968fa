import { describe, expect, it } from 'vitest';
import { DomainError } from '../common/domain-error';
import {
  checkConsolidatedRecordFile,
  consolidatedRecordFileJson,
  consolidatedRecordSummary,
  parseConsolidatedRecordFile,
  proposeRecordMatches,
  sendingStates,
  type ConsolidatedRecord,
  type ConsolidatedRecordFile,
} from './msix-consolidated-record';
import oneRecord from '../../../tests/fixtures/msix/consolidated-record-one.json';
import badRecords from '../../../tests/fixtures/msix/consolidated-records-bad.json';
import severalRecords from '../../../tests/fixtures/msix/consolidated-records-several.json';

/** A fixture's text as the repository holds it (two-space indents, a final newline). */
const FIXTURES: Record<string, unknown> = {
  'consolidated-record-one.json': oneRecord,
  'consolidated-records-several.json': severalRecords,
  'consolidated-records-bad.json': badRecords,
};
const fixture = (name: string) => `${JSON.stringify(FIXTURES[name], null, 2)}\n`;
const one = () => parseConsolidatedRecordFile(fixture('consolidated-record-one.json'));

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('not refused');
}

/** The one-record fixture with `change` made to a copy. */
function changed(change: (file: ConsolidatedRecordFile) => void): unknown {
  const file = structuredClone(one());
  change(file);
  return file;
}

describe('reading a file of consolidated records (X11.1, X11.2)', () => {
  it.each(['consolidated-record-one.json', 'consolidated-records-several.json'])(
    'reads %s and writes it back as it was',
    (name) => {
      const text = fixture(name);
      expect(consolidatedRecordFileJson(parseConsolidatedRecordFile(text))).toBe(text);
    },
  );

  it('reads a file for several children', () => {
    const file = parseConsolidatedRecordFile(fixture('consolidated-records-several.json'));
    expect(file.records.map((r) => r.msixId)).toEqual(['100200300401', '100200300402', '100200300403']);
  });

  it('writes keys in the layout’s order whatever order they came in', () => {
    const file = one();
    const shuffled = { records: file.records, producedOn: file.producedOn, layout: file.layout };
    expect(consolidatedRecordFileJson(checkConsolidatedRecordFile(shuffled))).toBe(
      fixture('consolidated-record-one.json'),
    );
  });

  it('refuses a bad file naming the path of the problem', () => {
    const error = refusal(() => parseConsolidatedRecordFile(fixture('consolidated-records-bad.json')));
    expect(error.code).toBe('invalid_input');
    expect(error.problems[0]!.field).toBe('records[0].msixId');
  });

  it('refuses what is not JSON, naming the file', () => {
    expect(refusal(() => parseConsolidatedRecordFile('msix,id\n1,2')).problems).toEqual([
      { field: 'file', message: 'is not a JSON file' },
    ]);
  });

  it('refuses another layout, a file without records and unknown fields', () => {
    const fields = (value: unknown) =>
      refusal(() => checkConsolidatedRecordFile(value)).problems.map((p) => p.field);
    expect(fields({ layout: 'msix/9', records: [] })).toEqual(['layout', 'records']);
    expect(
      fields(
        changed((f) => {
          (f.records[0]!.student as unknown as Record<string, unknown>)['ssn'] = '1';
        }),
      ),
    ).toEqual(['records[0].student.ssn']);
  });

  it.each([
    [
      'a day that does not exist',
      (f: ConsolidatedRecordFile) => (f.records[0]!.student.birthDate = '2015-02-30'),
      'records[0].student.birthDate',
      'is not a real day',
    ],
    [
      'a withdrawal before the enrollment',
      (f: ConsolidatedRecordFile) => (f.records[0]!.states[1]!.enrollments[1]!.withdrawalDate = '2023-08-01'),
      'records[0].states[1].enrollments[1].withdrawalDate',
      'is before enrollmentDate',
    ],
    [
      'an expiration before the QAD',
      (f: ConsolidatedRecordFile) =>
        (f.records[0]!.states[0]!.qualifyingMoves[0]!.eligibilityExpirationDate = '2024-01-01'),
      'records[0].states[0].qualifyingMoves[0].eligibilityExpirationDate',
      'is before qualifyingArrivalDate',
    ],
    [
      'a move from a state and a country',
      (f: ConsolidatedRecordFile) => (f.records[0]!.states[0]!.qualifyingMoves[0]!.fromCountry = 'MX'),
      'records[0].states[0].qualifyingMoves[0].fromCountry',
      'is given with fromState: a move comes from one',
    ],
    [
      'a state twice',
      (f: ConsolidatedRecordFile) => (f.records[0]!.states[1]!.state = 'TX'),
      'records[0].states[1].state',
      'names a state listed before in this record',
    ],
    [
      'an MSIX ID twice',
      (f: ConsolidatedRecordFile) => f.records.push(structuredClone(f.records[0]!)),
      'records[1].msixId',
      'repeats the MSIX ID of records[0]',
    ],
  ])('refuses %s', (_, change, field, message) => {
    expect(refusal(() => checkConsolidatedRecordFile(changed(change))).problems).toEqual([
      { field, message },
    ]);
  });

  it('names at most ten problems', () => {
    const value = changed((f) => {
      f.records[0]!.states[1]!.enrollments = Array.from({ length: 12 }, () => ({
        enrollmentDate: '2023-13-01',
        schoolOrProjectName: 'X',
      }));
    });
    const error = refusal(() => checkConsolidatedRecordFile(value));
    expect(error.problems).toHaveLength(10);
    expect(error.message).toContain('records[0].states[1].enrollments[0].enrollmentDate: is not a real day');
  });
});

describe('what a child’s page shows of a record (X11.3)', () => {
  it('lists the states with the latest day first, and in each the latest first', () => {
    const record = one().records[0]!;
    const summary = consolidatedRecordSummary(record);
    expect(summary.map((h) => h.state)).toEqual(['TX', 'AZ']);
    expect(sendingStates(record)).toEqual(['TX', 'AZ']);
    expect(summary[1]!.enrollments.map((e) => e.enrollmentDate)).toEqual(['2023-08-07', '2022-10-17']);
  });

  it('sorts courses by school year, then term and title, and assessments by date', () => {
    const record: ConsolidatedRecord = {
      msixId: '100200300409',
      student: { firstName: 'A', lastName1: 'B', birthDate: '2012-01-01' },
      states: [
        {
          state: 'WA',
          qualifyingMoves: [
            { qualifyingArrivalDate: '2024-01-05', toState: 'WA' },
            { qualifyingArrivalDate: '2025-03-01', toState: 'WA' },
          ],
          enrollments: [],
          courses: [
            { courseTitle: 'Math', schoolYear: '2023-2024', term: 'Fall' },
            { courseTitle: 'Art', schoolYear: '2024-2025', term: 'Spring' },
            { courseTitle: 'Reading', schoolYear: '2024-2025', term: 'Fall' },
            { courseTitle: 'Biology', schoolYear: '2024-2025', term: 'Fall' },
          ],
          assessments: [
            { assessmentTitle: 'Math', administrationDate: '2024-04-01' },
            { assessmentTitle: 'ELA', administrationDate: '2025-04-01' },
          ],
        },
      ],
    };
    const [wa] = consolidatedRecordSummary(record);
    expect(wa!.qualifyingMoves.map((m) => m.qualifyingArrivalDate)).toEqual(['2025-03-01', '2024-01-05']);
    expect(wa!.courses.map((c) => c.courseTitle)).toEqual(['Biology', 'Reading', 'Art', 'Math']);
    expect(wa!.assessments.map((a) => a.assessmentTitle)).toEqual(['ELA', 'Math']);
    // the record itself is left as it came
    expect(record.states[0]!.courses[0]!.courseTitle).toBe('Math');
  });
});

describe('which Ciclo child a record belongs to (X11.5)', () => {
  const record = one().records[0]!; // Rosa Isela Hernández Flores, 2015-04-12, 100200300401
  const child = (
    id: string,
    firstName: string,
    lastSurname: string,
    birthDate: string,
    msixId?: string | null,
  ) => ({
    id,
    firstName,
    lastSurname,
    secondSurname: 'Flores',
    birthDate,
    msixId,
  });

  it('is sure of the one child with the same name and birth date', () => {
    const rosa = child('1', 'Rosa', 'Hernandez', '2015-04-12');
    const proposal = proposeRecordMatches(record, [rosa, child('2', 'Ramón', 'Hernández', '2015-04-12')]);
    expect(proposal.matches.map((m) => m.candidate.id)).toEqual(['1']);
    expect(proposal.matches[0]!.reasons).toContain('accents-differ');
    expect(proposal.sure).toBe(rosa);
  });

  it('proposes but is not sure of a child alike only in part', () => {
    const proposal = proposeRecordMatches(record, [child('1', 'Rosa', 'Hernández', '2015-12-04')]);
    expect(proposal.matches[0]!.reasons).toContain('birth-day-month-swapped');
    expect(proposal.sure).toBeNull();
  });

  it('is not sure when two children are alike', () => {
    const proposal = proposeRecordMatches(record, [
      child('1', 'Rosa', 'Hernández', '2015-04-12'),
      child('2', 'Rosa Isela', 'Hernández', '2015-04-12'),
    ]);
    expect(proposal.matches.map((m) => m.candidate.id)).toEqual(['1', '2']);
    expect(proposal.sure).toBeNull();
  });

  it('puts the child carrying the MSIX ID first and is sure of them, whatever their name', () => {
    const proposal = proposeRecordMatches(record, [
      child('1', 'Rosa', 'Hernández', '2015-04-12'),
      child('2', 'Rosie', 'Flores', '2015-04-13', '100200300401'),
    ]);
    expect(proposal.matches.map((m) => [m.candidate.id, m.reasons])).toEqual([
      ['2', ['same-msix-id']],
      ['1', expect.arrayContaining(['same-birth-date'])],
    ]);
    expect(proposal.sure?.id).toBe('2');
  });

  it('never proposes a child carrying another MSIX ID', () => {
    const proposal = proposeRecordMatches(record, [
      child('1', 'Rosa', 'Hernández', '2015-04-12', '999999999999'),
    ]);
    expect(proposal).toEqual({ matches: [], sure: null });
  });
});
