import { Anchor, Button, Fieldset, Group, List, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../app/format';
import { emptyReferredChild, type ReferredChildDraft, type SchoolContactEntry } from './school-contact-types';

/** The fields of a referred child the form asks for, in the order written. */
const CHILD_FIELDS = ['firstName', 'lastSurname', 'birthDate', 'grade', 'guardianName', 'phone'] as const;
const REQUIRED: ReadonlySet<string> = new Set(['firstName', 'lastSurname', 'birthDate']);

/**
 * The children a contact's "obtained referrals" names: each becomes a referral in the school
 * district's contact queue when the contact is saved. Those the contact brought before are
 * listed with a link to their referral.
 */
export function ReferredChildren({
  children,
  added,
  problem,
  onChange,
}: {
  children: ReferredChildDraft[];
  added: SchoolContactEntry['referrals'];
  problem: (field: string) => string | undefined;
  onChange: (children: ReferredChildDraft[]) => void;
}) {
  const { t, i18n } = useTranslation();
  const set = (index: number, field: keyof ReferredChildDraft, value: string) =>
    onChange(children.map((child, i) => (i === index ? { ...child, [field]: value } : child)));
  return (
    <Fieldset legend={t('schoolContacts.referredChildren')} ml="xl">
      <Stack gap="sm">
        <Text size="sm">{t('schoolContacts.referredChildrenHelp')}</Text>
        {problem('referrals') && (
          <Text size="sm" c="red" role="alert">
            {problem('referrals')}
          </Text>
        )}
        {added.length > 0 && (
          <div>
            <Text size="sm" fw={600}>
              {t('schoolContacts.referralsAdded')}
            </Text>
            <List size="sm">
              {added.map((referral) => (
                <List.Item key={referral.id}>
                  <Anchor component={Link} to={`/referrals/${referral.id}`}>
                    {t('schoolContacts.referredChild', {
                      name: `${referral.firstName} ${referral.lastSurname}`,
                      date: formatDate(referral.birthDate, i18n.language),
                    })}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          </div>
        )}
        {children.map((child, index) => {
          const number = index + 1;
          return (
            <Fieldset
              key={index}
              variant="filled"
              legend={t('schoolContacts.childNumber', { number })}
              aria-label={t('schoolContacts.childNumber', { number })}
            >
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                {CHILD_FIELDS.map((field) => (
                  <TextInput
                    key={field}
                    label={t(`schoolContacts.child.${field}`)}
                    type={field === 'birthDate' ? 'date' : field === 'phone' ? 'tel' : 'text'}
                    required={REQUIRED.has(field)}
                    value={child[field]}
                    onChange={(e) => set(index, field, e.currentTarget.value)}
                    error={problem(`referrals[${index}].${field}`)}
                  />
                ))}
              </SimpleGrid>
              <Group mt="xs">
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => onChange(children.filter((_, i) => i !== index))}
                  aria-label={t('schoolContacts.removeChild', { number })}
                >
                  {t('schoolContacts.remove')}
                </Button>
              </Group>
            </Fieldset>
          );
        })}
        <Group>
          <Button variant="light" size="sm" onClick={() => onChange([...children, emptyReferredChild()])}>
            {t('schoolContacts.addChild')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
