import { describe, expect, it } from 'vitest';
import { DomainError } from '../common/domain-error';
import { checkHistoryConfirmation } from './history-confirmation';

const CANDIDATES = ['H-1', 'H-2', 'H-3'];
const fieldsOf = (answer: Parameters<typeof checkHistoryConfirmation>[0]): string[] => {
  try {
    checkHistoryConfirmation(answer, CANDIDATES);
  } catch (error) {
    if (error instanceof DomainError) return error.problems.map((p) => p.field);
    throw error;
  }
  return [];
};

describe('IR4.2: a person answers which imported history is the child and which are not', () => {
  it('keeps the one confirmed and the others said not to be the child, sorted', () => {
    expect(
      checkHistoryConfirmation({ historyStudentId: 'H-2', notThisChild: ['H-3', 'H-1'] }, CANDIDATES),
    ).toEqual({ historyStudentId: 'H-2', notThisChild: ['H-1', 'H-3'] });
    expect(checkHistoryConfirmation({ historyStudentId: null, notThisChild: [] }, CANDIDATES)).toEqual({
      historyStudentId: null,
      notThisChild: [],
    });
  });
  it('refuses a history student the page did not offer, naming it', () => {
    expect(fieldsOf({ historyStudentId: null, notThisChild: ['H-1', 'H-9'] })).toEqual(['notThisChild[1]']);
  });
  it('refuses saying the confirmed history is not the child', () => {
    expect(fieldsOf({ historyStudentId: 'H-1', notThisChild: ['H-1'] })).toEqual(['notThisChild[0]']);
  });
  it('refuses one said twice', () => {
    expect(fieldsOf({ historyStudentId: null, notThisChild: ['H-2', 'H-2'] })).toEqual(['notThisChild[1]']);
  });
  it('lists at most 20', () => {
    const many = Array.from({ length: 21 }, (_, i) => `H-${i}`);
    expect(fieldsOf({ historyStudentId: null, notThisChild: many })[0]).toBe('notThisChild');
  });
});
