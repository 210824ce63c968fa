import { Type } from '@sinclair/typebox';
import { EligibilitySettingsSchema } from '../../../core/eligibility/interview-schema';
import { CalendarDateSchema, ListOf, Nullable, Paging } from '../../schemas';
import { SettingVersion, SettingVersionRead } from '../../setting-version';

export const DetermineQuery = Type.Object({
  language: Type.Optional(
    Type.Union([Type.Literal('en'), Type.Literal('es')], {
      description: 'Language of the trace (default en)',
    }),
  ),
});

export const EligibilityHistoryReply = Type.Object({
  items: Type.Array(
    Type.Object({
      coeId: Nullable(Type.String({ format: 'uuid' })),
      qad: CalendarDateSchema('Qualifying arrival date'),
      eligibilityEndDate: Nullable(CalendarDateSchema('Last day of eligibility')),
      endReason: Nullable(Type.String()),
      basis: Nullable(Type.String()),
      relation: Nullable(Type.String()),
      workerMoveDate: Nullable(CalendarDateSchema('Worker move date')),
      isCurrent: Type.Boolean({ description: 'This eligibility is in force today' }),
    }),
  ),
  eligibilityYear: Nullable(
    Type.Integer({ minimum: 1, maximum: 3, description: 'Year 1, 2 or 3 of the current eligibility' }),
  ),
  residencyContactDue: Type.Boolean({ description: 'The yearly residency contact is due (years 2 and 3)' }),
  residencyContacts: Type.Array(
    Type.Object({
      contactedOn: CalendarDateSchema('Contact date'),
      stillResides: Type.Boolean(),
      notes: Nullable(Type.String()),
    }),
  ),
});

export const WatchListQuery = Type.Object({
  kind: Type.Union([Type.Literal('ending'), Type.Literal('residency-due')], {
    description:
      'ending: eligibility ends within `days`; residency-due: years 2–3 due for the yearly contact',
  }),
  days: Type.Optional(Type.Union([Type.Literal(30), Type.Literal(60), Type.Literal(90)], { default: 30 })),
  ...Paging,
});

export const WatchListReply = ListOf(
  Type.Object({
    childId: Type.String({ format: 'uuid' }),
    firstName: Type.String(),
    lastSurname: Type.String(),
    secondSurname: Nullable(Type.String()),
    studentNumber: Type.String(),
    regionNumber: Type.Integer(),
    qad: CalendarDateSchema('Qualifying arrival date'),
    eligibilityEndDate: Nullable(CalendarDateSchema('Last day of eligibility')),
    eligibilityYear: Type.Integer({ minimum: 1, maximum: 3 }),
    lastResidencyContact: Nullable(CalendarDateSchema('Last residency contact')),
  }),
);

export const ResidencyContactBody = Type.Object(
  {
    contactedOn: CalendarDateSchema('Day of the contact'),
    stillResides: Type.Boolean({ description: 'The child still resides in the region' }),
    notes: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
  },
  { additionalProperties: false },
);

/** The state's eligibility settings in force (California's unless changed). */
export const EligibilitySettingsValues = Type.Object({
  soonAfterDays: Type.Integer(),
  toJoinMaxMonths: Type.Union([Type.Integer(), Type.Null()]),
  precedeMaxMonths: Type.Union([Type.Integer(), Type.Null()]),
  recentHistoryMinMoves: Type.Integer(),
  recentHistoryLookbackMonths: Type.Integer(),
  singleDistrictStates: Type.Array(Type.String()),
  feb29Anniversary: Type.Union([Type.Literal('feb-28'), Type.Literal('mar-1')]),
});

/** The settings in force and the version to save a change at. */
export const EligibilitySettingsReply = Type.Object({
  ...EligibilitySettingsValues.properties,
  version: SettingVersionRead,
});

/** The settings a preview counts the re-determination of (nothing is saved, so no version). */
export const PreviewEligibilitySettingsBody = Type.Object(
  { settings: EligibilitySettingsSchema },
  { additionalProperties: false, description: '`settings: {}` gives California’s back' },
);

export const ChangeEligibilitySettingsBody = Type.Object(
  { settings: EligibilitySettingsSchema, version: SettingVersion },
  { additionalProperties: false, description: '`settings: {}` gives California’s back' },
);
const RedeterminedSchema = Type.Object({
  coes: Type.Integer({ description: 'Approved COEs read' }),
  children: Type.Integer({ description: 'Their children re-determined' }),
  changed: Type.Integer({ description: 'Children whose eligibility facts changed' }),
  nowEligible: Type.Integer(),
  noLongerEligible: Type.Integer(),
});
export const ChangeEligibilitySettingsReply = Type.Object({
  settings: EligibilitySettingsValues,
  version: Type.Integer({ description: 'The version the settings were saved at' }),
  redetermined: RedeterminedSchema,
  seconds: Type.Number(),
});
export const EligibilitySettingsPreviewReply = Type.Object({
  settings: EligibilitySettingsValues,
  redetermined: RedeterminedSchema,
});

const DeviceKeepingDays = Type.Integer({
  minimum: 1,
  maximum: 90,
  description: 'Days a device keeps an interview draft or a waiting COE after it was last saved (ID5.1)',
});

export const DeviceKeepingReply = Type.Object({ days: DeviceKeepingDays, version: SettingVersionRead });

export const ChangeDeviceKeepingBody = Type.Object(
  { days: DeviceKeepingDays, version: SettingVersion },
  { additionalProperties: false },
);
