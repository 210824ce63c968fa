import { Type } from '@sinclair/typebox';
import { FINDING_STEPS, FUNNEL_STEPS } from '../../../core/services/appr';
import { MPO_STATUSES, SERVICE_TERMS } from '../../../core/services/service-records';
import { Literals, Nullable, PeriodSchema } from '../../schemas';

/** A performance period in a route's params or query. */
export const Period = PeriodSchema('Performance period (1 September – 31 August)');

const Term = Literals(SERVICE_TERMS, 'Term of the services');
const Step = Literals(FUNNEL_STEPS, 'A count of the funnel');
const Percent = Nullable(
  Type.Number({ description: 'Percent to one decimal; null when the count before is 0' }),
);
const Words = Type.Object({ en: Type.String(), es: Type.String() });

export const MpoOutcomesQuery = Type.Object({
  period: Period,
  regionId: Type.Optional(
    Type.String({ format: 'uuid', description: 'A region; by default your region (or the state)' }),
  ),
  term: Type.Optional(Term),
});

export const RegionSummary = Type.Object({ id: Type.String(), number: Type.Integer(), name: Type.String() });

export const PlanSummarySchema = Nullable(
  Type.Object({ name: Type.String(), demo: Type.Boolean({ description: 'The plan holds demo values' }) }),
);

export const MpoStatusSchema = Literals(
  MPO_STATUSES,
  'met, notMet, or insufficient (fewer tested than the minimum n)',
);

export const MpoViewSchema = Type.Object({
  mpo: Type.String({ description: 'The MPO number, e.g. 1.0' }),
  area: Type.String(),
  statement: Words,
  rule: Type.Object({ en: Type.String(), es: Type.String() }, { description: 'How the MPO is measured' }),
  served: Type.Integer(),
  inPopulation: Type.Integer(),
  dosageMet: Type.Integer(),
  tested: Type.Integer(),
  grew: Type.Integer(),
  pct: Nullable(Type.Number({ description: '100 × grew / tested, one decimal' })),
  target: Type.Number(),
  status: MpoStatusSchema,
  dropOff: Type.Array(
    Type.Object({
      from: Step,
      to: Step,
      of: Type.Integer(),
      kept: Type.Integer(),
      lost: Type.Integer(),
      keptPct: Percent,
      lostPct: Percent,
    }),
  ),
  findings: Type.Array(
    Type.Object({
      step: Literals(FINDING_STEPS, 'The count the children did not reach'),
      minHours: Nullable(Type.Number()),
      lost: Type.Integer(),
      of: Type.Integer(),
      lostPct: Type.Number(),
      words: Words,
    }),
    { description: 'Steps that lose many children, in plain words' },
  ),
});

export const MpoOutcomesReply = Type.Object({
  period: Type.String(),
  term: Nullable(Term),
  region: Nullable(RegionSummary),
  plan: PlanSummarySchema,
  mpos: Type.Array(MpoViewSchema),
});
