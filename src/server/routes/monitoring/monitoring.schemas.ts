import { Type } from '@sinclair/typebox';
import { APPLICATION_STATUSES } from '../../../core/monitoring/application';
import { EPC_CHECKLIST, EPC_OUTCOMES, EPC_TERMS } from '../../../core/monitoring/epc';
import { DocumentReply } from '../../documents';
import { FileField } from '../../uploads';
import { APPLICATION_KINDS, FUNDING_RESOURCES } from '../../../core/services/service-records';
import { CalendarDateSchema, Literals, Nullable } from '../../schemas';

export const ProgramYear = Type.String({
  pattern: '^[0-9]{4}-[0-9]{2}$',
  description: 'A program year, July to June: 2026-27',
});

const Line = Type.Object(
  {
    label: Type.String({ minLength: 1, maxLength: 20, description: "The line's label in the application" }),
    description: Type.String({ maxLength: 500 }),
    fundingResource: Literals(FUNDING_RESOURCES, 'Funding resource'),
    amount: Type.Number({ minimum: 0, maximum: 1e9, description: 'Dollars, with cents' }),
    strategies: Type.Array(Type.String({ maxLength: 20 }), {
      maxItems: 100,
      description: 'Strategy numbers of the adopted plan',
    }),
    serviceIds: Type.Array(Type.String({ format: 'uuid' }), {
      maxItems: 200,
      description: 'Services of the region (or district) starting in the program year',
    }),
  },
  { additionalProperties: false },
);
const Lines = Type.Array(Line, { maxItems: 200 });

export const ApplicationsQuery = Type.Object(
  {
    regionId: Type.Optional(Type.String({ format: 'uuid' })),
    programYear: Type.Optional(ProgramYear),
  },
  { additionalProperties: false },
);

export const CreateApplicationBody = Type.Object(
  {
    regionId: Type.Optional(Type.String({ format: 'uuid', description: 'Yours by default' })),
    districtId: Nullable(Type.String({ format: 'uuid', description: 'The district of a DSA or MOU' })),
    kind: Literals(APPLICATION_KINDS, 'regional_application, dsa or mou'),
    programYear: ProgramYear,
    lines: Lines,
  },
  { additionalProperties: false },
);

export const UpdateApplicationBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1, description: 'The version you read' }),
    kind: Literals(APPLICATION_KINDS, 'regional_application, dsa or mou'),
    lines: Lines,
  },
  { additionalProperties: false },
);

export const ApplicationStatusBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1, description: 'The version you read' }),
    step: Literals(['submit', 'revise'] as const, 'Submit it, or reopen an approved one for revision'),
  },
  { additionalProperties: false },
);

export const ApprovalBody = Type.Object(
  { version: Type.Integer({ minimum: 1, description: 'The version you read' }) },
  { additionalProperties: false },
);

const Abilities = Type.Object({ read: Type.Boolean(), edit: Type.Boolean(), approve: Type.Boolean() });

export const ApplicationReply = Type.Object({
  id: Type.String(),
  regionId: Type.String(),
  regionName: Type.String(),
  districtId: Nullable(Type.String()),
  districtName: Nullable(Type.String()),
  kind: Literals(APPLICATION_KINDS, 'The kind'),
  programYear: Type.String(),
  status: Literals(APPLICATION_STATUSES, 'The status'),
  revision: Type.Integer(),
  lines: Lines,
  total: Type.Number(),
  version: Type.Integer(),
  updatedAt: Type.String({ format: 'date-time' }),
  abilities: Abilities,
});

export const ApplicationsReply = Type.Object({ items: Type.Array(ApplicationReply) });

export const ApplicationDetailReply = Type.Intersect([
  ApplicationReply,
  Type.Object({
    fundableServices: Type.Array(
      Type.Object({ id: Type.String(), code: Type.String(), name: Type.String(), startDate: Type.String() }),
    ),
    planStrategies: Type.Array(
      Type.Object({
        number: Type.String(),
        implementer: Literals(['region', 'district', 'either'] as const, 'Who the plan asks to carry it out'),
        textEn: Type.String(),
        textEs: Type.String(),
      }),
    ),
  }),
]);

export const TrackingLogQuery = Type.Object(
  {
    regionId: Type.Optional(Type.String({ format: 'uuid', description: 'Yours by default' })),
    programYear: ProgramYear,
  },
  { additionalProperties: false },
);

export const TrackingLogFileQuery = Type.Object(
  {
    regionId: Type.Optional(Type.String({ format: 'uuid', description: 'Yours by default' })),
    programYear: ProgramYear,
    format: Literals(['xlsx', 'pdf'] as const, 'xlsx or pdf'),
    language: Type.Optional(
      Type.Union([Type.Literal('en'), Type.Literal('es')], {
        default: 'en',
        description: 'Language of the file',
      }),
    ),
  },
  { additionalProperties: false },
);

export const TrackingLogReply = Type.Object({
  regionId: Type.String(),
  regionName: Type.String(),
  programYear: Type.String(),
  strategies: Type.Array(
    Type.Object({
      number: Type.String(),
      implementer: Literals(['region', 'district', 'either'] as const, 'Who'),
    }),
  ),
  strategyTexts: Type.Array(
    Type.Object({ number: Type.String(), textEn: Type.String(), textEs: Type.String() }),
  ),
  implementers: Type.Array(Type.Object({ districtId: Nullable(Type.String()), name: Type.String() })),
  cells: Type.Array(
    Type.Object({
      strategy: Type.String(),
      districtId: Nullable(Type.String()),
      lines: Type.Array(Type.Object({ applicationId: Type.String(), label: Type.String() })),
    }),
  ),
  problems: Type.Array(
    Type.Object({
      kind: Literals(['missing_everywhere', 'missing_in_district'] as const, 'What is missing'),
      strategy: Type.String(),
      districtId: Nullable(Type.String()),
    }),
  ),
  applications: Type.Array(
    Type.Object({
      id: Type.String(),
      kind: Type.String(),
      districtId: Nullable(Type.String()),
      status: Type.String(),
      lines: Type.Array(Type.Object({ label: Type.String(), strategies: Type.Array(Type.String()) })),
    }),
  ),
});

const EpcTerm = Literals(EPC_TERMS, 'summer (verified in September), fall (January) or spring (July)');
const EpcLinkSchema = Type.Object(
  {
    label: Type.String({ maxLength: 200 }),
    url: Type.String({ minLength: 1, maxLength: 2000, description: 'An https:// address' }),
  },
  { additionalProperties: false },
);
const EpcDistrict = Type.Optional(
  Nullable(
    Type.String({
      format: 'uuid',
      description: 'A district subgrantee of the region; none for the region’s own (district staff: theirs)',
    }),
  ),
);
const epcKey = {
  regionId: Type.String({ format: 'uuid', description: 'The subgrantee’s region' }),
  districtId: EpcDistrict,
  programYear: ProgramYear,
  term: EpcTerm,
  strategy: Type.String({
    minLength: 1,
    maxLength: 20,
    description: 'A strategy the plan has an EPC verify',
  }),
};

export const EpcChecklistQuery = Type.Object(
  {
    regionId: Type.Optional(Type.String({ format: 'uuid', description: 'Yours by default' })),
    districtId: Type.Optional(
      Type.String({
        format: 'uuid',
        description:
          'A district subgrantee of the region; none for the region’s own (district staff: theirs)',
      }),
    ),
    programYear: ProgramYear,
    term: EpcTerm,
  },
  { additionalProperties: false },
);
export const EpcProgressQuery = Type.Object(
  { programYear: ProgramYear, term: EpcTerm },
  { additionalProperties: false },
);

export const EpcChecklistReply = Type.Object({
  regionId: Type.String(),
  regionName: Type.String(),
  districtId: Nullable(Type.String()),
  districtName: Nullable(Type.String()),
  subgrantees: Type.Array(Type.Object({ districtId: Nullable(Type.String()), name: Type.String() }), {
    description: 'The region and its reimbursable districts you may read',
  }),
  programYear: Type.String(),
  term: EpcTerm,
  abilities: Type.Object({ read: Type.Boolean(), document: Type.Boolean(), verify: Type.Boolean() }),
  items: Type.Array(
    Type.Object({
      strategy: Type.String(),
      textEn: Type.String(),
      textEs: Type.String(),
      id: Nullable(Type.String()),
      version: Nullable(Type.Integer()),
      status: Literals(['pending', 'verified', 'needs_more'] as const, 'Where the verification stands'),
      links: Type.Array(EpcLinkSchema),
      checklist: Type.Array(Literals(EPC_CHECKLIST, 'An item found')),
      verifiedOn: Nullable(Type.String()),
      comment: Type.String(),
      documents: Type.Array(DocumentReply),
    }),
  ),
});

export const EpcDocumentBody = Type.Object(
  { ...epcKey, file: FileField('The document: PDF, image, Word, Excel, CSV or text, up to 10 MB') },
  { additionalProperties: false },
);

export const EpcLinksBody = Type.Object(
  {
    ...epcKey,
    version: Nullable(
      Type.Integer({ minimum: 1, description: 'The version you read; null before there was one' }),
    ),
    links: Type.Array(EpcLinkSchema, { maxItems: 50 }),
  },
  { additionalProperties: false },
);

export const EpcVerificationBody = Type.Object(
  {
    ...epcKey,
    version: Nullable(
      Type.Integer({ minimum: 1, description: 'The version you read; null before there was one' }),
    ),
    outcome: Literals(EPC_OUTCOMES, 'verified or needs_more'),
    checklist: Type.Array(Literals(EPC_CHECKLIST, 'An item found'), { maxItems: EPC_CHECKLIST.length }),
    date: CalendarDateSchema('The day of the verification'),
    comment: Type.String({ maxLength: 2000 }),
  },
  { additionalProperties: false },
);

export const EpcDocumentParams = Type.Object({
  id: Type.String({ format: 'uuid', description: 'The verification' }),
  documentId: Type.String({ format: 'uuid', description: 'The document' }),
});

export const EpcProgressReply = Type.Object({
  programYear: Type.String(),
  term: EpcTerm,
  regions: Type.Array(
    Type.Object({
      regionId: Type.String(),
      number: Type.Integer(),
      name: Type.String(),
      pending: Type.Integer(),
      verified: Type.Integer(),
      needs_more: Type.Integer(),
      total: Type.Integer(),
      districts: Type.Array(
        Type.Object({
          districtId: Type.String(),
          name: Type.String(),
          pending: Type.Integer(),
          verified: Type.Integer(),
          needs_more: Type.Integer(),
          total: Type.Integer(),
        }),
        { description: 'The region’s reimbursable districts, each a subgrantee of its own' },
      ),
    }),
  ),
});
