import { Type } from '@sinclair/typebox';
import { CONTACT_ATTEMPT_TYPES, CONTACT_OUTCOMES } from '../../../core/recruitment/family-contact';
import { RULE_CONDITIONS, RULE_FIELDS } from '../../../core/recruitment/prioritization';
import { REFERRAL_FIELDS, REFERRAL_SOURCES } from '../../../core/recruitment/referral';
import { CalendarDateSchema, Nullable, Paging } from '../../schemas';
import { FileField, JsonField } from '../../uploads';

const literals = <T extends string>(values: readonly T[], description: string) =>
  Type.Union(
    values.map((v) => Type.Literal(v)),
    { description },
  );

const Mapping = Type.Partial(
  Type.Object(Object.fromEntries(REFERRAL_FIELDS.map((field) => [field, Type.String({ maxLength: 200 })]))),
  { description: "Which column of the district's file holds each field" },
);

/** The multipart form of a district's list: the district and the file. */
const fileFields = {
  districtId: Type.String({ format: 'uuid', description: 'The district whose list this is' }),
  file: FileField(
    'The list: .csv (UTF-8) or .xlsx (its first sheet); at most 25 MB, 200,000 rows, 100 columns, 10,000 characters a cell',
  ),
};

export const PreviewBody = Type.Object(fileFields, { additionalProperties: false });
export const PreviewReply = Type.Object({
  header: Type.Array(Type.String()),
  sample: Type.Array(Type.Array(Type.String())),
  rowCount: Type.Integer(),
  mapping: Mapping,
  isSavedMapping: Type.Boolean(),
});

export const ImportBody = Type.Object(
  { ...fileFields, mapping: Type.Optional(JsonField(Mapping)) },
  { additionalProperties: false },
);
export const ImportReply = Type.Object({
  rows: Type.Integer(),
  added: Type.Integer(),
  alreadyListed: Type.Integer({ description: 'Listed before, or twice in this file' }),
  priorMigrants: Type.Integer({ description: 'Recognized as children Ciclo already knows' }),
  skippedCount: Type.Integer(),
  skipped: Type.Array(
    Type.Object({ line: Type.Integer(), column: Nullable(Type.String()), message: Type.String() }),
  ),
});

const Source = literals(
  REFERRAL_SOURCES,
  'Where the referral came from: a school or district list, the community, an employer or grower, an agency, the family itself, another region, a school contact',
);

const Status = literals(['pending', 'in-progress', 'interviewed', 'closed'], 'Where the referral stands');

export const ReferralReply = Type.Object({
  id: Type.String(),
  regionId: Type.String(),
  districtName: Type.String(),
  firstName: Type.String(),
  middleName: Nullable(Type.String()),
  lastSurname: Type.String(),
  secondSurname: Nullable(Type.String()),
  birthDate: Type.String(),
  schoolName: Nullable(Type.String()),
  grade: Nullable(Type.String()),
  guardianName: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  address: Nullable(Type.String()),
  homeLanguage: Nullable(Type.String()),
  priority: Type.Integer({ description: '1 is the most urgent' }),
  priorityReasons: Type.Array(Type.Object({ ruleId: Type.String(), label: Type.String() })),
  priorMigrant: Nullable(Type.Boolean()),
  matchedChildId: Nullable(Type.String()),
  matchReasons: Type.Array(Type.String()),
  status: Status,
  assignedTo: Nullable(Type.Object({ id: Type.String(), displayName: Type.String() })),
  receivedOn: Type.String(),
  firstContactedOn: Nullable(Type.String()),
  closedByCoeId: Type.Optional(
    Nullable(
      Type.String({ description: 'The approved COE that closed the referral; absent or null while open' }),
    ),
  ),
  source: Source,
  schoolContactId: Nullable(Type.String({ description: 'The school contact that obtained it' })),
  schoolContact: Nullable(
    Type.Object(
      {
        id: Type.String(),
        contactDate: Type.String({ description: 'YYYY-MM-DD' }),
        schoolName: Type.String(),
        recordedBy: Nullable(Type.String({ description: 'The staff member who made the contact' })),
      },
      { description: 'The school contact whose "obtained referrals" brought it; null for other sources' },
    ),
  ),
  rulesPriority: Type.Integer({ description: "The rules' priority, kept beside a manager's override" }),
  priorityOverride: Nullable(
    Type.Object({
      priority: Type.Integer(),
      reason: Type.String(),
      by: Nullable(Type.String()),
      at: Nullable(Type.String()),
    }),
  ),
  priorityComputedOn: Nullable(Type.String({ description: "The day the rules' priority was last computed" })),
  version: Type.Integer(),
});

const optionalText = Type.Optional(Nullable(Type.String({ maxLength: 200 })));
/** The fields of a referral typed by hand: the child's name and birth date, the rest optional. */
export const manualReferralFields = {
  firstName: Type.String({ maxLength: 200 }),
  middleName: optionalText,
  lastSurname: Type.String({ maxLength: 200 }),
  secondSurname: optionalText,
  birthDate: Type.String({ maxLength: 10, description: 'YYYY-MM-DD' }),
  districtEnterDate: Type.Optional(Nullable(Type.String({ maxLength: 10 }))),
  schoolEnterDate: Type.Optional(Nullable(Type.String({ maxLength: 10 }))),
  schoolName: optionalText,
  grade: optionalText,
  hispanic: Type.Optional(Nullable(Type.Boolean())),
  priorMigrant: Type.Optional(Nullable(Type.Boolean())),
  datesSame: Type.Optional(
    Nullable(
      Type.Boolean({
        description:
          "The list's own 'Dates are same?' box, copied from it; null or absent when the list has none (the dates answer)",
      }),
    ),
  ),
  homeLanguage: optionalText,
  guardianName: optionalText,
  phone: optionalText,
  address: optionalText,
  localStudentId: optionalText,
};

export const EnterReferralBody = Type.Object(
  {
    districtId: Type.String({ format: 'uuid', description: 'The district whose queue it joins' }),
    source: Source,
    ...manualReferralFields,
  },
  { additionalProperties: false },
);

export const OverridePriorityBody = Type.Object(
  {
    priority: Nullable(Type.Integer({ description: '1 is the most urgent; null removes the override' })),
    reason: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
    version: Type.Integer({ minimum: 1, description: 'The version read; 409 when it changed since' }),
  },
  { additionalProperties: false },
);

const LeaveRange = Type.Object(
  { from: CalendarDateSchema('First day of leave'), to: CalendarDateSchema('Last day of leave') },
  { additionalProperties: false },
);
export const ScheduleBody = Type.Object(
  {
    weekdays: Type.Array(Type.Integer({ minimum: 0, maximum: 6 }), {
      maxItems: 7,
      description: 'Working weekdays, 0 Sunday … 6 Saturday',
    }),
    leave: Type.Array(LeaveRange, { maxItems: 100 }),
    version: Type.Integer({ minimum: 0, description: 'The version read (0 while none is saved)' }),
  },
  { additionalProperties: false },
);
export const ScheduleReply = Type.Object({
  userId: Type.String(),
  weekdays: Type.Array(Type.Integer()),
  leave: Type.Array(Type.Object({ from: Type.String(), to: Type.String() })),
  isDefault: Type.Boolean({ description: 'Monday to Friday, no leave: none saved' }),
  version: Type.Integer(),
  abilities: Type.Object({ read: Type.Boolean(), write: Type.Boolean() }),
});

export const QueueQuery = Type.Object({
  assignee: Type.Optional(Type.String({ maxLength: 40, description: 'me, unassigned, all, or a user id' })),
  status: Type.Optional(
    Type.Union([Status, Type.Literal('open')], { description: 'open = pending or in progress (default)' }),
  ),
  ...Paging,
});

export const AssignBody = Type.Object(
  {
    referralIds: Type.Array(Type.String({ format: 'uuid' }), { minItems: 1, maxItems: 5_000 }),
    recruiterId: Nullable(Type.String({ format: 'uuid', description: 'null to unassign' })),
  },
  { additionalProperties: false },
);

const Rule = Type.Object(
  {
    id: Type.String({ minLength: 1, maxLength: 60 }),
    label: Type.String({ maxLength: 200 }),
    field: literals(RULE_FIELDS, 'The referral fact the rule tests'),
    condition: literals(RULE_CONDITIONS, 'How it tests it'),
    value: Nullable(Type.String({ maxLength: 200 })),
    weight: Type.Integer({ description: 'How many steps the rule raises the priority' }),
    active: Type.Boolean(),
  },
  { additionalProperties: false },
);

export const RulesQuery = Type.Object({ regionId: Type.Optional(Type.String({ format: 'uuid' })) });
export const RulesReply = Type.Object({
  regionId: Type.String(),
  lowestPriority: Type.Integer(),
  rules: Type.Array(Rule),
  isDefault: Type.Boolean(),
  reranked: Type.Optional(Type.Integer({ description: 'Open referrals re-ranked by a save' })),
});
export const SaveRulesBody = Type.Object(
  {
    regionId: Type.Optional(Type.String({ format: 'uuid' })),
    lowestPriority: Type.Integer(),
    rules: Type.Array(Rule, { maxItems: 50 }),
  },
  { additionalProperties: false },
);

const Holiday = Type.Object(
  { date: CalendarDateSchema('Holiday'), name: Type.String({ maxLength: 200 }) },
  { additionalProperties: false },
);
export const HolidaysReply = Type.Object({ regionId: Type.String(), holidays: Type.Array(Holiday) });
export const SaveHolidaysBody = Type.Object(
  {
    regionId: Type.Optional(Type.String({ format: 'uuid' })),
    holidays: Type.Array(Holiday, { maxItems: 400 }),
  },
  { additionalProperties: false },
);

export const ContactBody = Type.Object(
  {
    contactedOn: CalendarDateSchema('Date of the attempt'),
    attemptType: literals(CONTACT_ATTEMPT_TYPES, 'How the family was approached'),
    outcome: literals(CONTACT_OUTCOMES, 'What came of it'),
    notes: Type.Optional(Nullable(Type.String({ maxLength: 4_000 }))),
  },
  { additionalProperties: false },
);
export const ContactReply = Type.Object({
  referral: ReferralReply,
  startInterview: Type.Boolean({ description: 'Go on to the eligibility interview with this family' }),
});
export const ContactsReply = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      contactedOn: Type.String(),
      attemptType: Type.String(),
      outcome: Type.String(),
      notes: Nullable(Type.String()),
      contactedBy: Nullable(Type.String()),
    }),
  ),
});

export const QuotaReply = Type.Object({
  regionId: Nullable(Type.String()),
  dayOff: Type.Boolean({ description: "Not one of the recruiter's working days: no quota today" }),
  plan: Type.Object(
    {
      month: Type.String(),
      pendingAtStart: Type.Integer(),
      workingDays: Type.Integer(),
      minimumPerDay: Type.Integer(),
    },
    { description: "The month plan: open on the 1st over the month's working days" },
  ),
  pace: Type.Object(
    { pending: Type.Integer(), workingDaysLeft: Type.Integer(), perDay: Type.Integer() },
    { description: "Today's pace: open now over the working days left" },
  ),
  pending: Type.Integer(),
  workingDaysLeft: Type.Integer(),
  minimumToday: Type.Integer({
    description: 'Pending contacts divided by working days left in the month, rounded up',
  }),
  contactedToday: Type.Integer(),
  percentDone: Type.Integer(),
});

/** How many referrals an assignment changed. */
export const AssignReferralsReply = Type.Object({
  assigned: Type.Integer({ description: 'Referrals assigned (or unassigned)' }),
});
