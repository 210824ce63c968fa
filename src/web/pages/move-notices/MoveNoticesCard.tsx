import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, ApiError, queryString } from '../../app/api';
import type { MoveNoticeOutcomes, MoveNotices } from './move-notice-types';

/**
 * The MSIX page's move notices (docs/rules/msix.md X10) for those who import them: how many wait
 * for an outcome, the import page, and the file of the answers not yet sent.
 */
export function MoveNoticesCard({ regionId }: { regionId: string | undefined }) {
  const { t } = useTranslation();
  const open = useQuery({
    queryKey: ['move-notices', regionId, 'open'],
    queryFn: () =>
      api<MoveNotices>('GET', `/api/msix/move-notices${queryString({ regionId, open: 'true' })}`),
  });
  const make = useMutation({
    mutationFn: () =>
      api<MoveNoticeOutcomes>('POST', `/api/msix/move-notices/outcomes${queryString({ regionId })}`),
  });
  const items = open.data?.items ?? [];
  return (
    <Card withBorder component="section" aria-labelledby="move-notices-title">
      <Stack gap="xs">
        <Title order={2} size="h3" id="move-notices-title">
          {t('moveNotices.card.title')}
        </Title>
        <Text size="sm">{t('moveNotices.card.intro')}</Text>
        {open.data && (
          <Text>
            {t('moveNotices.card.open', {
              waiting: t('moveNotices.counts.waiting', { count: items.length }),
              overdue: t('moveNotices.counts.overdue', {
                count: items.filter((notice) => notice.deadlineStatus === 'overdue').length,
              }),
            })}
          </Text>
        )}
        <Group>
          <Button component={Link} to="/msix/move-notices/import" variant="light">
            {t('moveNotices.card.import')}
          </Button>
          <Button onClick={() => make.mutate()} loading={make.isPending}>
            {t('moveNotices.card.makeFile')}
          </Button>
        </Group>
        {make.error && (
          <Text c="red" role="alert">
            {make.error instanceof ApiError ? make.error.message : String(make.error)}
          </Text>
        )}
        {make.data && (
          <Text role="status">
            {t('moveNotices.card.made', {
              answers: t('moveNotices.counts.answers', { count: make.data.answers }),
              rows: t('moveNotices.counts.rows', { count: make.data.rows }),
            })}{' '}
            <Anchor
              href={`/api/msix/move-notices/outcomes/${make.data.id}/file`}
              download={make.data.fileName}
            >
              {t('moveNotices.card.download', { fileName: make.data.fileName })}
            </Anchor>
          </Text>
        )}
      </Stack>
    </Card>
  );
}
