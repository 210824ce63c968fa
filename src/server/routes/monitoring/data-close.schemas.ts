import { Type } from '@sinclair/typebox';
import { CHECKLIST_KINDS } from '../../../core/monitoring/data-close';
import { Literals, Nullable } from '../../schemas';

const ProgramYear = Type.String({
  pattern: '^[0-9]{4}-[0-9]{2}$',
  description: 'A program year, July to June: 2025-26',
});

export const DataCloseQuery = Type.Object(
  {
    programYear: Type.Optional(ProgramYear),
    regionId: Type.Optional(
      Type.String({ format: 'uuid', description: 'One region; every region you reach when left out' }),
    ),
  },
  { additionalProperties: false },
);

export const ProgramYearParams = Type.Object({ programYear: ProgramYear });

export const CloseYearBody = Type.Object(
  {
    reason: Type.String({
      maxLength: 2000,
      description: 'Why the year is closed or reopened (required to reopen)',
    }),
  },
  { additionalProperties: false },
);

const YearClosure = Type.Object({
  programYear: Type.String(),
  status: Literals(['open', 'closed'] as const, 'Whether the year is closed to changes'),
  changedBy: Nullable(Type.String({ description: 'Who last closed or reopened it' })),
  changedAt: Nullable(Type.String({ format: 'date-time' })),
  reason: Type.String(),
});

const Counts = Type.Object(
  Object.fromEntries(CHECKLIST_KINDS.map((kind) => [kind, Type.Integer({ minimum: 0 })])) as Record<
    (typeof CHECKLIST_KINDS)[number],
    ReturnType<typeof Type.Integer>
  >,
);

export const DataCloseReply = Type.Object({
  programYear: Type.String(),
  yearToClose: Type.String({ description: 'The year September’s Data Close is for, as of today' }),
  closure: YearClosure,
  years: Type.Array(YearClosure, { description: 'Every year closed or reopened, newest first' }),
  regionId: Nullable(Type.String()),
  regions: Type.Array(
    Type.Object({
      id: Type.String(),
      number: Type.Integer(),
      name: Type.String(),
      counts: Counts,
      total: Type.Integer({ minimum: 0 }),
    }),
  ),
  items: Type.Array(
    Type.Object({
      kind: Literals(CHECKLIST_KINDS, 'What is incomplete'),
      fixAt: Literals(['service', 'attendance', 'tests', 'coe'] as const, 'The page where it is fixed'),
      regionId: Type.String(),
      recordId: Type.String({ description: 'The service, or the COE' }),
      label: Type.String(),
      studentId: Nullable(Type.String()),
      childName: Nullable(Type.String()),
      status: Nullable(Type.String({ description: 'The COE’s status' })),
    }),
  ),
  truncated: Type.Boolean({ description: 'More items than listed (the counts are whole)' }),
  abilities: Type.Object({ close: Type.Boolean(), reopen: Type.Boolean() }),
});
