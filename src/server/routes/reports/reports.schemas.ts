import { Type } from '@sinclair/typebox';
import { RESIDENCY_BANDS } from '../../../core/recruitment/data-packet';
import { Nullable } from '../../schemas';
import { FileField } from '../../uploads';

const Period = (description: string) =>
  Type.String({
    pattern: '^\\d{4}-\\d{2}$',
    description: `${description}, e.g. 2021-22 (1 September – 31 August)`,
  });
const Percent = Nullable(
  Type.Number({ description: 'Percent to one decimal; null when nobody was qualified' }),
);

export const DataPacketQuery = Type.Object({
  from: Period('First performance period'),
  to: Period('Last performance period'),
  region: Type.Optional(
    Type.Integer({ minimum: 1, description: 'Region number; by default your region (or the state)' }),
  ),
});

export const DataPacketExportQuery = Type.Object({
  ...DataPacketQuery.properties,
  format: Type.Union([Type.Literal('csv'), Type.Literal('xlsx'), Type.Literal('pdf')], {
    description: 'File format',
  }),
  language: Type.Optional(
    Type.Union([Type.Literal('en'), Type.Literal('es')], {
      default: 'en',
      description: 'Language of the headings',
    }),
  ),
});

const PeriodFigures = Type.Object({
  period: Type.String(),
  qualified: Type.Integer(),
  newlyQualified: Type.Integer(),
  newlyQualifiedPct: Percent,
  subsequentMove: Type.Integer(),
  subsequentMovePct: Percent,
  residencyToRecruitment: Type.Object(
    Object.fromEntries(RESIDENCY_BANDS.map((band) => [band, Type.Integer()])),
  ),
  within60DaysOfQad: Type.Integer(),
  within60DaysOfQadPct: Percent,
  within90DaysOfQad: Type.Integer(),
  within90DaysOfQadPct: Percent,
  subsequentMoveByBasis: Type.Integer({
    description:
      "Qualified on a subsequent qualifying move by the eligibility engine's basis: with, to join or precede the worker, or as the worker (DP1.2)",
  }),
  subsequentMoveByBasisPct: Percent,
  families: Type.Integer({ description: 'Families of the students qualified (DP1.3)' }),
  newFamilies: Type.Integer({
    description: 'Families none of whose children counted had a prior COE (DP1.4)',
  }),
  familiesWithin90DaysOfQad: Type.Integer({
    description: 'Families identified within 90 days of the QAD (DP1.5)',
  }),
  familiesWithin90DaysOfQadPct: Nullable(
    Type.Number({ description: 'Percent of the families, to one decimal; null when there were none' }),
  ),
});

const Change = Type.Object({
  unit: Type.Union([Type.Literal('points'), Type.Literal('percent')], {
    description: 'points for a percentage; percent (relative) for a count (DP2)',
  }),
  value: Nullable(Type.Number({ description: 'Signed, one decimal; null when it cannot be said' })),
});

const DataPacketSchema = Type.Object({
  scope: Type.String({ description: 'state, or region N' }),
  periods: Type.Array(PeriodFigures),
});

export const DataPacketViewReply = Type.Object({
  from: Type.String(),
  to: Type.String(),
  region: Nullable(Type.Object({ id: Type.String(), number: Type.Integer(), name: Type.String() })),
  state: DataPacketSchema,
  regionPacket: Nullable(DataPacketSchema),
  readings: Type.Array(
    Type.Object({
      figure: Type.String(),
      period: Type.String(),
      value: Nullable(Type.Number()),
      previousPeriod: Nullable(Type.String()),
      previousValue: Nullable(Type.Number()),
      change: Nullable(Type.Number()),
      changeUnit: Type.Union([Type.Literal('points'), Type.Literal('percent')], {
        description: 'points for a percentage; percent (relative) for a count (DP2)',
      }),
      stateValue: Nullable(Type.Number()),
    }),
    { description: 'One-sentence readings of the latest period' },
  ),
  referralQuarters: Type.Array(
    Type.Object({
      period: Type.String(),
      quarter: Type.Integer({ minimum: 1, maximum: 4, description: 'Quarter of the performance period' }),
      source: Type.String({ description: 'A referral source, or all' }),
      referrals: Type.Integer(),
      previousReferrals: Type.Integer({ description: 'The same quarter of the period before' }),
      change: Change,
    }),
    { description: 'Referrals per quarter by source, of the region or of the state (DP3)' },
  ),
});

const answers = {
  facts: Type.String({ maxLength: 20_000, description: 'Just the facts' }),
  tells: Type.String({ maxLength: 20_000, description: 'What the data tells us, and does not tell us' }),
  strengths: Type.String({ maxLength: 20_000, description: 'Strengths to celebrate' }),
  problems: Type.String({ maxLength: 20_000, description: 'Problems of practice' }),
};

export const ProtocolReply = Type.Object({
  regionNumber: Nullable(Type.Integer()),
  from: Type.String(),
  to: Type.String(),
  ...answers,
  updatedAt: Nullable(Type.String()),
  updatedBy: Nullable(Type.String()),
  version: Type.Integer({ description: '0 when nothing is saved yet; send it back when saving' }),
  /** What the reader may do with this protocol (from the data packet policy). */
  abilities: Type.Object({
    canWrite: Type.Boolean({ description: "The reader is on the packet's team and may save its answers" }),
  }),
});

export const SaveProtocolBody = Type.Object(
  { ...DataPacketQuery.properties, version: Type.Integer({ minimum: 0 }), ...answers },
  { additionalProperties: false },
);

export const ImportQualificationsBody = Type.Object(
  {
    file: FileField(
      'The CSV file (contract qualifications/FORMAT.md), UTF-8, at most 25 MB; its name is used in messages',
    ),
  },
  { additionalProperties: false },
);

export const ImportQualificationsReply = Type.Object({
  rows: Type.Integer(),
  inserted: Type.Integer(),
  updated: Type.Integer(),
  unchanged: Type.Integer(),
});
