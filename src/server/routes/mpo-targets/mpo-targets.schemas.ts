import { Type } from '@sinclair/typebox';
import { ASSESSED_SUBJECTS, ENROLLMENT_REASONS, SERVICE_TERMS } from '../../../core/services/service-records';
import { SERVICE_ORDER_GROUPS } from '../../../core/services/priority-for-services';
import { Literals, Nullable, PeriodSchema } from '../../schemas';
import { SettingVersion, SettingVersionRead } from '../../setting-version';
import { MpoPopulation } from '../plan/plan.schemas';

const Term = Literals(SERVICE_TERMS, 'RSY (regular school year), SUMMER or INTERSESSION');

export const TargetListQuery = Type.Object({
  period: PeriodSchema('The performance period'),
  term: Term,
  regionId: Type.String({ format: 'uuid', description: 'The region (subgrantee)' }),
  mpo: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 20,
      description: "The MPO's number in the plan in force, such as 1.0 (default: the plan's first)",
    }),
  ),
  notEnrolled: Type.Optional(Type.Boolean({ description: 'Only the children not enrolled yet' })),
});

export const TargetListExportQuery = Type.Object({
  ...TargetListQuery.properties,
  format: Type.Optional(Literals(['csv', 'xlsx'] as const, 'csv (default) or xlsx')),
});

const MpoSummary = Type.Object({ number: Type.String(), area: Type.String(), population: MpoPopulation });

export const TargetListReply = Type.Object({
  region: Type.Object({ id: Type.String(), number: Type.Integer(), name: Type.String() }),
  period: Type.String(),
  term: Term,
  termDates: Type.Object({ from: Type.String({ format: 'date' }), to: Type.String({ format: 'date' }) }),
  orderOn: Type.String({ format: 'date', description: 'The day the order of service is determined on' }),
  mpo: MpoSummary,
  mpos: Type.Array(MpoSummary, { description: 'Every MPO of the plan in force' }),
  enrollmentReason: Literals(ENROLLMENT_REASONS, 'The reason an enrollment made from this list records'),
  services: Type.Array(
    Type.Object({
      id: Type.String(),
      code: Type.String(),
      name: Type.String(),
      startDate: Type.String({ format: 'date' }),
      endDate: Type.String({ format: 'date' }),
      canEnroll: Type.Boolean({ description: 'Whether you may enroll children in it' }),
    }),
    { description: "The region's services of the term and period aligned to the MPO" },
  ),
  total: Type.Integer({ description: 'Children on the list' }),
  enrolled: Type.Integer({ description: 'Of them, enrolled in an aligned service' }),
  rows: Type.Array(
    Type.Object({
      studentId: Type.String(),
      child: Nullable(Type.Object({ id: Type.String(), name: Type.String() })),
      birthDate: Type.String({ format: 'date' }),
      reason: Type.Union([
        Type.Object({
          kind: Type.Literal('belowProficient'),
          subject: Literals(ASSESSED_SUBJECTS, 'Subject'),
          level: Type.Integer(),
        }),
        Type.Object({ kind: Type.Literal('age'), age: Type.Integer() }),
      ]),
      enrolled: Type.Boolean(),
      group: Literals(
        SERVICE_ORDER_GROUPS,
        'The child’s group in the order of service: pfs (Priority for Services) first, then school-aged and preschool, currently then former migratory',
      ),
      serviceIds: Type.Array(Type.String()),
    }),
  ),
});

const MonthDay = Type.String({ pattern: '^[0-9]{2}-[0-9]{2}$', description: 'A day of the year, MM-DD' });
const TermWindow = Type.Object({ from: MonthDay, to: MonthDay }, { additionalProperties: false });
export const TermWindowsSchema = Type.Object(
  { RSY: TermWindow, SUMMER: TermWindow, INTERSESSION: TermWindow },
  {
    additionalProperties: false,
    description: 'When each term runs within a performance period (September to August)',
  },
);

/** The windows in force and the version to save a change at. */
export const TermWindowsReply = Type.Object(
  { ...TermWindowsSchema.properties, version: SettingVersionRead },
  { description: 'When each term runs within a performance period (September to August)' },
);

/** A change of the windows, at the version read. */
export const ChangeTermWindowsBody = Type.Object(
  { ...TermWindowsSchema.properties, version: SettingVersion },
  {
    additionalProperties: false,
    description: 'When each term runs within a performance period (September to August)',
  },
);
