import { Type } from '@sinclair/typebox';
import { MATCH_REASONS } from '../../../core/children/likely-matches';
import { Literals, Nullable } from '../../schemas';
import { FileField } from '../../uploads';

const Text = (description: string) => Type.Optional(Type.String({ description }));
const Day = (description: string) => Type.String({ format: 'date', description });

const Move = Type.Object({
  qualifyingArrivalDate: Day('Qualifying Arrival Date (QAD)'),
  fromCity: Text('Where the move came from'),
  fromState: Text('The state it came from (two letters)'),
  fromCountry: Text('The country it came from, when abroad'),
  toCity: Text('Where the move went'),
  toState: Type.String({ description: 'The state it went to (two letters)' }),
  eligibilityExpirationDate: Type.Optional(Day('Eligibility Expiration Date')),
});
const Enrollment = Type.Object({
  enrollmentDate: Day('Enrollment Date'),
  enrollmentType: Text('MSIX enrollment type code'),
  schoolOrProjectName: Type.String(),
  schoolId: Text('The school identifier the state sent'),
  districtName: Text('District'),
  districtId: Text('The district identifier the state sent'),
  gradeLevel: Text('Grade Level'),
  withdrawalDate: Type.Optional(Day('Withdrawal Date')),
  withdrawalReason: Text('Why the child withdrew'),
});
const Course = Type.Object({
  courseTitle: Type.String(),
  subjectArea: Text('Subject area'),
  gradeLevel: Text('Grade Level'),
  schoolYear: Type.String({ description: 'e.g. 2024-2025' }),
  term: Text('Term'),
  creditsGranted: Text('Credits granted, decimal text'),
  finalGrade: Text('Final grade'),
});
const Assessment = Type.Object({
  assessmentTitle: Type.String(),
  contentArea: Text('Content area'),
  administrationDate: Day('Day given'),
  scoreResult: Text('Score'),
  interpretation: Text('The level the state reported'),
});
const StateHistory = Type.Object({
  state: Type.String({ description: 'The sending state (two letters)' }),
  stateStudentId: Text('The student identifier the sending state gave'),
  qualifyingMoves: Type.Array(Move),
  enrollments: Type.Array(Enrollment),
  courses: Type.Array(Course),
  assessments: Type.Array(Assessment),
});
const Student = Type.Object({
  firstName: Type.String(),
  middleName: Text('Middle name'),
  lastName1: Type.String(),
  lastName2: Text('Last Name 2'),
  sex: Text('F, M or X'),
  birthDate: Day('Birth date'),
  birthCity: Text('Birth city'),
  birthState: Text('Birth state'),
  birthCountry: Text('Birth country'),
});

export const ConsolidatedRecordReply = Type.Object({
  id: Type.String(),
  msixId: Type.String({ description: 'The MSIX Identification Number' }),
  sendingStates: Type.Array(Type.String()),
  receivedOn: Day('The day Ciclo received the record'),
  fileName: Nullable(Type.String()),
  attachedBy: Type.String(),
  attachedAt: Type.String({ format: 'date-time' }),
  detachedBy: Nullable(Type.String()),
  detachedAt: Nullable(Type.String({ format: 'date-time' })),
  version: Type.Integer(),
  student: Student,
  states: Type.Array(StateHistory, { description: 'Per sending state, the latest first (X11.3)' }),
});

export const ChildConsolidatedRecordsReply = Type.Object({
  attached: Type.Array(ConsolidatedRecordReply),
  detached: Type.Array(ConsolidatedRecordReply, { description: 'Kept so that a detach can be undone' }),
  abilities: Type.Object({ canAttach: Type.Boolean() }),
});

export const RecordParams = Type.Object({
  id: Type.String({ format: 'uuid', description: 'The child' }),
  recordId: Type.String({ format: 'uuid', description: 'The attached record' }),
});

export const VersionBody = Type.Object(
  { version: Type.Integer({ minimum: 1, description: 'The version read' }) },
  { additionalProperties: false },
);

const RecordFile = FileField(
  'A file of consolidated records in the layout of docs/rules/msix.md X11.1 (JSON, one or several records)',
);

export const AttachBody = Type.Object(
  {
    file: RecordFile,
    msixId: Type.Optional(
      Type.String({ pattern: '^\\d{12}$', description: 'Which record of a file of several, by its MSIX ID' }),
    ),
  },
  { additionalProperties: false },
);

export const ImportBody = Type.Object({ file: RecordFile }, { additionalProperties: false });

export const ImportReply = Type.Object({
  records: Type.Array(
    Type.Object({
      msixId: Type.String(),
      name: Type.String(),
      birthDate: Day('Birth date in the record'),
      sendingStates: Type.Array(Type.String()),
      matches: Type.Array(
        Type.Object({
          childId: Type.String(),
          studentNumber: Type.String(),
          name: Type.String(),
          birthDate: Day("The child's birth date in Ciclo"),
          regionNumber: Type.Integer(),
          score: Type.Integer({ description: '0–100' }),
          reasons: Type.Array(Literals([...MATCH_REASONS, 'same-msix-id'], 'Why the child is proposed')),
        }),
      ),
      sureChildId: Nullable(Type.String()),
      attachedRecordId: Type.Optional(Type.String()),
    }),
  ),
});
