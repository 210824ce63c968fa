import { Type } from '@sinclair/typebox';
import { MSIX_COUNT_ELEMENTS, MSIX_COUNT_REASONS } from '../../../core/exchange/msix-child-count';
import { Literals, Nullable, Paging } from '../../schemas';
import { Period, RegionSummary } from '../mpo-outcomes/mpo-outcomes.schemas';

export const MsixChildCountPreviewQuery = Type.Object({
  period: Period,
  regionId: Type.Optional(
    Type.String({
      format: 'uuid',
      description: 'The region’s children; by default your region (or the state for state roles)',
    }),
  ),
  ...Paging,
});

const Totals = (description: string) =>
  Type.Object(
    {
      category1: Type.Integer({ description: 'Category 1: eligible, aged 3 through 21, in the state' }),
      category2: Type.Integer({
        description: 'Category 2: of them, served in a summer or intersession project',
      }),
    },
    { description },
  );

const Reason = Literals(
  MSIX_COUNT_REASONS,
  'Why one side counts the child and the other does not (docs/rules/msix.md X9.6)',
);

export const MsixChildCountPreviewReply = Type.Object({
  region: Nullable(RegionSummary),
  period: Type.String(),
  lastExportAt: Nullable(
    Type.String({
      format: 'date-time',
      description: 'When the records MSIX counts were sent; null before any export',
    }),
  ),
  ciclo: Totals('Ciclo’s own counts of these children (docs/rules/services.md S5)'),
  msix: Totals('As MSIX will count them from the records sent (X9.1–X9.4)'),
  reasons: Type.Array(Type.Object({ reason: Reason, differences: Type.Integer() }), {
    description: 'How many differences each reason explains',
  }),
  differences: Type.Integer({ description: 'Differences in all; a child may have one per category' }),
  rows: Type.Array(
    Type.Object({
      childId: Nullable(
        Type.String({
          description:
            'The child, for a link to their page; null for a record sent of a child no longer held or a student without a child record',
        }),
      ),
      name: Nullable(Type.String()),
      studentNumber: Type.String(),
      category: Type.Union([Type.Literal(1), Type.Literal(2)]),
      countedBy: Type.Union([Type.Literal('ciclo'), Type.Literal('msix')], {
        description: 'The side that counts the child',
      }),
      reason: Reason,
      problems: Type.Integer({ description: 'For held_back: the record’s problems' }),
      elements: Type.Array(
        Literals(MSIX_COUNT_ELEMENTS, 'An element of the record sent that differs from Ciclo’s today'),
        {
          description: 'The elements a count reads that differ between the record sent and Ciclo’s',
        },
      ),
    }),
    { description: 'The page of differences, by student number, Category 1 before 2' },
  ),
  offset: Type.Integer(),
  limit: Type.Integer(),
});
