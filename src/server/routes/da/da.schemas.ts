import { Type } from '@sinclair/typebox';
import {
  ASSISTANCE_KINDS,
  IGNORED_REASONS,
  CDE_IGNORED_REASONS,
  LEA_TYPES,
  ROOT_CAUSE_THEMES,
  STUDENT_GROUPS,
} from '../../../core/accountability';
import { CalendarDateSchema, Nullable } from '../../schemas';
import { FileField } from '../../uploads';

const literals = <T extends string>(values: readonly T[], description: string) =>
  Type.Union(
    values.map((v) => Type.Literal(v)),
    { description },
  );
const LeaTypeSchema = literals(LEA_TYPES, 'district, coe or charter');
const StudentGroupSchema = literals(STUDENT_GROUPS, 'A Dashboard student-group code (FORMAT.md)');
/** An LEA id of leas.csv: a 14-digit CDS code or any unique id. */
export const LeaIdParams = Type.Object({
  id: Type.String({
    minLength: 1,
    maxLength: 64,
    pattern: '^[A-Za-z0-9_.-]+$',
    description: 'The LEA id of leas.csv (CDS code)',
  }),
});

/** The multipart form of a Dashboard upload: the files (each named as the contract says) and the year. */
export const UploadDashboardBody = Type.Object(
  {
    files: Type.Array(
      FileField(
        'A contract file, by its name: leas.csv, indicators.csv, local_indicators.csv, lea_status.csv, request.json; or an .xlsx workbook with sheets named like the files. At most 25 MB each',
      ),
      { minItems: 1, maxItems: 8 },
    ),
    year: Type.Optional(
      Type.Integer({
        minimum: 2000,
        maximum: 2100,
        description: 'The determination (Dashboard) year; required without request.json',
      }),
    ),
  },
  { additionalProperties: false },
);

const Determination = Type.Object({
  id: Type.String({ format: 'uuid' }),
  importId: Type.String({ format: 'uuid' }),
  year: Type.Integer(),
  rules: Type.String({ description: 'The rule set, e.g. CA-2019' }),
  runAt: Type.String({ format: 'date-time' }),
  runBy: Type.String(),
  leaCount: Type.Integer(),
  eligibleCount: Type.Integer(),
});
export const DeterminationReply = Determination;
export const DeterminationListReply = Type.Object({
  items: Type.Array(Determination),
  total: Type.Integer(),
});

export const DaImportReply = Type.Object({
  id: Type.String({ format: 'uuid' }),
  year: Type.Integer(),
  rules: Type.String(),
  uploadedAt: Type.String({ format: 'date-time' }),
  uploadedBy: Type.String(),
  summary: Type.Object({
    leas: Type.Integer(),
    leasByType: Type.Record(Type.String(), Type.Integer()),
    years: Type.Array(Type.Integer()),
    rowsByFile: Type.Array(Type.Object({ file: Type.String(), rows: Type.Integer() })),
    ignoredCount: Type.Integer(),
    ignoredByReason: Type.Record(Type.String(), Type.Integer()),
    ignored: Type.Array(
      Type.Object({
        file: Type.String(),
        line: Type.Integer(),
        leaId: Type.String(),
        year: Type.Integer(),
        reason: literals(IGNORED_REASONS, 'Why the row is not used'),
        detail: Nullable(Type.String()),
      }),
      { description: 'The first 500 rows not used' },
    ),
    cde: Type.Optional(
      Type.Object(
        {
          files: Type.Array(
            Type.Object({
              file: Type.String(),
              indicator: Type.String(),
              year: Type.Integer(),
              recognizedBy: Type.String({ description: 'columns, or columns_and_name' }),
              delimiter: Type.String(),
              rows: Type.Integer(),
              leaRows: Type.Integer(),
              ignored: Type.Integer(),
            }),
          ),
          leas: Type.Integer(),
          leasByType: Type.Record(Type.String(), Type.Integer()),
          groups: Type.Array(Type.String()),
          years: Type.Array(Type.Integer()),
          ignoredCount: Type.Integer(),
          ignoredByReason: Type.Record(Type.String(), Type.Integer()),
          ignored: Type.Array(
            Type.Object({
              file: Type.String(),
              line: Type.Integer(),
              reason: literals(CDE_IGNORED_REASONS, 'Why the CDE row is left out'),
              detail: Nullable(Type.String()),
            }),
          ),
          localMeasures: Type.Optional(
            Type.Array(
              Type.Object({
                file: Type.String(),
                priority: Type.Integer(),
                year: Type.Integer(),
                rows: Type.Integer(),
                leaRows: Type.Integer({ description: 'Rows of LEAs in the Dashboard files read beside' }),
              }),
              { description: "The CDE's Local Measures files read as local indicators (CDE5)" },
            ),
          ),
        },
        { description: "An upload of the CDE's own Dashboard files: what was read from each (CDE3.1)" },
      ),
    ),
  }),
  determinations: Type.Array(
    Type.Object({
      id: Type.String({ format: 'uuid' }),
      year: Type.Integer(),
      rules: Type.String(),
      runAt: Type.String({ format: 'date-time' }),
      leaCount: Type.Integer(),
      eligibleCount: Type.Integer(),
    }),
  ),
});

export const RunDeterminationBody = Type.Object(
  {
    year: Type.Optional(
      Type.Integer({ minimum: 2000, maximum: 2100, description: 'Default: the year of the upload' }),
    ),
  },
  { additionalProperties: false },
);

const GroupDecision = Type.Object({ group: StudentGroupSchema, priorities: Type.Array(Type.String()) });
const Migrant = Nullable(
  Type.Object({
    matchedName: Type.String({ description: 'The Ciclo district or school matched by CDS code' }),
    children: Type.Integer({ description: 'Eligible migratory children enrolled there today' }),
  }),
);

export const DeterminationQuery = Type.Object({
  county: Type.Optional(Type.String({ maxLength: 60 })),
  leaType: Type.Optional(LeaTypeSchema),
  group: Type.Optional(StudentGroupSchema),
  status: Type.Optional(
    literals(
      ['eligible', 'not_eligible', 'intensive'] as const,
      'eligible, not_eligible or intensive (Level 3)',
    ),
  ),
});
export const ExportQuery = Type.Object({
  ...DeterminationQuery.properties,
  format: Type.Optional(literals(['csv', 'xlsx'] as const, 'csv (default) or xlsx')),
});

export const DeterminationResultsReply = Type.Intersect([
  Determination,
  Type.Object({
    counties: Type.Array(Type.String()),
    total: Type.Integer(),
    items: Type.Array(
      Type.Object({
        leaId: Type.String(),
        leaName: Nullable(Type.String()),
        leaType: LeaTypeSchema,
        county: Nullable(Type.String()),
        eligible: Type.Boolean(),
        intensive: Type.Boolean({ description: 'Intensive intervention (Level 3)' }),
        groups: Type.Array(GroupDecision),
        localPriorities: Type.Array(Type.String()),
        calpadsLate: Type.Boolean(),
        charterYearsMet: Nullable(Type.Array(Type.Integer())),
        migrant: Migrant,
        assistanceCount: Type.Integer(),
      }),
    ),
  }),
]);

export const LeaQuery = Type.Object({
  determinationId: Type.Optional(
    Type.String({ format: 'uuid', description: 'Default: the latest determination that decided the LEA' }),
  ),
});

const Assistance = Type.Object({
  id: Type.String({ format: 'uuid' }),
  leaId: Type.String(),
  leaName: Nullable(Type.String()),
  county: Nullable(Type.String()),
  providedOn: Type.String({ description: 'YYYY-MM-DD' }),
  kind: literals(ASSISTANCE_KINDS, 'What kind of assistance'),
  themes: Type.Array(literals(ROOT_CAUSE_THEMES, 'A root-cause theme of seed 004')),
  summary: Nullable(Type.String()),
  nextSteps: Nullable(Type.String()),
  providedBy: Type.String(),
  regionNumber: Nullable(Type.Integer()),
  recordedAt: Type.String({ format: 'date-time' }),
  version: Type.Integer({
    description: 'Send it back to correct or remove the record (409 when it changed)',
  }),
  abilities: Type.Object(
    {
      update: Type.Boolean({ description: 'Whether the signed-in user may correct the record' }),
      delete: Type.Boolean({ description: 'Whether the signed-in user may remove the record' }),
    },
    {
      description: 'What the signed-in user may do with the record (only the region that made it changes it)',
    },
  ),
});
export const AssistanceReply = Assistance;
export const AssistanceListReply = Type.Object({
  items: Type.Array(Assistance),
  total: Type.Integer(),
  byCounty: Type.Array(
    Type.Object({
      county: Type.String(),
      records: Type.Integer(),
      leasAssisted: Type.Integer(),
      lastProvidedOn: Type.String(),
      themes: Type.Array(
        Type.Object({ theme: literals(ROOT_CAUSE_THEMES, 'A root-cause theme'), count: Type.Integer() }),
      ),
    }),
    { description: 'The records summed up per county' },
  ),
});
export const AssistanceQuery = Type.Object({
  county: Type.Optional(Type.String({ maxLength: 60 })),
  leaId: Type.Optional(Type.String({ maxLength: 64 })),
});

export const NewAssistanceBody = Type.Object(
  {
    providedOn: CalendarDateSchema('The day the assistance was given'),
    kind: literals(ASSISTANCE_KINDS, 'What kind of assistance'),
    themes: Type.Array(literals(ROOT_CAUSE_THEMES, 'A root-cause theme of seed 004'), {
      maxItems: ROOT_CAUSE_THEMES.length,
    }),
    summary: Type.Optional(Nullable(Type.String({ maxLength: 4000 }))),
    nextSteps: Type.Optional(Nullable(Type.String({ maxLength: 4000 }))),
    providedBy: Type.String({
      minLength: 1,
      maxLength: 300,
      description: 'Who gave it (names, county office)',
    }),
  },
  { additionalProperties: false },
);

const AssistanceVersion = Type.Integer({
  minimum: 1,
  description: 'The version you read (409 when it changed since)',
});

/** A correction: the record's facts again, at the version read. */
export const UpdateAssistanceBody = Type.Object(
  { ...NewAssistanceBody.properties, version: AssistanceVersion },
  { additionalProperties: false },
);

export const DeleteAssistanceQuery = Type.Object({ version: AssistanceVersion });

const CitedRow = Type.Union([
  Type.Object({
    kind: Type.Literal('indicator'),
    line: Type.Integer({ description: 'Line of indicators.csv' }),
    year: Type.Integer(),
    group: StudentGroupSchema,
    indicator: Type.String(),
    color: Nullable(Type.String()),
    statusLevel: Nullable(Type.String()),
    changeLevel: Nullable(Type.String()),
    n: Nullable(Type.Integer()),
  }),
  Type.Object({
    kind: Type.Literal('local'),
    line: Type.Integer({ description: 'Line of local_indicators.csv' }),
    year: Type.Integer(),
    priority: Type.Integer(),
    rating: Type.String(),
  }),
]);
const Cause = Type.Object({
  area: Type.String(),
  via: literals(['state', 'local'] as const, 'A state indicator or a local indicator'),
  rows: Type.Array(CitedRow, { description: 'The input rows that met the area' }),
});

export const LeaReply = Type.Object({
  leaId: Type.String(),
  leaName: Nullable(Type.String()),
  leaType: LeaTypeSchema,
  county: Nullable(Type.String()),
  determination: Type.Object({
    id: Type.String({ format: 'uuid' }),
    year: Type.Integer(),
    rules: Type.String(),
    runAt: Type.String({ format: 'date-time' }),
  }),
  record: Type.Object({
    decision: Type.Object(
      {
        leaId: Type.String(),
        leaType: LeaTypeSchema,
        eligible: Type.Boolean(),
        groups: Type.Array(GroupDecision),
        localPriorities: Type.Array(Type.String()),
        calpadsLate: Type.Boolean(),
        intensive: Nullable(
          Type.Object({
            eligible: Type.Boolean(),
            years: Type.Array(Type.Integer()),
            yearsMet: Type.Array(Type.Integer()),
          }),
        ),
        charter: Nullable(
          Type.Object({
            rule: Type.String(),
            years: Type.Array(Type.Integer()),
            yearsMet: Type.Array(Type.Integer()),
            determined: Type.Optional(Type.Boolean()),
          }),
        ),
      },
      { description: 'The decision of FORMAT.md "Decision out"' },
    ),
    leaName: Nullable(Type.String()),
    causes: Type.Array(Type.Object({ group: StudentGroupSchema, areas: Type.Array(Cause) })),
    localCauses: Type.Array(Cause),
    years: Type.Array(
      Type.Object({
        year: Type.Integer(),
        rules: Nullable(Type.String()),
        presentGroups: Type.Array(Type.String()),
        meetsCriteria: Type.Boolean(),
      }),
    ),
    explanation: Type.Object(
      { en: Type.Array(Type.String()), es: Type.Array(Type.String()) },
      { description: 'The decision in plain words' },
    ),
  }),
  history: Type.Array(
    Type.Object({
      year: Type.Integer(),
      determinationId: Type.String({ format: 'uuid' }),
      rules: Type.String(),
      runAt: Type.String({ format: 'date-time' }),
      eligible: Type.Boolean(),
      intensive: Type.Boolean(),
      groups: Type.Array(Type.String()),
    }),
  ),
  migrant: Migrant,
  assistance: Type.Array(Assistance),
});

/** A rule set in force for a Dashboard year, and where it comes from. */
const RuleSetListing = Type.Object({
  id: Type.String(),
  source: Type.Union([Type.Literal('california'), Type.Literal('web'), Type.Literal('startup-file')], {
    description: 'Where the rule set in force comes from',
  }),
  overridesCalifornia: Type.Boolean(),
  updatedAt: Nullable(Type.String()),
  version: Type.Integer({
    minimum: 0,
    description: 'The version to save or remove it at (0 while none is stored under its id)',
  }),
  definition: Type.Unknown({ description: 'The rule set (schema in the DA contract)' }),
});
export const RuleSetListReply = Type.Object({ items: Type.Array(RuleSetListing) });
const RuleSetVersion = Type.Integer({
  minimum: 0,
  description:
    'The version of the rule set you read (0 when none is stored under its id; 409 when it changed since)',
});
export const SaveRuleSetsBody = Type.Object(
  {
    definition: Type.Unknown({ description: 'A rule set, or an array of them' }),
    versions: Type.Record(Type.String({ maxLength: 60 }), RuleSetVersion, {
      description: 'The version read of each rule set saved, by id',
    }),
  },
  { additionalProperties: false },
);
export const RuleSetIdParams = Type.Object({
  id: Type.String({ maxLength: 60, description: 'Rule set id, e.g. CA-2025' }),
});
export const DeleteRuleSetQuery = Type.Object({ version: RuleSetVersion });

const GroupAreas = Type.Array(Type.Object({ group: Type.String(), priorities: Type.Array(Type.String()) }));

export const CdeListBody = Type.Object(
  {
    files: Type.Array(
      FileField(
        "The CDE's list of LEAs eligible for assistance (its LCFF assistance status file, .txt or .csv)",
      ),
      { minItems: 1, maxItems: 1 },
    ),
  },
  { additionalProperties: false },
);

export const CdeListCheckReply = Type.Object({
  year: Type.Integer(),
  rules: Type.String(),
  agreeing: Type.Integer(),
  differing: Type.Integer(),
  leas: Type.Array(
    Type.Object({
      leaId: Type.String(),
      leaName: Nullable(Type.String()),
      ciclo: Nullable(Type.Object({ eligible: Type.Boolean(), groups: GroupAreas })),
      cde: Nullable(Type.Object({ eligible: Type.Boolean(), groups: GroupAreas, line: Type.Integer() })),
      agrees: Type.Boolean(),
      groupDifferences: Type.Array(
        Type.Object({
          group: Type.String(),
          ciclo: Type.Array(Type.String()),
          cde: Type.Array(Type.String()),
        }),
      ),
      rows: Type.Array(
        Type.Object({
          leaId: Type.String(),
          year: Type.Integer(),
          group: Type.String(),
          indicator: Type.String(),
          color: Nullable(Type.String()),
          statusLevel: Nullable(Type.String()),
          changeLevel: Nullable(Type.String()),
          n: Nullable(Type.Integer()),
          line: Type.Optional(Type.Integer()),
        }),
        { description: 'CDE4.3: the rows that explain a difference' },
      ),
    }),
  ),
});
