import { Type, type Static } from '@sinclair/typebox';
import {
  ITEM_STATUSES,
  MAX_LINK_LENGTH,
  MAX_NOTE_LENGTH,
  MAX_PROGRAM_YEAR,
  MIN_PROGRAM_YEAR,
} from '../../../core/calendar/program-year';
import { CALENDAR_VIEWS } from '../../../usecases/calendar/list-calendar-items';
import { FileField } from '../../uploads';
import { CalendarDateSchema, Literals, Nullable } from '../../schemas';

const Uuid = (description: string) => Type.String({ format: 'uuid', description });
const ProgramYear = Type.Integer({
  minimum: MIN_PROGRAM_YEAR,
  maximum: MAX_PROGRAM_YEAR,
  description: 'A program year, named by the year of its July: 2026 is July 2026 to June 2027',
});
const Status = Literals(ITEM_STATUSES, 'not_started, in_progress, done or not_applicable');

const LocalText = Type.Object({ en: Type.String(), es: Type.String() });

export const TaskReply = Type.Object({
  key: Type.String({ description: 'Stable key: detail-07-1 is the first July row of the second table' }),
  table: Literals(
    ['glance', 'detail'] as const,
    'The actions at a glance, or the tasks and resources by month',
  ),
  month: Type.Integer({ minimum: 1, maximum: 12 }),
  task: LocalText,
  subItems: Type.Array(LocalText),
  resources: Type.Array(LocalText),
  applicationYear: Type.Boolean({
    description: 'Marked * : only in years when the grant application is due',
  }),
  grantApplication: Type.Boolean({ description: 'Specific to the grant application' }),
  tracks: Type.Array(Type.String(), { description: 'For a glance action, the detailed tasks it sums up' }),
  workplacePath: Nullable(Type.String({ description: 'The page of Ciclo where the work is done' })),
});
export type CalendarTaskReply = Static<typeof TaskReply>;

export const TaskListReply = Type.Object({ items: Type.Array(TaskReply) });

const EvidenceReply = Type.Object({
  id: Type.String({ format: 'uuid' }),
  kind: Literals(['note', 'link', 'file'] as const, 'A note, a link or an uploaded file'),
  text: Type.String({ description: 'The note, the address, or the file’s name' }),
  mediaType: Nullable(Type.String()),
  sizeBytes: Nullable(Type.Integer()),
  addedAt: Type.String({ format: 'date-time' }),
});

export const ItemReply = Type.Object({
  id: Type.String({ format: 'uuid' }),
  regionId: Type.String({ format: 'uuid' }),
  regionNumber: Type.Integer(),
  regionName: Type.String(),
  programYear: Type.Integer(),
  taskKey: Type.String(),
  task: TaskReply,
  dueOn: Type.String({ format: 'date' }),
  owner: Nullable(Type.Object({ id: Type.String({ format: 'uuid' }), name: Type.String() })),
  status: Status,
  overdue: Type.Boolean(),
  version: Type.Integer(),
  evidence: Type.Array(EvidenceReply),
  abilities: Type.Object({
    read: Type.Boolean(),
    update: Type.Boolean(),
    assign: Type.Boolean(),
    generate: Type.Boolean(),
  }),
});
export type CalendarItemReply = Static<typeof ItemReply>;

export const ItemListReply = Type.Object({ items: Type.Array(ItemReply) });

export const ItemsQuery = Type.Object(
  {
    view: Literals(CALENDAR_VIEWS, 'mine (this month, mine), region (this month, a region), overdue, year'),
    regionId: Type.Optional(Uuid('The region; yours by default')),
    programYear: Type.Optional(ProgramYear),
    month: Type.Optional(
      Type.String({
        pattern: '^\\d{4}-(0[1-9]|1[0-2])$',
        description: 'YYYY-MM for the month views; this month by default',
      }),
    ),
  },
  { additionalProperties: false },
);

export const OverviewQuery = Type.Object(
  { regionId: Type.Optional(Uuid('The region; yours by default')) },
  { additionalProperties: false },
);

export const OverviewReply = Type.Object({
  regions: Type.Array(
    Type.Object({
      id: Type.String(),
      number: Type.Integer(),
      name: Type.String(),
      canOpenYear: Type.Boolean(),
    }),
  ),
  regionId: Nullable(Type.String({ format: 'uuid' })),
  openYears: Type.Array(Type.Integer()),
  staff: Type.Array(Type.Object({ id: Type.String({ format: 'uuid' }), name: Type.String() })),
  applicationYears: Type.Array(Type.Integer()),
  canSetApplicationYears: Type.Boolean(),
  today: CalendarDateSchema('Today in the state'),
  currentProgramYear: Type.Integer(),
});
export type CalendarOverviewReply = Static<typeof OverviewReply>;

export const GlanceQuery = Type.Object(
  { regionId: Uuid('The region'), programYear: ProgramYear },
  { additionalProperties: false },
);

const GlanceStatus = Literals(
  [...ITEM_STATUSES, 'absent'] as const,
  'The live status; absent: not this year',
);

export const GlanceReply = Type.Object({
  regionId: Type.String({ format: 'uuid' }),
  programYear: Type.Integer(),
  applicationYear: Type.Boolean(),
  open: Type.Boolean({ description: 'Whether the region’s year is open' }),
  rows: Type.Array(Type.Object({ task: TaskReply, status: GlanceStatus })),
});
export type CalendarGlanceReply = Static<typeof GlanceReply>;

export const ProgressQuery = Type.Object({ programYear: ProgramYear }, { additionalProperties: false });

export const ProgressReply = Type.Object({
  programYear: Type.Integer(),
  regions: Type.Array(Type.Object({ id: Type.String(), number: Type.Integer(), name: Type.String() })),
  rows: Type.Array(
    Type.Object({
      task: TaskReply,
      regions: Type.Array(
        Type.Object({
          regionId: Type.String(),
          itemId: Nullable(Type.String()),
          status: Nullable(Status),
          overdue: Type.Boolean(),
        }),
      ),
    }),
  ),
});
export type CalendarProgressReply = Static<typeof ProgressReply>;

export const OpenYearBody = Type.Object(
  { regionId: Uuid('The region'), programYear: ProgramYear },
  { additionalProperties: false },
);
export const OpenYearReply = Type.Object({
  added: Type.Integer({ description: 'Items added' }),
  applicationYear: Type.Boolean(),
});

export const UpdateItemBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1, description: 'The version you read' }),
    status: Type.Optional(Status),
    ownerId: Type.Optional(
      Type.Union([Type.Null(), Uuid('A member of the region’s staff; null for nobody')]),
    ),
  },
  { additionalProperties: false },
);

export const EvidenceBody = Type.Object(
  {
    kind: Literals(['note', 'link'] as const, 'A note, or a link (http or https)'),
    text: Type.String({ minLength: 1, maxLength: Math.max(MAX_NOTE_LENGTH, MAX_LINK_LENGTH) }),
  },
  { additionalProperties: false },
);
export const EvidenceFileBody = Type.Object(
  { file: FileField('A PDF, image, Word, Excel, CSV or text file') },
  { additionalProperties: false },
);
export const CreatedReply = Type.Object({ id: Type.String({ format: 'uuid' }) });

export const ItemParams = Type.Object({ id: Uuid('The item') });
export const EvidenceParams = Type.Object({ id: Uuid('The item'), evidenceId: Uuid('The evidence') });

export const SettingsBody = Type.Object(
  {
    applicationYears: Type.Array(ProgramYear, {
      maxItems: MAX_PROGRAM_YEAR - MIN_PROGRAM_YEAR + 1,
      description: 'The program years when the grant application is due',
    }),
  },
  { additionalProperties: false },
);
export const SettingsReply = Type.Object({ applicationYears: Type.Array(Type.Integer()) });

export const FeedReply = Type.Object({
  active: Type.Boolean({ description: 'Whether you have a feed address' }),
  createdAt: Nullable(Type.String({ format: 'date-time' })),
});
export const NewFeedReply = Type.Object({
  path: Type.String({ description: 'The feed’s secret address under this server; shown only now' }),
});
