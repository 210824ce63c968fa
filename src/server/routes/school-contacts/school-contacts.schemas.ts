import { Type, type TSchema } from '@sinclair/typebox';
import { ROLES } from '../../../core/people/roles';
import {
  CONTACT_TYPES,
  MAX_DETAIL_LENGTH,
  MAX_NOTES_LENGTH,
  MAX_REFERRALS_PER_CONTACT,
  OUTCOME_CODES,
} from '../../../core/recruitment/school-contact-log';
import { CalendarDateSchema, Nullable } from '../../schemas';
import { manualReferralFields } from '../referrals/referrals.schemas';

/** A string that is one of `values`, documented as an enum (one clear error when it is not). */
const OneOf = <T extends string>(values: readonly T[], description: string) =>
  Type.Unsafe<T>({ type: 'string', enum: [...values], description });

const ContactType = OneOf(
  CONTACT_TYPES,
  'Type code of the source: phone contact, drop in, scheduled visit, appointment',
);
const OutcomeCode = OneOf(OUTCOME_CODES, 'Outcome code of the source (related to IDR efforts)');

const Outcome = Type.Object(
  {
    code: OutcomeCode,
    detail: Type.Optional(
      Nullable(
        Type.String({
          maxLength: MAX_DETAIL_LENGTH,
          description:
            'Required for spoke_to_staff (position), obtained_referrals (from whom), left_message (person name), conducted_presentation (type)',
        }),
      ),
    ),
  },
  { additionalProperties: false },
);

export const SchoolContactBody = Type.Object(
  {
    contactDate: CalendarDateSchema('Date of the contact, not after today'),
    schoolId: Type.String({ format: 'uuid', description: 'A school of a region you work in' }),
    contactType: ContactType,
    outcomes: Type.Array(Outcome, {
      minItems: 1,
      maxItems: OUTCOME_CODES.length,
      description: 'At least one outcome, each once',
    }),
    notes: Type.Optional(Nullable(Type.String({ maxLength: MAX_NOTES_LENGTH }))),
    referrals: Type.Optional(
      Type.Array(Type.Object(manualReferralFields, { additionalProperties: false }), {
        maxItems: MAX_REFERRALS_PER_CONTACT,
        description:
          'With obtained_referrals: the children referred, each added to the school district’s contact queue (source school-contact) linked to this contact. On an edit, those sent are added beside the ones added before',
      }),
    ),
  },
  { additionalProperties: false },
);

const SchoolContactVersion = Type.Integer({
  minimum: 1,
  description: 'The version you read (409 when it changed since)',
});

/** An edit: the entry's facts again, at the version read. */
export const UpdateSchoolContactBody = Type.Object(
  { ...SchoolContactBody.properties, version: SchoolContactVersion },
  { additionalProperties: false },
);

export const DeleteSchoolContactQuery = Type.Object({ version: SchoolContactVersion });

export const SchoolContactReply = Type.Object({
  id: Type.String({ format: 'uuid' }),
  userId: Type.String({ format: 'uuid', description: 'The staff member who made the contact' }),
  contactDate: Type.String({ description: 'YYYY-MM-DD' }),
  schoolId: Type.String({ format: 'uuid' }),
  schoolName: Type.String(),
  districtName: Type.String(),
  regionId: Type.String({ format: 'uuid' }),
  contactType: ContactType,
  outcomes: Type.Array(Type.Object({ code: OutcomeCode, detail: Nullable(Type.String()) })),
  notes: Nullable(Type.String()),
  referrals: Type.Array(
    Type.Object({
      id: Type.String({ format: 'uuid' }),
      firstName: Type.String(),
      lastSurname: Type.String(),
      birthDate: Type.String({ description: 'YYYY-MM-DD' }),
    }),
    { description: 'The referrals this contact brought into the queue, those you may read' },
  ),
  version: Type.Integer({ description: 'Send it back to edit or delete the entry (409 when it changed)' }),
  abilities: Type.Object({ canEdit: Type.Boolean({ description: 'You may edit and delete this entry' }) }),
});

const countsOf = (keys: readonly string[], description: string): TSchema =>
  Type.Object(Object.fromEntries(keys.map((key) => [key, Type.Integer({ minimum: 0 })])), { description });

export const SchoolContactLogReply = Type.Object({
  month: Type.String({ description: 'YYYY-MM' }),
  staff: Type.Object({
    id: Type.String({ format: 'uuid' }),
    displayName: Type.String(),
    role: OneOf(ROLES, 'Role in Ciclo'),
    positionTitle: Nullable(
      Type.String({ description: 'Position title of the user, printed on the log (PT1.2)' }),
    ),
    regionId: Nullable(Type.String({ format: 'uuid' })),
  }),
  entries: Type.Array(SchoolContactReply, { description: 'The month’s entries in date order' }),
  total: Type.Integer(),
  schoolCount: Type.Integer({ description: 'Distinct schools contacted' }),
  countsByType: countsOf(CONTACT_TYPES, 'Entries per type of attempt'),
  countsByOutcome: countsOf(OUTCOME_CODES, 'Entries recording each outcome'),
});

const logQueryFields = {
  month: Type.Optional(
    Type.String({
      pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$',
      description: 'YYYY-MM; default: this month',
      examples: ['2026-03'],
    }),
  ),
  userId: Type.Optional(
    Type.String({
      format: 'uuid',
      description: 'The staff member; default: you. A manager reads the logs of their region',
    }),
  ),
};

export const SchoolContactLogQuery = Type.Object(logQueryFields);

export const SchoolContactLogExportQuery = Type.Object({
  ...logQueryFields,
  format: Type.Union([Type.Literal('csv'), Type.Literal('pdf')], { description: 'CSV, or a printable PDF' }),
  language: Type.Optional(
    Type.Union([Type.Literal('en'), Type.Literal('es')], {
      default: 'en',
      description: 'Language of the file',
    }),
  ),
});
