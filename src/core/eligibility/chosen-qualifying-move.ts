import type { Determination, Interview, InterviewMove } from './interview-schema';

/**
 * A COE as one of its children's eligibilities keeps it: the child named as its interview names
 * them, and only the parts of the interview and determination that say which move qualified.
 */
export interface CoeOfChild {
  interview: Pick<Interview, 'moves' | 'state'>;
  determination: Pick<Determination, 'children'>;
  interviewChildId: string;
}

/**
 * The move a COE's determination chose as one child's qualifying move, among its interview's
 * moves; null when it chose none.
 */
export function chosenQualifyingMove(coe: CoeOfChild): InterviewMove | null {
  const moveId = coe.determination.children.find(
    (child) => child.child === coe.interviewChildId,
  )?.qualifyingMove;
  return coe.interview.moves.find((move) => move.id === moveId) ?? null;
}
