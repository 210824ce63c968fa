import type { Static } from '@sinclair/typebox';
import { Anchor, Badge, Button, Card, Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, queryString } from '../../app/api';
import { formatDate, formatNumber } from '../../app/format';
import { recentPeriods } from '../../app/periods';
import { useSession } from '../../app/session';
import { PageNavigation } from '../../components/PageNavigation';
import { QueryState } from '../../components/QueryState';
import type { RegionListReply } from '../../../server/routes/organizations/organizations.schemas';
import { SERVICE_TERMS, type ServiceList } from './service-types';

const PAGE_SIZE = 24;
const PERIODS_SHOWN = 5;

/** The services in the user's scope as cards that read well on a phone, filtered by period, term and region. */
export function ServicesPage() {
  const { t, i18n } = useTranslation();
  const { me, can } = useSession();
  const [params, setParams] = useSearchParams();
  const periods = recentPeriods(PERIODS_SHOWN);
  const period = params.get('period') ?? periods[0]!;
  const term = params.get('term') ?? undefined;
  const regionId = params.get('regionId') ?? undefined;
  const page = Number(params.get('page') ?? '1');
  const regions = useQuery({
    queryKey: ['regions'],
    queryFn: () => api<Static<typeof RegionListReply>>('GET', '/api/regions'),
    enabled: me.regionId === null,
  });
  const search = {
    period: period === 'all' ? undefined : period,
    term,
    regionId,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  };
  const services = useQuery({
    queryKey: ['services', search],
    queryFn: () => api<ServiceList>('GET', `/api/services${queryString(search)}`),
    placeholderData: keepPreviousData,
  });
  const set = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    next.delete('page');
    setParams(next, { replace: true });
  };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t('services.title')}</Title>
        <Group gap="xs">
          <Button component={Link} to="/services/code-map" variant="default">
            {t('services.codeMap.link')}
          </Button>
          {can('service.manage') && (
            <Button component={Link} to="/services/new">
              {t('services.new')}
            </Button>
          )}
        </Group>
      </Group>
      <Group grow align="flex-end">
        <Select
          label={t('services.filters.period')}
          value={period}
          onChange={(value) => set('period', value)}
          data={[
            ...periods.map((p) => ({ value: p, label: p })),
            { value: 'all', label: t('services.filters.allPeriods') },
          ]}
          allowDeselect={false}
        />
        <Select
          label={t('services.filters.term')}
          value={term ?? null}
          onChange={(value) => set('term', value)}
          placeholder={t('services.filters.allTerms')}
          clearable
          data={SERVICE_TERMS.map((value) => ({ value, label: t(`services.terms.${value}`) }))}
        />
        {me.regionId === null && (
          <Select
            label={t('services.filters.region')}
            value={regionId ?? null}
            onChange={(value) => set('regionId', value)}
            placeholder={t('services.filters.allRegions')}
            clearable
            searchable
            data={(regions.data?.items ?? []).map((r) => ({ value: r.id, label: `${r.number} – ${r.name}` }))}
          />
        )}
      </Group>
      <QueryState isPending={services.isPending} error={services.error}>
        {services.data && services.data.items.length === 0 && <Text>{t('services.empty')}</Text>}
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {services.data?.items.map((service) => (
            <Card key={service.id} withBorder component="article" aria-labelledby={`service-${service.id}`}>
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Anchor component={Link} to={`/services/${service.id}`} fw={600} id={`service-${service.id}`}>
                  {service.name}
                </Anchor>
                <Badge variant="light">{t(`services.terms.${service.term}`)}</Badge>
              </Group>
              <Text size="sm" c="dimmed">
                {service.districtName ??
                  t('services.regionProvider', { number: service.regionNumber, name: service.regionName })}
              </Text>
              <Text size="sm">
                {formatDate(service.startDate, i18n.language)} – {formatDate(service.endDate, i18n.language)}
              </Text>
              <Text size="sm">
                {t('services.enrolledCount', {
                  count: service.enrolled,
                  n: formatNumber(service.enrolled, i18n.language),
                })}
                {service.mpos.length > 0 && ` · ${t('services.mposList', { mpos: service.mpos.join(', ') })}`}
              </Text>
              {service.abilities.record && (
                <Button
                  component={Link}
                  to={`/services/${service.id}/attendance`}
                  variant="light"
                  mt="sm"
                  fullWidth
                >
                  {t('services.takeAttendance')}
                </Button>
              )}
            </Card>
          ))}
        </SimpleGrid>
        <PageNavigation total={services.data?.total ?? 0} pageSize={PAGE_SIZE} />
      </QueryState>
    </Stack>
  );
}
