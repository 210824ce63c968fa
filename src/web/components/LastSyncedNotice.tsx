import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../app/format';

/**
 * Says that a page shows what the device kept because there is no network (ID8): "as last
 * synced on <date time>", and, when given, what waits for the network on this page.
 */
export function LastSyncedNotice({
  syncedAt,
  needsServer,
}: {
  syncedAt: string | null;
  needsServer?: string;
}) {
  const { t, i18n } = useTranslation();
  if (!syncedAt) return null;
  return (
    <Alert color="blue" role="status" title={t('common.offline.title')}>
      <Text size="sm">
        {t('common.offline.lastSynced', { when: formatDateTime(syncedAt, i18n.language) })}
      </Text>
      {needsServer && (
        <Text size="sm" mt={4}>
          {needsServer}
        </Text>
      )}
    </Alert>
  );
}
