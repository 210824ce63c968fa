import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/format';
import type { Referral } from '../referrals/referral-types';

/** On a referral's page: the school contact whose "obtained referrals" brought it, if one did. */
export function ReferralFromSchoolContact({ referral }: { referral: Referral }) {
  const { t, i18n } = useTranslation();
  const contact = referral.schoolContact;
  if (!contact) return null;
  const values = {
    school: contact.schoolName,
    date: formatDate(contact.contactDate, i18n.language),
    name: contact.recordedBy,
  };
  return (
    <Text size="sm" mt="xs">
      {contact.recordedBy
        ? t('schoolContacts.fromContactBy', values)
        : t('schoolContacts.fromContact', values)}
    </Text>
  );
}
