import { Type, type Static } from '@sinclair/typebox';
import {
  ALIGNMENT_KINDS,
  CHECKLIST_KEYS,
  MAX_ALIGNMENT_CODE,
  MAX_ALIGNMENT_RECORDS,
  MAX_ALIGNMENT_TEXT,
} from '../../../core/plan-development/alignment';
import {
  MAX_COMMENT_LENGTH,
  MAX_OUTCOME_TITLE,
  MAX_OUTCOMES,
  MAX_THEME_LENGTH,
  MAX_THEMES,
  OUTCOME_KINDS,
  STAKEHOLDER_GROUPS,
} from '../../../core/plan-development/sdp-development';
import { SDP_PHASES } from '../../../core/plan-development/sdp-process';
import { DocumentReply } from '../../documents';
import { CalendarDateSchema, Literals, Nullable } from '../../schemas';
import { FileField } from '../../uploads';

const Text = (max: number, description: string) => Type.String({ maxLength: max, description });
const LocalText = Type.Object({ en: Type.String(), es: Type.String() });
const RecordId = Type.String({ minLength: 1, maxLength: 40, description: 'A record id of the chart' });

const ActivityTrack = Type.Object(
  {
    dueOn: Type.Union([Type.Null(), CalendarDateSchema('When it is due')]),
    owner: Text(200, 'Who carries it out'),
    done: Type.Boolean(),
  },
  { additionalProperties: false },
);

const Outcome = Type.Object(
  {
    id: RecordId,
    actionKey: Type.String({ maxLength: 20, description: 'The action: pre-1, dev-3…' }),
    kind: Literals(OUTCOME_KINDS, 'document, team_list, meeting_schedule, agenda or other'),
    title: Text(200, 'Its title'),
    text: Text(MAX_COMMENT_LENGTH, 'A member list, a schedule, a summary'),
    link: Type.Union([Type.Null(), Text(2000, 'An http or https address')]),
    documentId: Type.Optional(
      Type.Union([
        Type.Null(),
        Type.String({ format: 'uuid', description: 'The uploaded file of a file outcome (one of `files`)' }),
      ]),
    ),
  },
  { additionalProperties: false },
);

const AlignmentRecord = Type.Object(
  {
    id: RecordId,
    kind: Literals(ALIGNMENT_KINDS, 'goal, need, strategy, mpo or measure'),
    code: Text(MAX_ALIGNMENT_CODE, 'A short name: 1.1'),
    text: Text(MAX_ALIGNMENT_TEXT, 'The record'),
    interimMeasure: Type.Union([
      Type.Null(),
      Text(MAX_ALIGNMENT_TEXT, 'A goal’s measure of interim progress'),
    ]),
    links: Type.Array(RecordId, { maxItems: 100, description: 'The records it serves' }),
    planRef: Type.Union([Type.Null(), Text(MAX_ALIGNMENT_CODE, 'The plan’s number it came from')]),
  },
  { additionalProperties: false },
);

const ChecklistMark = Type.Object(
  { addressed: Type.Boolean(), note: Text(2000, 'Where the plan addresses it') },
  { additionalProperties: false },
);

export const SdpContent = Type.Object(
  {
    activities: Type.Record(Type.String({ pattern: '^(pre|dev|dis)-\\d{1,2}\\.\\d{1,2}$' }), ActivityTrack),
    outcomes: Type.Array(Outcome, { maxItems: MAX_OUTCOMES }),
    alignment: Type.Array(AlignmentRecord, { maxItems: MAX_ALIGNMENT_RECORDS }),
    checklist: Type.Object(
      Object.fromEntries(CHECKLIST_KEYS.map((key) => [key, Type.Optional(ChecklistMark)])),
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);

const Gap = Type.Object({
  kind: Type.String({ description: 'need_without_strategy, strategy_without_mpo, mpo_without_measure…' }),
  recordId: Nullable(Type.String()),
  code: Nullable(Type.String()),
});

const Action = Type.Object({
  key: Type.String(),
  phase: Literals(SDP_PHASES, 'pre_planning, development or dissemination'),
  name: LocalText,
  activities: Type.Array(Type.Object({ key: Type.String(), text: LocalText })),
  outcomes: Type.Array(LocalText),
  personnel: LocalText,
});

const Group = Literals(
  STAKEHOLDER_GROUPS,
  'pac (the state Parent Advisory Council), parents, local_agencies, mep_staff, planning_team, partners, other',
);

const Feedback = Type.Object({
  id: Type.String({ format: 'uuid' }),
  group: Group,
  themes: Type.Array(Type.String()),
  comment: Type.String(),
  response: Nullable(Type.String()),
  respondedByLabel: Nullable(Type.String()),
  respondedAt: Nullable(Type.String({ format: 'date-time' })),
  recordedByLabel: Type.String(),
  version: Type.Integer(),
  createdAt: Type.String({ format: 'date-time' }),
});

export const DevelopmentReply = Type.Object({
  id: Type.String({ format: 'uuid' }),
  name: Type.String(),
  version: Type.Integer(),
  updatedAt: Type.String({ format: 'date-time' }),
  content: SdpContent,
  process: Type.Array(Action),
  gaps: Type.Array(Gap),
  checklist: Type.Array(
    Type.Object({
      key: Type.String(),
      required: Type.Boolean(),
      met: Type.Boolean(),
      fromChart: Type.Boolean(),
      note: Type.String(),
    }),
  ),
  requirementsMet: Type.Boolean(),
  feedback: Type.Array(Feedback),
  files: Type.Array(DocumentReply, { description: 'The uploaded files of its outcomes' }),
  abilities: Type.Object({ read: Type.Boolean(), manage: Type.Boolean(), contribute: Type.Boolean() }),
});
export type SdpDevelopmentReply = Static<typeof DevelopmentReply>;

export const DevelopmentListReply = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.String({ format: 'uuid' }),
      name: Type.String(),
      updatedAt: Type.String({ format: 'date-time' }),
    }),
  ),
  canCreate: Type.Boolean(),
});
export type SdpDevelopmentListReply = Static<typeof DevelopmentListReply>;

export const CreateBody = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 200, description: 'SDP 2027, say' }) },
  { additionalProperties: false },
);
export const SaveBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1, description: 'The version you read' }),
    name: Type.String({ minLength: 1, maxLength: 200 }),
    content: SdpContent,
  },
  { additionalProperties: false },
);
export const VersionBody = Type.Object(
  { version: Type.Integer({ minimum: 1, description: 'The version you read' }) },
  { additionalProperties: false },
);
export const FeedbackBody = Type.Object(
  {
    group: Group,
    themes: Type.Array(Type.String({ maxLength: MAX_THEME_LENGTH }), { maxItems: MAX_THEMES }),
    comment: Type.String({ minLength: 1, maxLength: MAX_COMMENT_LENGTH }),
  },
  { additionalProperties: false },
);
export const ResponseBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1, description: 'The comment’s version you read' }),
    response: Type.String({ minLength: 1, maxLength: MAX_COMMENT_LENGTH }),
  },
  { additionalProperties: false },
);
export const FeedbackParams = Type.Object({
  id: Type.String({ format: 'uuid', description: 'The development' }),
  feedbackId: Type.String({ format: 'uuid', description: 'The comment' }),
});

export const OutcomeFileBody = Type.Object(
  {
    file: FileField('A PDF, image, Word, Excel, CSV or text file of at most 10 MB'),
    actionKey: Type.String({ maxLength: 20, description: 'The action it is an outcome of: pre-1, dev-3…' }),
    kind: Literals(OUTCOME_KINDS, 'document, team_list, meeting_schedule, agenda or other'),
    title: Type.Optional(
      Type.String({ maxLength: MAX_OUTCOME_TITLE, description: 'Its title; the file’s name when empty' }),
    ),
  },
  { additionalProperties: false },
);
export const FileParams = Type.Object({
  id: Type.String({ format: 'uuid', description: 'The development' }),
  documentId: Type.String({ format: 'uuid', description: 'The file' }),
});
