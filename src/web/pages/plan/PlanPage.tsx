import { Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { QueryState } from '../../components/QueryState';
import { NewDraftForm } from './NewDraftForm';
import { PlanVersionList } from './PlanVersionList';
import { PlanView } from './PlanView';
import type { AdoptedPlan, PlanVersionList as VersionList } from './plan-types';

/** The State Service Delivery Plan in force, readable by everyone, and the list of its versions. */
export function PlanPage() {
  const { t } = useTranslation();
  const adopted = useQuery({
    queryKey: ['plan', 'adopted'],
    queryFn: () => api<AdoptedPlan>('GET', '/api/plan/adopted'),
  });
  const versions = useQuery({
    queryKey: ['plan', 'versions'],
    queryFn: () => api<VersionList>('GET', '/api/plan/versions'),
  });
  return (
    <Stack>
      <Title order={1}>{t('plan.title')}</Title>
      <Text c="dimmed">{t('plan.intro')}</Text>
      <QueryState isPending={adopted.isPending} error={adopted.error}>
        {adopted.data?.plan ? (
          <Stack component="section" aria-label={t('plan.inForce')}>
            <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
              {t('plan.inForceName', { name: adopted.data.plan.name })}
            </Text>
            <PlanView version={adopted.data.plan} />
          </Stack>
        ) : (
          <Text>{t('plan.noneAdopted')}</Text>
        )}
      </QueryState>
      <Stack component="section" aria-labelledby="plan-versions">
        <Title order={2} id="plan-versions">
          {t('plan.versions')}
        </Title>
        <QueryState isPending={versions.isPending} error={versions.error}>
          {versions.data && (
            <Stack>
              <PlanVersionList list={versions.data} />
              {versions.data.canCreate && <NewDraftForm list={versions.data} />}
            </Stack>
          )}
        </QueryState>
      </Stack>
    </Stack>
  );
}
