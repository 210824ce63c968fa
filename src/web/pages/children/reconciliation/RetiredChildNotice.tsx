import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../../app/api';
import { formatDateTime } from '../../../app/format';
import { ErrorAlert } from '../../../components/QueryState';
import { childName } from './OperationsCard';
import type { RetiredChild } from './reconciliation-types';

/**
 * The page of a child a merge retired (IR5.5), or the undo of the split that made it (IR5.8):
 * where its records went, and for those who may reconcile, the merge in the history to undo it. `notFound` is shown when no merge retired it.
 */
export function RetiredChildNotice({ childId, notFound }: { childId: string; notFound: unknown }) {
  const { t, i18n } = useTranslation();
  const retired = useQuery({
    queryKey: ['child', childId, 'merged-into'],
    queryFn: () => api<RetiredChild>('GET', `/api/children/${childId}/merged-into`),
  });
  if (retired.isPending) return null;
  if (!retired.data) return <ErrorAlert error={notFound} />;
  const { child, keptChild, retiredBy, retiredAt, canReconcile } = retired.data;
  const kept = childName(keptChild);
  const when = retiredAt && formatDateTime(retiredAt, i18n.language);
  return (
    <Stack>
      <Title order={1}>{t('reconciliation.retired.title', { name: childName(child) })}</Title>
      <Alert color="blue" role="status">
        <Stack gap="xs">
          <Text>
            {retiredBy === 'undone-split'
              ? t('reconciliation.retired.splitUndoneOn', { name: kept, when })
              : when
                ? t('reconciliation.retired.mergedOn', { name: kept, when })
                : t('reconciliation.retired.merged', { name: kept })}
          </Text>
          <Anchor component={Link} to={`/children/${keptChild.id}`}>
            {t('reconciliation.retired.openKept', { name: kept })}
          </Anchor>
          {canReconcile && (
            <Anchor component={Link} to={`/children/reconciliation?childId=${keptChild.id}`}>
              {t('reconciliation.retired.history')}
            </Anchor>
          )}
        </Stack>
      </Alert>
    </Stack>
  );
}
