import { describe, expect, it } from 'vitest';
import { fileOutcome, fileOutcomeProblems, outcomesKeepingFiles, type Outcome } from './sdp-development';

const FILE_A = '11111111-1111-4111-8111-111111111111';
const FILE_B = '22222222-2222-4222-8222-222222222222';

const textOutcome: Outcome = {
  id: 't1',
  actionKey: 'pre-2',
  kind: 'team_list',
  title: 'Planning team',
  text: 'Ana, Luis',
  link: null,
};
const fileA: Outcome = {
  id: 'f1',
  actionKey: 'pre-2',
  kind: 'agenda',
  title: 'Kick-off agenda',
  text: '',
  link: null,
  documentId: FILE_A,
};

describe('an uploaded file as an outcome (PD1.5)', () => {
  it('names each field of the form that is wrong: the action, the kind, the title', () => {
    expect(fileOutcomeProblems({ actionKey: 'dev-3', kind: 'meeting_schedule', title: 'Dates' })).toEqual([]);
    expect(fileOutcomeProblems({ actionKey: 'dev-9', kind: 'photo', title: 'x'.repeat(201) })).toEqual([
      { field: 'actionKey', message: 'is not an action of the process' },
      { field: 'kind', message: 'is not a kind of outcome' },
      { field: 'title', message: 'must be at most 200 characters' },
    ]);
  });

  it('is titled by the file’s name when no title is given, and holds neither text nor link', () => {
    const file = { documentId: FILE_A, fileName: 'agenda.pdf' };
    expect(fileOutcome('o1', { actionKey: 'pre-2', kind: 'agenda', title: '  ' }, file)).toEqual({
      id: 'o1',
      actionKey: 'pre-2',
      kind: 'agenda',
      title: 'agenda.pdf',
      text: '',
      link: null,
      documentId: FILE_A,
    });
    expect(fileOutcome('o1', { actionKey: 'pre-2', kind: 'agenda', title: ' Kick-off ' }, file).title).toBe(
      'Kick-off',
    );
  });
});

describe('a save neither attaches nor removes a file (PD1.6)', () => {
  const files = new Set([FILE_A, FILE_B]);

  it('keeps the edits of a file outcome and the outcomes without a file', () => {
    const edited = { ...fileA, title: 'Agenda of the kick-off', kind: 'document' as const };
    expect(outcomesKeepingFiles([textOutcome, edited], [fileA], files)).toEqual({
      outcomes: [textOutcome, edited],
      problems: [],
    });
  });

  it('keeps a file outcome the save leaves out, as it was stored', () => {
    expect(outcomesKeepingFiles([textOutcome], [textOutcome, fileA], files).outcomes).toEqual([
      textOutcome,
      fileA,
    ]);
    // A file removed meanwhile (no longer among the files) is not brought back.
    expect(outcomesKeepingFiles([textOutcome], [fileA], new Set([FILE_B])).outcomes).toEqual([textOutcome]);
  });

  it('refuses a file that is not the development’s, or named twice, naming the outcome', () => {
    const stranger = { ...fileA, id: 'f9', documentId: '99999999-9999-4999-8999-999999999999' };
    const twice = { ...fileA, id: 'f2' };
    expect(outcomesKeepingFiles([fileA, stranger, twice], [fileA], files).problems).toEqual([
      { field: 'content.outcomes[1].documentId', message: 'is not a file of this development' },
      { field: 'content.outcomes[2].documentId', message: 'is used twice' },
    ]);
  });
});
