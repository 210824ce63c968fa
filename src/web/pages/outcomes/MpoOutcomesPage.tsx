import type { Static } from '@sinclair/typebox';
import { Alert, Anchor, Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, queryString } from '../../app/api';
import { currentPeriod, recentPeriods } from '../../app/periods';
import { useSession } from '../../app/session';
import { QueryState } from '../../components/QueryState';
import type { RegionListReply } from '../../../server/routes/organizations/organizations.schemas';
import { MpoCard } from './MpoCard';
import { SERVICE_TERMS, type MpoOutcomesView } from './outcomes-types';

const STATE = 'state';
const PERIODS_SHOWN = 10;

/**
 * The MPO figures of a region (or the state) as results arrive: read again whenever the page
 * is opened or the window regains focus, so attendance or a test entered elsewhere shows.
 */
export function MpoOutcomesPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const [params, setParams] = useSearchParams();
  const period = params.get('period') ?? currentPeriod();
  const term = params.get('term');
  const regionId = params.get('regionId');
  const picksRegion = me.regionId === null;
  const regions = useQuery({
    queryKey: ['regions'],
    queryFn: () => api<Static<typeof RegionListReply>>('GET', '/api/regions'),
    enabled: picksRegion,
  });
  const outcomes = useQuery({
    queryKey: ['mpo-outcomes', period, term, regionId],
    queryFn: () => api<MpoOutcomesView>('GET', `/api/mpo-outcomes${queryString({ period, term, regionId })}`),
    placeholderData: keepPreviousData,
    staleTime: 0,
    refetchOnMount: 'always',
    refetchOnWindowFocus: 'always',
  });
  const set = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  const view = outcomes.data;
  const scopeName = view?.region
    ? t('outcomes.regionName', { number: view.region.number, name: view.region.name })
    : t('outcomes.state');

  return (
    <Stack>
      <Title order={1}>{t('outcomes.title')}</Title>
      <Text c="dimmed">{t('outcomes.intro')}</Text>
      <Group align="end" wrap="wrap">
        <Select
          label={t('outcomes.period')}
          data={recentPeriods(PERIODS_SHOWN)}
          value={period}
          onChange={(value) => set('period', value)}
          allowDeselect={false}
          w={140}
        />
        <Select
          label={t('outcomes.term')}
          data={[
            { value: '', label: t('outcomes.allTerms') },
            ...SERVICE_TERMS.map((value) => ({ value, label: t(`services.terms.${value}`) })),
          ]}
          value={term ?? ''}
          onChange={(value) => set('term', value)}
          allowDeselect={false}
          w={200}
        />
        {picksRegion && (
          <Select
            label={t('outcomes.region')}
            value={regionId ?? STATE}
            onChange={(value) => set('regionId', value === STATE ? null : value)}
            allowDeselect={false}
            searchable
            data={[
              ...(me.role === 'state_consultant' ? [] : [{ value: STATE, label: t('outcomes.state') }]),
              ...(regions.data?.items ?? []).map((r) => ({
                value: r.id,
                label: t('outcomes.regionName', { number: r.number, name: r.name }),
              })),
            ]}
            w={{ base: '100%', sm: 320 }}
          />
        )}
      </Group>
      <QueryState isPending={outcomes.isPending} error={outcomes.error}>
        {view && (
          <>
            <Group justify="space-between" wrap="wrap">
              <Title order={2} size="h3" aria-live="polite">
                {t('outcomes.heading', { scope: scopeName, period: view.period })}
              </Title>
              {view.region ? (
                <Anchor component={Link} to={`/appr/${view.region.id}/${view.period}`}>
                  {t('outcomes.openAppr')}
                </Anchor>
              ) : (
                <Anchor component={Link} to={`/appr/state/${view.period}`}>
                  {t('outcomes.openRollUp')}
                </Anchor>
              )}
            </Group>
            {view.plan === null && <Alert color="yellow">{t('outcomes.noPlan')}</Alert>}
            {view.plan?.demo && (
              <Text size="sm" c="dimmed">
                {t('outcomes.demoPlan', { name: view.plan.name })}
              </Text>
            )}
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              {view.mpos.map((mpo) => (
                <MpoCard key={mpo.mpo} mpo={mpo} />
              ))}
            </SimpleGrid>
          </>
        )}
      </QueryState>
    </Stack>
  );
}
