import { Type } from '@sinclair/typebox';
import { Nullable, Paging } from '../../schemas';
import { RegionSummary } from '../mpo-outcomes/mpo-outcomes.schemas';

const Status = Type.Union(
  [Type.Literal('overdue'), Type.Literal('pending'), Type.Literal('late'), Type.Literal('met')],
  {
    description:
      'overdue: not sent and past due; pending: not sent, not yet due; late: sent after the due date; met: sent by it',
  },
);

const Day = Type.String({ format: 'date' });

export const MsixDeadlinesQuery = Type.Object({
  regionId: Type.Optional(
    Type.String({
      format: 'uuid',
      description: 'The region to list; by default your region (or the state for state roles)',
    }),
  ),
  status: Type.Optional(Status),
  ...Paging,
});

export const MsixDeadlinesReply = Type.Object({
  region: Nullable(RegionSummary),
  today: Day,
  summary: Type.Object(
    {
      overdue: Type.Integer({ description: 'Not sent and past due' }),
      dueSoon: Type.Integer({ description: 'Not sent, due within the next 5 working days' }),
      pending: Type.Integer(),
      late: Type.Integer(),
      met: Type.Integer(),
    },
    { description: 'Every deadline of the region or state, whatever the filter' },
  ),
  total: Type.Integer({ description: 'Deadlines matching the status filter' }),
  rows: Type.Array(
    Type.Object({
      childId: Type.String({ description: 'The child, for a link to the child’s page' }),
      name: Type.String(),
      studentNumber: Type.String(),
      kind: Type.Union(
        [
          Type.Literal('enrollment'),
          Type.Literal('withdrawal'),
          Type.Literal('coe-approval'),
          Type.Literal('term-end'),
          Type.Literal('data-change'),
          Type.Literal('move-notice'),
        ],
        { description: 'The event that started the deadline' },
      ),
      eventDate: Day,
      about: Nullable(
        Type.String({
          description: 'The school of an enrollment or withdrawal; the QAD of a COE’s eligibility',
        }),
      ),
      dueDate: Day,
      status: Status,
      submittedOn: Nullable(Type.String({ format: 'date', description: 'The day an export carried it' })),
      daysOverdue: Type.Integer({ description: 'Calendar days past the due date while overdue' }),
      dueSoon: Type.Boolean(),
    }),
    { description: 'The page, overdue first, then pending, late and met' },
  ),
  offset: Type.Integer(),
  limit: Type.Integer(),
});
