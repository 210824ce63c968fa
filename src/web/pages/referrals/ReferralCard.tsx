import { Anchor, Badge, Card, Checkbox, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, fullName } from '../../app/format';
import { MoveNoticeBadge } from '../move-notices/MoveNoticeBadge';
import { ruleLabel } from './rule-label';
import type { Referral } from './referral-types';

const PRIORITY_COLORS = ['red', 'orange', 'yellow', 'gray'];

/** One referral in the queue: who, how urgent and why, how to reach the family. */
export function ReferralCard({
  referral,
  selected,
  onSelect,
}: {
  referral: Referral;
  selected?: boolean;
  onSelect?: ((selected: boolean) => void) | undefined;
}) {
  const { t, i18n } = useTranslation();
  const name = fullName(referral);
  return (
    <Card withBorder padding="sm" component="li">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Group align="flex-start" wrap="nowrap" gap="sm">
          {onSelect && (
            <Checkbox
              checked={selected ?? false}
              onChange={(e) => onSelect(e.currentTarget.checked)}
              aria-label={t('referrals.select', { name })}
              mt={4}
            />
          )}
          <Stack gap={2}>
            <Anchor component={Link} to={`/referrals/${referral.id}`} fw={600}>
              {name}
            </Anchor>
            <Text size="sm">
              {t('referrals.born', { date: formatDate(referral.birthDate, i18n.language) })} ·{' '}
              {referral.schoolName ?? referral.districtName}
            </Text>
            {referral.guardianName && (
              <Text size="sm">
                {referral.guardianName}
                {referral.phone && (
                  <>
                    {' · '}
                    <Anchor href={`tel:${referral.phone.replace(/[^\d+]/g, '')}`}>{referral.phone}</Anchor>
                  </>
                )}
              </Text>
            )}
            {referral.priorityReasons.length > 0 && (
              <Text size="xs" c="dimmed">
                {t('referrals.because', {
                  reasons: referral.priorityReasons.map((reason) => ruleLabel(reason, t)).join(' · '),
                })}
              </Text>
            )}
          </Stack>
        </Group>
        <Stack gap={4} align="flex-end">
          {/* the colour in the border; the words in the text colour, which orange and yellow fall short of (AA) */}
          <Badge
            color={PRIORITY_COLORS[Math.min(referral.priority, 4) - 1] ?? 'gray'}
            variant="outline"
            c="var(--mantine-color-text)"
          >
            {t('referrals.priority', { priority: referral.priority })}
          </Badge>
          {referral.source === 'msix-move-notice' && <MoveNoticeBadge referralId={referral.id} />}
          <Text size="xs">{t(`referrals.statuses.${referral.status}`)}</Text>
          {referral.assignedTo && (
            <Text size="xs" c="dimmed">
              {referral.assignedTo.displayName}
            </Text>
          )}
        </Stack>
      </Group>
    </Card>
  );
}
