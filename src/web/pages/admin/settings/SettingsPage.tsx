import { Anchor, Card, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PfsSettingsCard } from '../../pfs/PfsSettingsCard';
import { DeviceKeepingCard } from './DeviceKeepingCard';
import { EligibilitySettingsCard } from './EligibilitySettingsCard';

/**
 * The state administrator's settings in one place: the eligibility settings (previewed before
 * saving), how long a device keeps children's records, the Priority for Services criteria, and
 * the ways to the settings that have pages of their own.
 */
export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <Stack maw={900}>
      <Title order={1}>{t('settings.title')}</Title>
      <Text>{t('settings.intro')}</Text>
      <EligibilitySettingsCard />
      <DeviceKeepingCard />
      <PfsSettingsCard />
      <Card withBorder component="section" aria-labelledby="other-settings-title">
        <Title order={2} size="h4" id="other-settings-title">
          {t('settings.other.title')}
        </Title>
        <List mt="sm" spacing="xs">
          <List.Item>
            <Anchor component={Link} to="/da/rule-sets">
              {t('settings.other.daRuleSets')}
            </Anchor>
            <Text size="sm">{t('settings.other.daRuleSetsHint')}</Text>
          </List.Item>
          <List.Item>
            <Anchor component={Link} to="/assessments">
              {t('settings.other.belowProficient')}
            </Anchor>
            <Text size="sm">{t('settings.other.belowProficientHint')}</Text>
          </List.Item>
          <List.Item>
            <Anchor component={Link} to="/mpo-targets">
              {t('settings.other.termWindows')}
            </Anchor>
            <Text size="sm">{t('settings.other.termWindowsHint')}</Text>
          </List.Item>
          <List.Item>
            <Anchor component={Link} to="/admin/organizations">
              {t('settings.other.referralRules')}
            </Anchor>
            <Text size="sm">{t('settings.other.referralRulesHint')}</Text>
          </List.Item>
        </List>
      </Card>
    </Stack>
  );
}
