import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, fullName } from '../../app/format';
import { ResidencyContactForm } from './ResidencyContactForm';
import { daysUntil } from './watch-format';
import { todayInState } from '../../app/format';
import type { WatchItem, WatchKind } from './watch-types';

/** One child on a watch list: who, when the eligibility ends, and the last residency contact. */
export function WatchListCard({
  item,
  kind,
  canRecord,
  onRecorded,
}: {
  item: WatchItem;
  kind: WatchKind;
  canRecord: boolean;
  onRecorded: (name: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const [recording, setRecording] = useState(false);
  const name = fullName(item);
  const left = item.eligibilityEndDate ? daysUntil(todayInState(), item.eligibilityEndDate) : null;

  return (
    <Card withBorder padding="sm" component="li">
      <Stack gap={4}>
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Anchor component={Link} to={`/children/${item.childId}`} fw={600}>
            {name}
          </Anchor>
          <Badge variant="outline" color={kind === 'ending' && left !== null && left <= 30 ? 'red' : 'gray'}>
            {kind === 'ending' && left !== null
              ? t('watch.daysLeft', { count: left })
              : t('watch.year', { year: item.eligibilityYear })}
          </Badge>
        </Group>
        <Text size="sm">
          {t('watch.studentNumber', { number: item.studentNumber })} ·{' '}
          {t('watch.region', { number: item.regionNumber })}
        </Text>
        <Text size="sm">
          {t('watch.qad', { date: formatDate(item.qad, i18n.language) })} ·{' '}
          {t('watch.ends', { date: formatDate(item.eligibilityEndDate, i18n.language) })}
        </Text>
        <Text size="sm" c="dimmed">
          {item.lastResidencyContact
            ? t('watch.lastContact', { date: formatDate(item.lastResidencyContact, i18n.language) })
            : t('watch.noContact')}
        </Text>
        {canRecord &&
          (recording ? (
            <ResidencyContactForm
              childId={item.childId}
              name={name}
              onCancel={() => setRecording(false)}
              onRecorded={() => onRecorded(name)}
            />
          ) : (
            <Group>
              <Button
                size="compact-sm"
                variant="default"
                onClick={() => setRecording(true)}
                aria-label={t('watch.contact.openFor', { name })}
              >
                {t('watch.contact.open')}
              </Button>
            </Group>
          ))}
      </Stack>
    </Card>
  );
}
