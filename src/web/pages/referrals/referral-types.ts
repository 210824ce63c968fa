/** Referrals as the API returns them: the types of its own schemas; their codes come from the domain core. */
import type { Static } from '@sinclair/typebox';
import type { ColumnMapping } from '../../../core/recruitment/referral';
import type {
  ContactReply,
  ContactsReply,
  EnterReferralBody,
  HolidaysReply,
  ImportReply,
  PreviewReply,
  QuotaReply,
  ReferralReply,
  RulesReply,
  ScheduleReply,
} from '../../../server/routes/referrals/referrals.schemas';

export type Referral = Static<typeof ReferralReply>;
export type NewReferral = Static<typeof EnterReferralBody>;
export type RecruiterSchedule = Static<typeof ScheduleReply>;
export type DailyQuota = Static<typeof QuotaReply>;
/** A district file read before importing; the schema builds the mapping's keys from the core's field list at run time. */
export type ReferralPreview = Omit<Static<typeof PreviewReply>, 'mapping'> & { mapping: ColumnMapping };
export type ReferralImportSummary = Static<typeof ImportReply>;
export type FamilyContact = Static<typeof ContactsReply>['items'][number];
export type ContactResult = Static<typeof ContactReply>;
export type RuleSet = Static<typeof RulesReply>;
export type Holidays = Static<typeof HolidaysReply>;
export type Holiday = Holidays['holidays'][number];

export {
  CONTACT_ATTEMPT_TYPES as ATTEMPT_TYPES,
  CONTACT_OUTCOMES as OUTCOMES,
} from '../../../core/recruitment/family-contact';
export { REFERRAL_FIELDS, REQUIRED_REFERRAL_FIELDS } from '../../../core/recruitment/referral';
