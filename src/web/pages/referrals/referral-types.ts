/** Referrals as the API returns them: the types of its own schemas; their codes come from the domain core. */
import type { Static } from '@sinclair/typebox';
import type { DailyQuota as CoreDailyQuota } from '../../../core/recruitment/contact-quota';
import type { ReferralReply } from '../../../server/routes/referrals/referrals.schemas';

export type Referral = Static<typeof ReferralReply>;
export type DailyQuota = CoreDailyQuota;

export {
  CONTACT_ATTEMPT_TYPES as ATTEMPT_TYPES,
  CONTACT_OUTCOMES as OUTCOMES,
} from '../../../core/recruitment/family-contact';
export { REFERRAL_FIELDS, REQUIRED_REFERRAL_FIELDS } from '../../../core/recruitment/referral';
