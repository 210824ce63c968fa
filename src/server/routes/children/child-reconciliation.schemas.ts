import { Type } from '@sinclair/typebox';
import { MATCH_REASONS } from '../../../core/children/likely-matches';
import { CONFLICTING_IDENTIFIERS } from '../../../core/children/reconciliation';
import { CHILD_REFERENCES } from '../../../data/repositories/child-identities.repository';
import { CalendarDateSchema, ListOf, Literals, Nullable, Paging } from '../../schemas';

const Uuid = (description: string) => Type.String({ format: 'uuid', description });
const Version = (description: string) => Type.Integer({ minimum: 1, description });

export const ProposalReason = Literals(
  ['same-ssid', 'same-msix-id', 'same-student-number', ...MATCH_REASONS],
  'Why the pair is proposed',
);

const SideBySide = Type.Object({
  id: Type.String({ format: 'uuid' }),
  version: Type.Integer({ description: 'Send back with a merge, to detect concurrent edits' }),
  regionId: Type.String({ format: 'uuid' }),
  regionNumber: Type.Integer(),
  studentNumber: Type.String({ description: "The state's migrant student number" }),
  statewideStudentId: Nullable(Type.String({ description: 'CALPADS SSID' })),
  msixId: Nullable(Type.String({ description: 'MSIX Identification Number' })),
  historyStudentId: Nullable(Type.String({ description: 'Student number of the linked imported history' })),
  firstName: Type.String(),
  middleName: Nullable(Type.String()),
  lastSurname: Type.String(),
  secondSurname: Nullable(Type.String()),
  birthDate: Type.String(),
  sex: Type.String(),
  familyId: Nullable(Type.String()),
  enrollments: Type.Array(
    Type.Object({
      districtName: Type.String(),
      schoolName: Nullable(Type.String()),
      enrollmentDate: Type.String(),
      exitDate: Nullable(Type.String()),
    }),
  ),
  coes: Type.Array(
    Type.Object({
      coeId: Type.String(),
      status: Type.String(),
      interviewDate: Type.String(),
      qad: Nullable(Type.String()),
      eligible: Type.Boolean(),
    }),
  ),
});

export const MatchProposalsQuery = Type.Object({
  regionId: Type.Optional(Uuid('Only pairs with a child of this region')),
  childId: Type.Optional(Uuid('Only pairs with this child')),
  ...Paging,
});

export const MatchProposalsReply = Type.Intersect([
  ListOf(
    Type.Object({
      certain: Type.Boolean({ description: 'The two share an identifier (SSID, MSIX ID, student number)' }),
      score: Type.Integer({ description: '100 when certain; else the likely-match score' }),
      reasons: Type.Array(ProposalReason),
      conflicts: Type.Array(
        Literals(
          CONFLICTING_IDENTIFIERS,
          'An identifier both hold with different values: a merge needs a reason',
        ),
      ),
      crossRegion: Type.Boolean({
        description: 'The children are of two regions: the state administrator merges them',
      }),
      first: SideBySide,
      second: SideBySide,
    }),
  ),
  Type.Object({
    threshold: Type.Integer({ description: 'The score from which likely matches are proposed' }),
  }),
]);

export const MergeBody = Type.Object(
  {
    keptChildId: Uuid('The child kept'),
    keptVersion: Version('The version of the kept child you read'),
    mergedChildId: Uuid('The child merged into the kept one and retired'),
    mergedVersion: Version('The version of the merged child you read'),
    overrideReason: Type.Optional(
      Nullable(
        Type.String({
          maxLength: 1000,
          description: 'Why they are one child although their identifiers differ (required then)',
        }),
      ),
    ),
  },
  { additionalProperties: false },
);

export const DismissBody = Type.Object(
  {
    firstChildId: Uuid('One child of the pair'),
    secondChildId: Uuid('The other child of the pair'),
    reason: Type.Optional(Type.String({ maxLength: 1000, description: 'Why they are not the same child' })),
  },
  { additionalProperties: false },
);

export const DismissReply = Type.Object({ dismissed: Type.Boolean() });

const RowKey = Type.Record(Type.String({ maxLength: 40 }), Type.String({ maxLength: 100 }), {
  description: "The row's primary key, as the child's records list it",
});
const ReferenceTable = Literals(
  CHILD_REFERENCES.map((r) => r.table),
  'The table of the record',
);

export const SplitBody = Type.Object(
  {
    childId: Uuid('The child whose records are split'),
    version: Version('The version of that child you read'),
    rows: Type.Array(Type.Object({ table: ReferenceTable, key: RowKey }, { additionalProperties: false }), {
      minItems: 1,
      maxItems: 1000,
      description: 'The records that belong to the other child',
    }),
    target: Type.Optional(
      Type.Object(
        {
          childId: Uuid('An existing child to take the records'),
          version: Version('The version of that child you read'),
        },
        { additionalProperties: false },
      ),
    ),
    newChild: Type.Optional(
      Type.Object(
        {
          firstName: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
          middleName: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
          lastSurname: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
          secondSurname: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
          birthDate: Type.Optional(CalendarDateSchema('Birth date')),
        },
        { additionalProperties: false, description: 'The new child, where it differs from the child split' },
      ),
    ),
  },
  { additionalProperties: false },
);

const ChildName = Type.Object({
  id: Type.String({ format: 'uuid' }),
  studentNumber: Type.String(),
  firstName: Type.String(),
  lastSurname: Type.String(),
});

export const OperationReply = Type.Object({
  id: Type.String({ format: 'uuid' }),
  kind: Literals(['merge', 'split'], 'A merge or a split'),
  keptChild: ChildName,
  otherChild: ChildName,
  createdChild: Type.Boolean({ description: 'The split made the other child' }),
  overrideReason: Nullable(Type.String()),
  moved: Type.Array(
    Type.Object({
      table: Type.String(),
      count: Type.Integer(),
      keys: Type.Array(Type.Record(Type.String(), Type.String())),
    }),
  ),
  identifiers: Type.Record(Type.String(), Type.String(), {
    description: 'The identifiers the kept child took from the merged one',
  }),
  doneBy: Type.String(),
  doneAt: Type.String({ format: 'date-time' }),
  undoneBy: Nullable(Type.String()),
  undoneAt: Nullable(Type.String({ format: 'date-time' })),
});

export const RetiredChildReply = Type.Object({
  child: ChildName,
  keptChild: ChildName,
  operationId: Nullable(Type.String({ format: 'uuid', description: 'The merge, to undo from the history' })),
  retiredBy: Nullable(
    Literals(
      ['merge', 'undone-split'],
      'A merge, or the undo of the split that made this child; null when no operation records it',
    ),
  ),
  retiredAt: Nullable(
    Type.String({ format: 'date-time', description: 'When the merge was done, or the split undone' }),
  ),
  canReconcile: Type.Boolean({ description: 'You may undo the merge' }),
});

export const OperationsQuery = Type.Object({
  childId: Type.Optional(Uuid('Only the operations of this child')),
  ...Paging,
});
export const OperationsReply = ListOf(OperationReply);

export const ChildRowsReply = Type.Object({
  version: Type.Integer(),
  items: Type.Array(
    Type.Object({
      table: Type.String(),
      key: Type.Record(Type.String(), Type.String()),
      shown: Type.Record(Type.String(), Type.Unknown()),
    }),
  ),
});

export const MatchSettingsReply = Type.Object({
  threshold: Type.Integer({ minimum: 1, maximum: 100 }),
  version: Type.Integer(),
  canChange: Type.Boolean({ description: 'You may change it (the state administrator)' }),
});
export const MatchSettingsBody = Type.Object(
  {
    threshold: Type.Integer({
      minimum: 1,
      maximum: 100,
      description: 'The score from which likely matches are proposed',
    }),
    version: Type.Integer({ minimum: 0, description: 'The version you read (0: never saved)' }),
  },
  { additionalProperties: false },
);
