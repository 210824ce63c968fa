import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { reinterviewLabel } from './qc-format';
import type { Reinterview } from './qc-types';

const RESULT_COLORS = { confirmed: 'ciclo', discrepancy: 'red' } as const;

/** A sampled COE: its link, who re-interviews it, and the result so far. */
export function ReinterviewSummary({ item }: { item: Reinterview }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap={2} style={{ minWidth: 0 }}>
      <Group gap="xs" wrap="wrap">
        <Anchor component={Link} to={`/coes/${item.coeId}`} fw={600}>
          {reinterviewLabel(item, t, i18n.language)}
        </Anchor>
        <Badge color={item.result ? RESULT_COLORS[item.result] : 'gray'} variant="outline">
          {t(`qualityControl.results.${item.result ?? 'pending'}`)}
        </Badge>
      </Group>
      <Text size="sm">
        {item.reinterviewerName
          ? t('qualityControl.assignedTo', { name: item.reinterviewerName })
          : t('qualityControl.unassigned')}
      </Text>
      {item.notes && (
        <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {item.notes}
        </Text>
      )}
    </Stack>
  );
}
