import { Type } from '@sinclair/typebox';
import { MOVE_NOTICE_OUTCOMES, MOVE_NOTICE_SEXES } from '../../../core/exchange/move-notice';
import { CalendarDateSchema, Literals, Nullable } from '../../schemas';
import { FileField } from '../../uploads';

const RegionId = Type.String({ format: 'uuid', description: 'The receiving region' });

export const MoveNoticeImportBody = Type.Object(
  {
    file: FileField(
      "MSIX move notices in Ciclo's CSV layout (docs/rules/msix.md X10.1): UTF-8, one row per child, the rows of one notice id one family",
    ),
    regionId: Type.Optional(
      Type.String({ format: 'uuid', description: 'The receiving region; by default your region' }),
    ),
    districtId: Type.Optional(
      Type.String({
        format: 'uuid',
        description:
          'The district of the region whose queue takes a notice whose destination city or ZIP code has no school of the region in the directory',
      }),
    ),
  },
  { additionalProperties: false },
);

export const MoveNoticeImportReply = Type.Object({
  rows: Type.Integer(),
  notices: Type.Integer(),
  imported: Type.Integer(),
  duplicates: Type.Integer({ description: 'Notices imported before (by notice id), not imported again' }),
  skippedCount: Type.Integer(),
  skipped: Type.Array(
    Type.Object({ line: Type.Integer(), column: Nullable(Type.String()), message: Type.String() }),
  ),
});

export const MoveNoticeQuery = Type.Object({
  regionId: Type.Optional(RegionId),
  referralId: Type.Optional(
    Type.String({ format: 'uuid', description: 'Only the notice whose task is this referral' }),
  ),
  open: Type.Optional(Type.Boolean({ description: 'Only notices without an outcome yet' })),
});

const Outcome = Literals(MOVE_NOTICE_OUTCOMES, 'What came of looking for the family');
const Deadline = Literals(['met', 'late', 'pending', 'overdue'], 'Where the answer’s deadline stands (X6.4)');

export const MoveNoticeReply = Type.Object({
  id: Type.String(),
  noticeId: Type.String({ description: 'MSIX’s notice id' }),
  regionId: Type.String(),
  referralId: Type.String({ description: 'The task in the contact queue' }),
  districtName: Type.String(),
  noticeDate: Type.String(),
  children: Type.Array(
    Type.Object({
      msixId: Type.String(),
      firstName: Type.String(),
      middleName: Nullable(Type.String()),
      lastName1: Type.String(),
      lastName2: Nullable(Type.String()),
      birthDate: Type.String(),
      sex: Nullable(Literals(MOVE_NOTICE_SEXES, 'As MSIX writes it')),
    }),
  ),
  parents: Type.Array(Type.String()),
  phone: Nullable(Type.String()),
  address: Nullable(Type.String()),
  from: Type.Object({ city: Nullable(Type.String()), state: Type.String() }),
  to: Type.Object({
    city: Type.String(),
    state: Type.String(),
    county: Nullable(Type.String()),
    zip: Nullable(Type.String()),
  }),
  expectedArrival: Nullable(Type.String()),
  sender: Type.Object({
    name: Nullable(Type.String()),
    phone: Nullable(Type.String()),
    email: Nullable(Type.String()),
  }),
  comments: Nullable(Type.String()),
  dueDate: Type.String({ description: 'The day the answer is due (X10.4)' }),
  deadlineStatus: Deadline,
  outcome: Nullable(
    Type.Object({
      outcome: Outcome,
      outcomeOn: Type.String(),
      movedToCity: Nullable(Type.String()),
      movedToState: Nullable(Type.String()),
      coeId: Nullable(
        Type.String({ description: 'The COE prepared from the task, for a family found and interviewed' }),
      ),
      recordedBy: Nullable(Type.String()),
    }),
  ),
  sentOn: Nullable(Type.String({ description: 'The day the outcome file that sent the answer was made' })),
  abilities: Type.Object({ answer: Type.Boolean() }),
  version: Type.Integer(),
});

export const MoveNoticeList = Type.Object({ items: Type.Array(MoveNoticeReply) });

export const MoveNoticeOutcomeBody = Type.Object(
  {
    outcome: Outcome,
    outcomeOn: CalendarDateSchema('The day the family was found, or the search ended'),
    movedToCity: Type.Optional(
      Nullable(Type.String({ maxLength: 200, description: 'Where the family moved on to, when known' })),
    ),
    movedToState: Type.Optional(
      Nullable(Type.String({ maxLength: 2, description: 'Its state, two letters' })),
    ),
    version: Type.Integer({ minimum: 1, description: 'The version read' }),
  },
  { additionalProperties: false },
);

export const MoveNoticeOutcomesQuery = Type.Object(
  {
    regionId: Type.Optional(
      Type.String({
        format: 'uuid',
        description:
          'The region whose answers to send; the state administrator may leave it out for the whole state',
      }),
    ),
  },
  { additionalProperties: false },
);

export const MoveNoticeOutcomesReply = Type.Object({
  id: Type.String(),
  fileName: Type.String(),
  answers: Type.Integer({ description: 'Notices answered in the file' }),
  rows: Type.Integer({ description: 'Rows of the file: one per child of each notice' }),
});
