import { Type } from '@sinclair/typebox';
import { AGE_GRADE_GROUPS } from '../../../core/services/child-count-groups';
import { EDFACTS_FILES } from '../../../core/services/edfacts-child-count';
import { CalendarDateSchema, ListOf, Literals, Nullable, Paging } from '../../schemas';
import { Period, RegionSummary } from '../mpo-outcomes/mpo-outcomes.schemas';

const Group = Literals(
  AGE_GRADE_GROUPS,
  'Age/grade group of the federal files; MISSING: school age without a grade',
);
const Day = CalendarDateSchema('A day');

const RegionNumber = Type.Optional(
  Type.Integer({
    minimum: 1,
    maximum: 99,
    description: 'A region’s number; by default your region (or the state)',
  }),
);

export const ChildCountsQuery = Type.Object({ period: Period, region: RegionNumber });

const Pair = { category1: Type.Integer(), category2: Type.Integer() };
const CountPair = Type.Object(Pair);

export const ChildCountPfsReply = Type.Object({
  scope: Type.String(),
  period: Type.String(),
  pfs: Type.Object(Pair, { description: 'The counted children PFS on some day of the period' }),
});

const Breakdown = Type.Object({
  ...Pair,
  groups: Type.Array(Type.Object({ group: Group, ...Pair })),
  englishLearners: CountPair,
  disabilities: CountPair,
});

const RegionCounts = Type.Object({
  regionId: Type.String(),
  number: Type.Integer(),
  name: Type.String(),
  ...Pair,
});

export const ChildCountsReply = Type.Object({
  scope: Type.String({ description: '`state` or `region 5`' }),
  period: Type.String(),
  region: Nullable(RegionSummary),
  breakdown: Breakdown,
  regions: Nullable(
    Type.Array(RegionCounts, { description: 'Each region’s counts; null in a region’s view' }),
  ),
  certification: Nullable(
    Type.Object({
      id: Type.String(),
      certifiedAt: Type.String({ format: 'date-time' }),
      certifiedBy: Type.String(),
      ...Pair,
      breakdown: Breakdown,
      regions: Type.Array(RegionCounts),
      pfs: Nullable(
        Type.Object(Pair, {
          description:
            'The counted children PFS during the period when certified; null for a certification made before it was kept',
        }),
      ),
    }),
  ),
  abilities: Type.Object({ certify: Type.Boolean() }),
});

const Entry = Type.Object({
  studentId: Type.String(),
  birthDate: Day,
  day: CalendarDateSchema('The first day of the period the child counts'),
  span: Type.Object({ from: Day, to: Day }, { description: 'The span of eligibility of that day' }),
  category2: Nullable(
    Type.Object(
      { day: Day, serviceId: Type.String({ description: 'The service’s code' }) },
      { description: 'The first summer or intersession day that counts them' },
    ),
  ),
  group: Group,
  englishLearner: Type.Boolean(),
  disability: Type.Boolean(),
});

export const CountedChildrenQuery = Type.Object({
  period: Period,
  region: RegionNumber,
  category: Type.Union([Type.Literal(1), Type.Literal(2)], { description: 'Category 1 or 2' }),
  group: Type.Optional(Group),
  ...Paging,
});

export const CountedChildrenReply = Type.Intersect([
  ListOf(Entry),
  Type.Object({ scope: Type.String(), period: Type.String(), category: Type.Integer() }),
]);

export const ExplainQuery = Type.Object({
  period: Period,
  region: RegionNumber,
  studentId: Type.String({
    minLength: 1,
    maxLength: 64,
    description: 'The state-unique migrant student number',
  }),
});

export const ExplainReply = Type.Object({
  scope: Type.String(),
  period: Type.String(),
  studentId: Type.String(),
  category1: Type.Union([
    Type.Object({ counts: Type.Literal(true), day: Day, span: Type.Object({ from: Day, to: Day }) }),
    Type.Object({
      counts: Type.Literal(false),
      why: Literals(
        ['not_on_record', 'not_served_in_region', 'no_span_in_period', 'not_aged_3_to_21'] as const,
        'Why the child is not in Category 1',
      ),
    }),
  ]),
  category2: Type.Union([
    Type.Object({ counts: Type.Literal(true), day: Day, serviceId: Type.String() }),
    Type.Object({
      counts: Type.Literal(false),
      why: Literals(
        ['not_in_category1', 'no_summer_day', 'not_eligible_on_summer_days'] as const,
        'Why the child is not in Category 2',
      ),
    }),
  ]),
  group: Nullable(Group),
  englishLearner: Type.Boolean(),
  disability: Type.Boolean(),
});

export const CertifyBody = Type.Object({ period: Period });

export const DifferencesQuery = Type.Object({ period: Period, ...Paging });
export const DifferencesExportQuery = Type.Object({
  period: Period,
  format: Type.Optional(Literals(['csv', 'xlsx'] as const, 'File format')),
});

export const DifferencesReply = Type.Object({
  period: Type.String(),
  certifiedAt: Nullable(Type.String({ format: 'date-time' })),
  totals: Type.Object({
    added1: Type.Integer(),
    removed1: Type.Integer(),
    added2: Type.Integer(),
    removed2: Type.Integer(),
  }),
  children: Type.Array(
    Type.Object({
      studentId: Type.String(),
      category: Type.Integer({ minimum: 1, maximum: 2 }),
      change: Literals(['added', 'removed'] as const, 'Counted now and not then, or then and not now'),
      day: Nullable(Day),
      summerDay: Nullable(Day),
      summerService: Nullable(Type.String()),
    }),
    { description: 'The page asked for, by student number and category' },
  ),
});

export const ExportQuery = Type.Object({
  period: Period,
  region: RegionNumber,
  format: Type.Optional(Literals(['csv', 'xlsx'] as const, 'File format')),
});

export const EdfactsQuery = Type.Object({
  period: Period,
  file: Literals(EDFACTS_FILES, 'FS121 (Category 1) or FS122 (Category 2)'),
});
