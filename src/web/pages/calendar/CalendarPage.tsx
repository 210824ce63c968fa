import { Button, Group, Select, Stack, Tabs, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, queryString } from '../../app/api';
import { ErrorAlert, QueryState } from '../../components/QueryState';
import { ApplicationYearsForm } from './ApplicationYearsForm';
import { CalendarFeedCard } from './CalendarFeedCard';
import { CalendarItemList } from './CalendarItemList';
import { RegionsProgress } from './RegionsProgress';
import { YearAtAGlance } from './YearAtAGlance';
import {
  programYearLabel,
  type CalendarGlance,
  type CalendarItem,
  type CalendarOverview,
  type CalendarProgress,
  type RegionStaff,
} from './calendar-types';

const VIEWS = ['mine', 'region', 'glance', 'overdue', 'regions'] as const;
type View = (typeof VIEWS)[number];

/** The annual continuous-improvement calendar: this month's items, the year at a glance, the overdue, every region. */
export function CalendarPage() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [params, setParams] = useSearchParams();
  const requestedRegion = params.get('region') ?? undefined;
  const overview = useQuery({
    queryKey: ['calendar', 'overview', requestedRegion],
    queryFn: () =>
      api<CalendarOverview>('GET', `/api/calendar/overview${queryString({ regionId: requestedRegion })}`),
  });
  const data = overview.data;
  const regionId = data?.regionId ?? null;
  const region = data?.regions.find((r) => r.id === regionId);
  const year = Number(params.get('year')) || data?.currentProgramYear || 0;
  const manyRegions = (data?.regions.length ?? 0) > 1;
  const views = VIEWS.filter((v) => v !== 'regions' || manyRegions);
  const view = (views as readonly string[]).includes(params.get('view') ?? '')
    ? (params.get('view') as View)
    : 'mine';
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const yearOptions = data
    ? [...new Set([...data.openYears, data.currentProgramYear, data.currentProgramYear + 1, year])]
        .filter((y) => y > 0)
        .sort((a, b) => b - a)
    : [];
  const open = useMutation({
    mutationFn: () => api('POST', '/api/calendar/years', { regionId, programYear: year }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['calendar'] }),
  });
  const staff: RegionStaff = { regionId, people: data?.staff ?? [] };
  const yearOpen = data?.openYears.includes(year) ?? false;
  return (
    <Stack>
      <Title order={1}>{t('calendar.title')}</Title>
      <Text c="dimmed">{t('calendar.intro')}</Text>
      <QueryState isPending={overview.isPending} error={overview.error}>
        {data && (
          <Stack>
            <Group align="end" wrap="wrap">
              {manyRegions && (
                <Select
                  label={t('calendar.region')}
                  data={data.regions.map((r) => ({ value: r.id, label: r.name }))}
                  value={regionId}
                  onChange={(value) => set('region', value)}
                  allowDeselect={false}
                  w={{ base: '100%', sm: 280 }}
                />
              )}
              <Select
                label={t('calendar.programYear')}
                data={yearOptions.map((y) => ({ value: String(y), label: programYearLabel(y) }))}
                value={String(year)}
                onChange={(value) => set('year', value)}
                allowDeselect={false}
                w={{ base: '100%', sm: 180 }}
              />
              {region?.canOpenYear && !yearOpen && (
                <Button onClick={() => open.mutate()} loading={open.isPending}>
                  {t('calendar.openYear', { year: programYearLabel(year) })}
                </Button>
              )}
            </Group>
            {open.error && <ErrorAlert error={open.error} />}
            {!yearOpen && regionId && (
              <Text size="sm" c="dimmed">
                {t('calendar.yearNotOpen', { year: programYearLabel(year) })}
              </Text>
            )}
            <Tabs value={view} onChange={(value) => set('view', value)} keepMounted={false}>
              <Tabs.List>
                {views.map((v) => (
                  <Tabs.Tab key={v} value={v}>
                    {t(`calendar.tabs.${v}`)}
                  </Tabs.Tab>
                ))}
              </Tabs.List>
              <Tabs.Panel value="mine" pt="md">
                <ItemsView
                  params={{ view: 'mine' }}
                  staff={staff}
                  empty={t('calendar.emptyMine')}
                  showRegion={manyRegions}
                />
              </Tabs.Panel>
              <Tabs.Panel value="region" pt="md">
                <ItemsView
                  params={{ view: 'region', regionId: regionId ?? undefined }}
                  staff={staff}
                  empty={t('calendar.emptyRegion')}
                />
              </Tabs.Panel>
              <Tabs.Panel value="glance" pt="md">
                {regionId && <GlanceView regionId={regionId} year={year} />}
              </Tabs.Panel>
              <Tabs.Panel value="overdue" pt="md">
                <ItemsView
                  params={{ view: 'overdue', regionId: manyRegions ? undefined : (regionId ?? undefined) }}
                  staff={staff}
                  empty={t('calendar.emptyOverdue')}
                  showRegion={manyRegions}
                />
              </Tabs.Panel>
              {manyRegions && (
                <Tabs.Panel value="regions" pt="md">
                  <ProgressView year={year} />
                </Tabs.Panel>
              )}
            </Tabs>
            <CalendarFeedCard />
            {data.canSetApplicationYears && <ApplicationYearsForm years={data.applicationYears} />}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}

function ItemsView({
  params,
  staff,
  empty,
  showRegion = false,
}: {
  params: { view: string; regionId?: string | undefined };
  staff: RegionStaff;
  empty: string;
  showRegion?: boolean;
}) {
  const items = useQuery({
    queryKey: ['calendar', 'items', params],
    queryFn: () => api<{ items: CalendarItem[] }>('GET', `/api/calendar/items${queryString(params)}`),
  });
  return (
    <QueryState isPending={items.isPending} error={items.error}>
      {items.data && (
        <CalendarItemList items={items.data.items} staff={staff} empty={empty} showRegion={showRegion} />
      )}
    </QueryState>
  );
}

function GlanceView({ regionId, year }: { regionId: string; year: number }) {
  const glance = useQuery({
    queryKey: ['calendar', 'glance', regionId, year],
    queryFn: () =>
      api<CalendarGlance>('GET', `/api/calendar/glance${queryString({ regionId, programYear: year })}`),
  });
  return (
    <QueryState isPending={glance.isPending} error={glance.error}>
      {glance.data && <YearAtAGlance glance={glance.data} />}
    </QueryState>
  );
}

function ProgressView({ year }: { year: number }) {
  const progress = useQuery({
    queryKey: ['calendar', 'progress', year],
    queryFn: () =>
      api<CalendarProgress>('GET', `/api/calendar/progress${queryString({ programYear: year })}`),
  });
  return (
    <QueryState isPending={progress.isPending} error={progress.error}>
      {progress.data && <RegionsProgress progress={progress.data} />}
    </QueryState>
  );
}
