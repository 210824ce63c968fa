import { Type } from '@sinclair/typebox';
import { ASSESSMENT_SUBJECTS } from '../../../core/services/assessment-levels';
import { Literals, Nullable, Paging, PeriodSchema } from '../../schemas';
import { SettingVersion, SettingVersionRead } from '../../setting-version';
import { FileField, JsonField } from '../../uploads';

const Subject = Literals(ASSESSMENT_SUBJECTS, 'CAASPP ELA or mathematics, or the Summative ELPAC');
const StudentId = Type.String({
  minLength: 1,
  maxLength: 20,
  description: 'The state-unique migrant student number',
});
const SchoolYear = PeriodSchema('A school year');
const Level = Type.Integer({ minimum: 1, maximum: 4, description: 'The level, 1 to 4' });

export const AssessmentResultReply = Type.Object({
  studentId: Type.String(),
  subject: Subject,
  schoolYear: Type.String(),
  level: Type.Integer(),
  belowProficient: Type.Boolean({
    description: 'Whether the level counts as below proficient (state setting)',
  }),
  source: Literals(['entered', 'imported'] as const, 'Typed by hand or imported'),
  recordedAt: Type.String({ format: 'date-time' }),
  version: Type.Integer({ description: 'Raised by every change' }),
  child: Nullable(Type.Object({ id: Type.String(), name: Type.String() })),
});

export const AssessmentListQuery = Type.Object({
  studentId: Type.Optional(Type.String({ maxLength: 20, description: 'One student number' })),
  subject: Type.Optional(Subject),
  schoolYear: Type.Optional(SchoolYear),
  ...Paging,
});

export const EnterAssessmentBody = Type.Object(
  { studentId: StudentId, subject: Subject, schoolYear: SchoolYear, level: Level },
  { additionalProperties: false },
);

export const AssessmentKeyParams = Type.Object({
  studentId: StudentId,
  subject: Subject,
  schoolYear: SchoolYear,
});
const Version = Type.Integer({
  minimum: 1,
  description: 'The version read: a stale one is refused with 409',
});
export const ChangeLevelBody = Type.Object(
  { level: Level, version: Version },
  { additionalProperties: false },
);
export const RemoveResultQuery = Type.Object({ version: Version });

export const ChildAssessmentsReply = Type.Object({
  studentId: Type.String(),
  results: Type.Array(
    Type.Object({
      subject: Subject,
      schoolYear: Type.String(),
      level: Type.Integer(),
      belowProficient: Type.Boolean(),
    }),
  ),
});

const MappedColumn = Type.Object(
  { column: Type.String({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
);
export const AssessmentMapping = Type.Object(
  {
    studentId: Type.String({ minLength: 1, maxLength: 200, description: 'The column of the student number' }),
    subject: Type.Union([MappedColumn, Type.Object({ fixed: Subject }, { additionalProperties: false })], {
      description: 'The column of the subject, or one subject for the whole file',
    }),
    schoolYear: Type.Union(
      [MappedColumn, Type.Object({ fixed: SchoolYear }, { additionalProperties: false })],
      {
        description: 'The column of the school year, or one year for the whole file',
      },
    ),
    level: Type.String({
      minLength: 1,
      maxLength: 200,
      description: 'The column of the level (1–4 or its name)',
    }),
  },
  { additionalProperties: false },
);

const file = FileField(
  'The results: .csv (UTF-8) or .xlsx (its first sheet); at most 25 MB, 200,000 rows, 100 columns, 10,000 characters a cell',
);
export const AssessmentPreviewBody = Type.Object({ file }, { additionalProperties: false });
export const AssessmentPreviewReply = Type.Object({
  header: Type.Array(Type.String()),
  sample: Type.Array(Type.Array(Type.String())),
  rowCount: Type.Integer(),
  mapping: Type.Partial(AssessmentMapping, { description: 'A guess from the header' }),
});
export const AssessmentImportBody = Type.Object(
  { file, mapping: JsonField(AssessmentMapping) },
  { additionalProperties: false },
);
export const AssessmentImportReply = Type.Object({
  rows: Type.Integer(),
  added: Type.Integer(),
  replaced: Type.Integer({ description: 'Stored results whose level the file replaced' }),
});

const Levels = Type.Array(Type.Integer({ minimum: 1, maximum: 3 }), { maxItems: 3 });
export const BelowProficientSettingSchema = Type.Object(
  { ELA: Levels, MATH: Levels, ELPAC: Levels },
  { additionalProperties: false, description: 'The levels of each subject that count as below proficient' },
);

/** The setting in force and the version to save a change at. */
export const BelowProficientSettingReply = Type.Object(
  { ...BelowProficientSettingSchema.properties, version: SettingVersionRead },
  { description: 'The levels of each subject that count as below proficient' },
);

/** A change of the setting, at the version read. */
export const ChangeBelowProficientSettingBody = Type.Object(
  { ...BelowProficientSettingSchema.properties, version: SettingVersion },
  { additionalProperties: false, description: 'The levels of each subject that count as below proficient' },
);
