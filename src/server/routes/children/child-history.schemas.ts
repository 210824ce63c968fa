import { Type } from '@sinclair/typebox';
import { MAX_NOT_THIS_CHILD } from '../../../core/children/history-confirmation';
import { Nullable } from '../../schemas';

const HistoryStudentId = Type.String({
  minLength: 1,
  maxLength: 64,
  description: 'The student number of imported qualification history (the file’s student_id)',
});

export const ChildHistoryReply = Type.Object({
  historyStudentId: Nullable({
    ...HistoryStudentId,
    description: 'The imported history the child is, once matched or confirmed; null when none',
  }),
  version: Type.Integer({ description: 'The child’s version: send it back when linking' }),
  notThisChild: Type.Array(HistoryStudentId, {
    description: 'History students a person said are not this child',
  }),
  candidates: Type.Array(
    Type.Object({
      studentId: HistoryStudentId,
      birthDate: Type.String({ description: 'The birth date the history gives' }),
      records: Type.Integer({ description: 'How many qualification records the history holds' }),
      firstRecruitmentDate: Type.String({ description: 'The earliest recruitment date in it' }),
      lastRecruitmentDate: Type.String({ description: 'The latest recruitment date in it' }),
      byNumber: Type.Boolean({ description: 'The child carries this number (student number or SSID)' }),
      linkedElsewhere: Type.Boolean({ description: 'Another child is this history already' }),
      notThisChild: Type.Boolean({ description: 'A person said this history is not this child' }),
    }),
    {
      description:
        'History students that may be the child: by the child’s number, or born on the child’s birth date (or with day and month swapped) in the child’s region; at most 20',
    },
  ),
});

export const LinkChildHistoryBody = Type.Object(
  {
    historyStudentId: Nullable({
      ...HistoryStudentId,
      description: 'The history student the child is, as a person confirms it; null: none',
    }),
    notThisChild: Type.Optional(
      Type.Array(HistoryStudentId, {
        maxItems: MAX_NOT_THIS_CHILD,
        description:
          'The candidates a person says are not this child (replaces those said before); absent: those said before stay, but the one linked',
      }),
    ),
    version: Type.Integer({ minimum: 1, description: 'The version you read' }),
  },
  { additionalProperties: false },
);
