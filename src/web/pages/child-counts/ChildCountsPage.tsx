import type { Static } from '@sinclair/typebox';
import { Anchor, Button, Divider, Group, Select, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, queryString } from '../../app/api';
import { currentPeriod, recentPeriods } from '../../app/periods';
import { useSession } from '../../app/session';
import { QueryState } from '../../components/QueryState';
import type { RegionListReply } from '../../../server/routes/organizations/organizations.schemas';
import { CertificationCard } from './CertificationCard';
import { ChildCountFigures } from './ChildCountFigures';
import { ChildCountLookup } from './ChildCountLookup';
import type { ChildCountsView, CountsScope } from './child-count-types';
import { CountedChildrenTable } from './CountedChildrenTable';

const STATE = 'state';
const PERIODS_SHOWN = 10;

/**
 * The federal child counts of a period for the state (with each region and its certification)
 * or one region: the two counts and their breakdowns, the files, the children counted with
 * their reasons, and one student number's answer.
 */
export function ChildCountsPage() {
  const { t } = useTranslation();
  const { me, can } = useSession();
  const [params, setParams] = useSearchParams();
  const period = params.get('period') ?? currentPeriod();
  const regionParam = params.get('region');
  const region = regionParam === null ? null : Number(regionParam);
  const picksRegion = me.regionId === null;
  const regions = useQuery({
    queryKey: ['regions'],
    queryFn: () => api<Static<typeof RegionListReply>>('GET', '/api/regions'),
    enabled: picksRegion,
  });
  const scope: CountsScope = { period, region };
  const counts = useQuery({
    queryKey: ['child-counts', 'figures', scope],
    queryFn: () => api<ChildCountsView>('GET', `/api/child-counts${queryString(scope)}`),
    placeholderData: keepPreviousData,
  });
  const set = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    next.delete('page');
    setParams(next, { replace: true });
  };
  const view = counts.data;
  const scopeName = view?.region
    ? t('childCounts.regionName', { number: view.region.number, name: view.region.name })
    : t('childCounts.state');
  const file = (path: string, format?: string) =>
    `/api/child-counts${path}${queryString({ ...scope, format })}`;

  return (
    <Stack>
      <Title order={1}>{t('childCounts.title')}</Title>
      <Text c="dimmed">{t('childCounts.intro')}</Text>
      {can('msix.read') && (
        <Anchor component={Link} to={`/msix?countPeriod=${period}#as-msix-will-count`}>
          {t('childCounts.asMsixWillCount')}
        </Anchor>
      )}
      <Group align="end" wrap="wrap">
        <Select
          label={t('childCounts.period')}
          data={recentPeriods(PERIODS_SHOWN)}
          value={period}
          onChange={(value) => set('period', value)}
          allowDeselect={false}
          w={140}
        />
        {picksRegion && (
          <Select
            label={t('childCounts.region')}
            value={regionParam ?? STATE}
            onChange={(value) => set('region', value === STATE ? null : value)}
            allowDeselect={false}
            searchable
            data={[
              ...(me.role === 'state_consultant' ? [] : [{ value: STATE, label: t('childCounts.state') }]),
              ...(regions.data?.items ?? []).map((r) => ({
                value: String(r.number),
                label: t('childCounts.regionName', { number: r.number, name: r.name }),
              })),
            ]}
            w={{ base: '100%', sm: 320 }}
          />
        )}
      </Group>
      <QueryState isPending={counts.isPending} error={counts.error}>
        {view && (
          <>
            <Title order={2} size="h3" aria-live="polite">
              {t('childCounts.heading', { scope: scopeName, period: view.period })}
            </Title>
            <ChildCountFigures view={view} />
            <Stack gap="xs">
              <Title order={3} size="h4">
                {t('childCounts.files.title')}
              </Title>
              <Group wrap="wrap" gap="xs">
                <Button component="a" href={file('/export', 'csv')} variant="default" size="sm">
                  {t('childCounts.files.countsCsv')}
                </Button>
                <Button component="a" href={file('/export', 'xlsx')} variant="default" size="sm">
                  {t('childCounts.files.countsXlsx')}
                </Button>
                <Button component="a" href={file('/children/export', 'csv')} variant="default" size="sm">
                  {t('childCounts.files.childrenCsv')}
                </Button>
                <Button component="a" href={file('/children/export', 'xlsx')} variant="default" size="sm">
                  {t('childCounts.files.childrenXlsx')}
                </Button>
                {view.region === null &&
                  (['FS121', 'FS122'] as const).map((edfacts) => (
                    <Button
                      key={edfacts}
                      component="a"
                      href={`/api/child-counts/edfacts${queryString({ period: view.period, file: edfacts })}`}
                      variant="default"
                      size="sm"
                    >
                      {t('childCounts.files.edfacts', { file: edfacts })}
                    </Button>
                  ))}
              </Group>
            </Stack>
            {view.region === null && <CertificationCard view={view} />}
            <Divider />
            <ChildCountLookup scope={scope} />
            <Divider />
            <CountedChildrenTable scope={scope} />
          </>
        )}
      </QueryState>
    </Stack>
  );
}
