import { Type } from '@sinclair/typebox';
import { CalendarDateSchema, Nullable } from '../../schemas';

const Rate = {
  completed: Type.Integer({ description: 'Re-interviews with a result' }),
  discrepancies: Type.Integer(),
  rate: Nullable(Type.Number({ description: 'Discrepancies ÷ completed (0–1)' })),
  low: Nullable(Type.Number({ description: 'Lower bound of the 95% Wilson interval' })),
  high: Nullable(Type.Number({ description: 'Upper bound of the 95% Wilson interval' })),
};

const SampleSummary = {
  id: Type.String({ format: 'uuid' }),
  perRegion: Type.Integer(),
  approvedFrom: CalendarDateSchema('First approval day sampled'),
  approvedTo: CalendarDateSchema('Last approval day sampled'),
  drawnAt: Type.String({ format: 'date-time' }),
};

export const SampleListReply = Type.Object({ items: Type.Array(Type.Object(SampleSummary)) });

export const SampleReply = Type.Object({
  ...SampleSummary,
  seed: Type.Integer({ description: 'Reproduces the draw' }),
  items: Type.Array(
    Type.Object({
      id: Type.String({ format: 'uuid' }),
      coeId: Type.String({ format: 'uuid' }),
      familyName: Nullable(Type.String({ description: 'The family the COE certifies' })),
      interviewDate: Nullable(Type.String({ description: 'The day of the COE’s interview' })),
      regionId: Type.String({ format: 'uuid' }),
      regionNumber: Type.Integer(),
      reinterviewerId: Nullable(Type.String({ format: 'uuid' })),
      reinterviewerName: Nullable(Type.String()),
      result: Nullable(Type.Union([Type.Literal('confirmed'), Type.Literal('discrepancy')])),
      notes: Nullable(Type.String()),
      abilities: Type.Object(
        {
          canAssign: Type.Boolean({ description: 'You may assign a re-interviewer (no result yet)' }),
          canRecordResult: Type.Boolean({ description: 'You may record the result' }),
        },
        { description: 'What you may do with this re-interview, from its access policy' },
      ),
    }),
  ),
  regions: Type.Array(Type.Object({ regionNumber: Type.Integer(), sampled: Type.Integer(), ...Rate })),
  overall: Type.Object({ sampled: Type.Integer(), ...Rate }),
});

export const DrawSampleBody = Type.Object(
  {
    perRegion: Type.Integer({ minimum: 1, maximum: 1000, description: 'COEs to draw in each region' }),
    approvedFrom: CalendarDateSchema('First approval day'),
    approvedTo: CalendarDateSchema('Last approval day'),
    seed: Type.Optional(Type.Integer({ minimum: 0, description: 'Fixes the draw so it can be reproduced' })),
  },
  { additionalProperties: false },
);

export const AssignBody = Type.Object(
  {
    reinterviewIds: Type.Array(Type.String({ format: 'uuid' }), { minItems: 1, maxItems: 1000 }),
    reinterviewerId: Type.String({ format: 'uuid', description: 'A designated reviewer' }),
  },
  { additionalProperties: false },
);

export const ReinterviewResultBody = Type.Object(
  {
    result: Type.Union([Type.Literal('confirmed'), Type.Literal('discrepancy')]),
    notes: Type.Optional(
      Nullable(Type.String({ maxLength: 4000, description: 'Required for a discrepancy' })),
    ),
  },
  { additionalProperties: false },
);

/** How many re-interviews an assignment gave the re-interviewer. */
export const AssignReinterviewerReply = Type.Object({
  assigned: Type.Integer({ description: 'Re-interviews of the sample without a result now assigned' }),
});
