import { Type } from '@sinclair/typebox';
import { PeriodSchema } from '../../schemas';

export const EdFiExportQuery = Type.Object({
  period: PeriodSchema('Performance period (1 September – 31 August) whose eligible children are exported'),
  regionId: Type.Optional(
    Type.String({
      format: 'uuid',
      description: 'One region; by default your region (or, for state roles, the whole state)',
    }),
  ),
});

const Day = (description: string) => Type.String({ format: 'date', description });
const Descriptor = (description: string) =>
  Type.String({ description: `${description}, as a descriptor URI (uri://ed-fi.org/…Descriptor#…)` });
const Extension = (description: string) =>
  Type.Optional(
    Type.Object(
      { ciclo: Type.Object({}, { additionalProperties: true, description }) },
      { description: 'Ed-Fi extensions, keyed by project: `ciclo` (docs/rules/ed-fi.md E3)' },
    ),
  );
const open = { additionalProperties: true };

const Student = Type.Object(
  {
    studentUniqueId: Type.String({ description: 'Ciclo’s migrant student number' }),
    firstName: Type.String(),
    lastSurname: Type.String(),
    birthDate: Day('Date of birth'),
    birthSexDescriptor: Type.Optional(Descriptor('SexDescriptor')),
    _ext: Extension('secondSurname, statewideStudentId'),
  },
  { ...open, description: 'An Ed-Fi `students` resource (E1)' },
);

const Program = Type.Object(
  {
    educationOrganizationReference: Type.Object({ educationOrganizationId: Type.Integer() }),
    programName: Type.String({ description: '`Migrant Education`' }),
    programTypeDescriptor: Descriptor('ProgramTypeDescriptor'),
  },
  {
    ...open,
    description: 'An Ed-Fi `programs` resource: the state agency’s migrant education program (E2.1)',
  },
);

const Service = Type.Object(
  {
    migrantEducationProgramServiceDescriptor: Descriptor('MigrantEducationProgramServiceDescriptor'),
    primaryIndicator: Type.Optional(Type.Boolean({ description: 'The service most attended' })),
    serviceBeginDate: Type.Optional(Day('First day of the service for the child')),
    serviceEndDate: Type.Optional(Day('Last day of the service')),
    _ext: Extension('serviceId, serviceName, sessionType (RSY, SUMMER, INTERSESSION), enrollmentType, mpos…'),
  },
  { ...open, description: 'One service enrollment (E2.7)' },
);

const Association = Type.Object(
  {
    beginDate: Day('The QAD'),
    studentReference: Type.Object({ studentUniqueId: Type.String() }),
    priorityForServices: Type.Boolean({ description: 'PFS on the export’s PFS day (E2.5)' }),
    lastQualifyingMove: Day('Day of the child’s qualifying move'),
    qualifyingArrivalDate: Type.Optional(Day('The QAD')),
    eligibilityExpirationDate: Type.Optional(Day('Last day of eligibility')),
    migrantEducationProgramServices: Type.Array(Service),
    _ext: Extension(
      'regionNumber, qualifyingMoveFrom, qualifyingMoveTo, eligibilityEndReason, priorityForServicesOn',
    ),
  },
  {
    ...open,
    description: 'An Ed-Fi `studentMigrantEducationProgramAssociations` resource, one per eligibility (E2)',
  },
);

export const EdFiExportReply = Type.Object(
  {
    students: Type.Array(Student),
    programs: Type.Array(Program),
    studentMigrantEducationProgramAssociations: Type.Array(Association),
  },
  { description: 'The Ed-Fi resources of the scope’s children, sent as a JSON file (docs/rules/ed-fi.md)' },
);
