import { Type } from '@sinclair/typebox';
import { Nullable, Paging } from '../../schemas';
import { RegionSummary } from '../mpo-outcomes/mpo-outcomes.schemas';

export const MsixValidationQuery = Type.Object({
  regionId: Type.Optional(
    Type.String({
      format: 'uuid',
      description: 'The region to check; by default your region (or the state for state roles)',
    }),
  ),
  ...Paging,
});

const ElementNumber = Type.Integer({ minimum: 1, description: 'The element’s number in MSIX’s MDE list' });
const ElementName = Type.String({ description: 'The element’s name in MSIX’s MDE list' });

const MsixProblem = Type.Object({
  element: ElementNumber,
  elementName: ElementName,
  field: Type.String({ description: 'The field of Ciclo’s record (`enrollments[0].schoolId`)' }),
  message: Type.String({ description: 'What is wrong, in English' }),
  rule: Type.String({ description: 'The rule of docs/rules/msix.md that found it' }),
  kind: Type.Union([Type.Literal('missing'), Type.Literal('invalid')], {
    description: 'missing: a required element Ciclo does not hold; invalid: a value MSIX would refuse',
  }),
});

export const MsixValidationReply = Type.Object({
  region: Nullable(RegionSummary),
  children: Type.Integer({ description: 'Children checked' }),
  valid: Type.Integer({ description: 'Children whose record has no problem' }),
  withProblems: Type.Integer({ description: 'Children whose record has problems' }),
  totals: Type.Array(
    Type.Object({
      element: ElementNumber,
      elementName: ElementName,
      problems: Type.Integer({ description: 'Problems with the element' }),
      children: Type.Integer({ description: 'Children with a problem with the element' }),
    }),
    { description: 'Per element with problems, by element number' },
  ),
  rows: Type.Array(
    Type.Object({
      childId: Type.String({ description: 'The child, for a link to the child’s page' }),
      name: Type.String(),
      studentNumber: Type.String(),
      problems: Type.Array(MsixProblem),
    }),
    { description: 'The page of children with problems, by student number' },
  ),
  offset: Type.Integer(),
  limit: Type.Integer(),
});

const Counts = Type.Object(
  {
    inserted: Type.Integer({ description: 'Children sent for the first time' }),
    updated: Type.Integer({ description: 'Children whose record changed' }),
    deleted: Type.Integer({ description: 'Children no longer held' }),
    heldBack: Type.Integer({ description: 'Children not sent because their record has problems' }),
  },
  { description: 'What the export sent and held back' },
);

export const MsixExportReply = Type.Object({
  id: Type.String({ description: 'The export, to download its file' }),
  createdAt: Type.String({ format: 'date-time' }),
  counts: Counts,
  fileName: Type.String(),
  heldBack: Type.Array(
    Type.Object({
      childId: Type.String(),
      name: Type.String(),
      studentNumber: Type.String(),
      problems: Type.Integer({ description: 'How many problems the child’s record has' }),
    }),
    { description: 'The children held back' },
  ),
});

export const MsixExportList = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      createdAt: Type.String({ format: 'date-time' }),
      createdBy: Type.String({ description: 'Who exported, as the audit log names them' }),
      counts: Counts,
      fileName: Type.String(),
    }),
    { description: 'The exports, newest first' },
  ),
});
