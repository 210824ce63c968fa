import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, queryString } from '../../../app/api';
import { fullName } from '../../../app/format';
import { PageNavigation } from '../../../components/PageNavigation';
import { QueryState } from '../../../components/QueryState';
import { MatchThresholdCard } from './MatchThresholdCard';
import { OperationsCard } from './OperationsCard';
import { ProposalCard } from './ProposalCard';
import type { ChildOperation, MatchProposals } from './reconciliation-types';

const PAGE_SIZE = 10;

/**
 * One child across identifiers (issue 21; IR5): the queue of pairs of children likely to be one
 * child, side by side, to merge or to say they are not the same; and the merges and splits with undo.
 */
export function ReconciliationPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const page = Number(params.get('page') ?? '1');
  const childId = params.get('childId') ?? undefined;
  const [merged, setMerged] = useState<ChildOperation | null>(null);
  const queue = useQuery({
    queryKey: ['reconciliation', 'matches', page, childId ?? null],
    queryFn: () =>
      api<MatchProposals>(
        'GET',
        `/api/children/reconciliation/matches${queryString({ childId, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE })}`,
      ),
  });
  return (
    <Stack>
      <Anchor component={Link} to="/children" size="sm">
        {t('child.backToList')}
      </Anchor>
      <Title order={1}>{t('reconciliation.title')}</Title>
      <Text>{t('reconciliation.intro')}</Text>
      {childId && (
        <Text size="sm">
          {t('reconciliation.oneChild')}{' '}
          <Anchor component={Link} to="/children/reconciliation">
            {t('reconciliation.showAll')}
          </Anchor>
        </Text>
      )}
      {merged && (
        <Alert
          color="green"
          role="status"
          withCloseButton
          closeButtonLabel={t('reconciliation.dismissNotice')}
          onClose={() => setMerged(null)}
        >
          {t('reconciliation.mergedNotice', { name: fullName(merged.keptChild) })}{' '}
          <Anchor component={Link} to={`/children/${merged.keptChild.id}`}>
            {t('reconciliation.openKept')}
          </Anchor>
        </Alert>
      )}
      <QueryState isPending={queue.isPending} error={queue.error}>
        {queue.data && (
          <Stack>
            <Text size="sm" c="dimmed">
              {t('reconciliation.count', { count: queue.data.total, threshold: queue.data.threshold })}
            </Text>
            {queue.data.items.length === 0 && <Text>{t('reconciliation.empty')}</Text>}
            {queue.data.items.map((proposal) => (
              <ProposalCard
                key={`${proposal.first.id}:${proposal.second.id}`}
                proposal={proposal}
                onMerged={setMerged}
              />
            ))}
            <PageNavigation total={queue.data.total} pageSize={PAGE_SIZE} />
          </Stack>
        )}
      </QueryState>
      <OperationsCard childId={childId} />
      <MatchThresholdCard />
    </Stack>
  );
}
