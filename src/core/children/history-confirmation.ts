/**
 * A person's answer about the imported history students that may be a Ciclo child
 * (docs/rules/identification-and-recruitment.md, IR4.2): which one the child is, if any, and
 * which ones the person said are not this child, so the child's page stops asking about them.
 */
import { DomainError, type FieldProblem } from '../common/domain-error';

/** The most history students one answer may say are not the child (the page lists at most 20). */
export const MAX_NOT_THIS_CHILD = 20;

export interface HistoryConfirmation {
  /** The history student the child is; null: none. */
  historyStudentId: string | null;
  /** History students a person said are not this child. */
  notThisChild: readonly string[];
}

/**
 * Check an answer against the candidates the child's page offered: each history student named
 * must be one of them, none said twice, and the one the child is cannot also be "not this child".
 * The linked one must also be a candidate (checked with its own message by the caller).
 * @returns the answer with "not this child" sorted and without the linked one.
 * @throws DomainError `invalid_input` naming `notThisChild[i]` or `notThisChild`.
 */
export function checkHistoryConfirmation(
  answer: HistoryConfirmation,
  candidateIds: readonly string[],
): HistoryConfirmation {
  const problems: FieldProblem[] = [];
  if (answer.notThisChild.length > MAX_NOT_THIS_CHILD)
    problems.push({ field: 'notThisChild', message: `list at most ${MAX_NOT_THIS_CHILD} history students` });
  const seen = new Set<string>();
  answer.notThisChild.forEach((studentId, index) => {
    const field = `notThisChild[${index}]`;
    if (!candidateIds.includes(studentId))
      problems.push({ field, message: 'is not imported history that may be this child' });
    else if (studentId === answer.historyStudentId)
      problems.push({ field, message: 'is the history confirmed as this child' });
    else if (seen.has(studentId)) problems.push({ field, message: 'is listed twice' });
    seen.add(studentId);
  });
  if (problems.length > 0)
    throw new DomainError(
      'invalid_input',
      problems.map((p) => `${p.field}: ${p.message}`).join('; '),
      problems,
    );
  return { historyStudentId: answer.historyStudentId, notThisChild: [...seen].sort() };
}
