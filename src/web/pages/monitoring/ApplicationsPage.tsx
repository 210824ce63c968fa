import type { Static } from '@sinclair/typebox';
import { Anchor, Button, Card, Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, queryString } from '../../app/api';
import { useSession } from '../../app/session';
import { ErrorAlert, QueryState } from '../../components/QueryState';
import type { DistrictListReply } from '../../../server/routes/organizations/organizations.schemas';
import { StatusBadge, useYearAndRegion, YearAndRegionFilters } from './MonitoringFilters';
import { formatMoney, type Application, type ApplicationSummary } from './monitoring-types';

/** A region's applications of a program year (MN2): the regional application, the DSAs and MOUs, and starting one. */
export function ApplicationsPage() {
  const { t, i18n } = useTranslation();
  const { me, can } = useSession();
  const navigate = useNavigate();
  const filters = useYearAndRegion();
  const { programYear, regionId } = filters;
  const applications = useQuery({
    queryKey: ['applications', programYear, regionId],
    queryFn: () =>
      api<{ items: ApplicationSummary[] }>(
        'GET',
        `/api/monitoring/applications${queryString({ programYear, regionId })}`,
      ),
  });
  const districts = useQuery({
    queryKey: ['districts', regionId],
    queryFn: () => api<Static<typeof DistrictListReply>>('GET', `/api/districts${queryString({ regionId })}`),
    enabled: can('monitoring.manage'),
  });
  const [choice, setChoice] = useState<string | null>(null);
  const [kind, setKind] = useState<string | null>('dsa');
  const start = useMutation({
    mutationFn: () =>
      api<Application>('POST', '/api/monitoring/applications', {
        regionId,
        districtId: choice === 'region' ? null : choice,
        kind: choice === 'region' ? 'regional_application' : kind,
        programYear,
        lines: [],
      }),
    onSuccess: (created) => navigate(`/monitoring/applications/${created.id}`),
  });
  const reimbursable = (districts.data?.items ?? []).filter(
    (d) => d.isReimbursable && (me.districtId === null || d.id === me.districtId),
  );

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t('monitoring.applications.title')}</Title>
        {me.districtId === null && (
          <Button
            component={Link}
            to={`/monitoring/tracking-log${queryString({ programYear, regionId })}`}
            variant="default"
          >
            {t('monitoring.trackingLog.title')}
          </Button>
        )}
      </Group>
      <Text c="dimmed">{t('monitoring.applications.intro')}</Text>
      <YearAndRegionFilters filters={filters} />
      <QueryState isPending={applications.isPending} error={applications.error}>
        {applications.data?.items.length === 0 && <Text>{t('monitoring.applications.empty')}</Text>}
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {applications.data?.items.map((a) => (
            <Card key={a.id} withBorder component="article" aria-labelledby={`application-${a.id}`}>
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Anchor
                  component={Link}
                  to={`/monitoring/applications/${a.id}`}
                  fw={600}
                  id={`application-${a.id}`}
                >
                  {a.districtName ?? a.regionName} · {t(`monitoring.kinds.${a.kind}`)}
                </Anchor>
                <StatusBadge status={a.status} />
              </Group>
              <Text size="sm" c="dimmed">
                {t('monitoring.applications.summary', {
                  year: a.programYear,
                  revision: a.revision,
                  lines: a.lines.length,
                  total: formatMoney(a.total, i18n.language),
                })}
              </Text>
            </Card>
          ))}
        </SimpleGrid>
      </QueryState>
      {can('monitoring.manage') && regionId && (
        <Card withBorder component="section" aria-labelledby="start-application">
          <Title order={2} size="h4" id="start-application">
            {t('monitoring.applications.start')}
          </Title>
          <Group grow align="flex-end" mt="sm">
            <Select
              label={t('monitoring.applications.for')}
              value={choice}
              onChange={setChoice}
              data={[
                ...(me.districtId === null
                  ? [{ value: 'region', label: t('monitoring.kinds.regional_application') }]
                  : []),
                ...reimbursable.map((d) => ({ value: d.id, label: d.name })),
              ]}
            />
            {choice !== null && choice !== 'region' && (
              <Select
                label={t('monitoring.applications.agreement')}
                value={kind}
                onChange={setKind}
                allowDeselect={false}
                data={[
                  { value: 'dsa', label: t('monitoring.kinds.dsa') },
                  { value: 'mou', label: t('monitoring.kinds.mou') },
                ]}
              />
            )}
            <Button onClick={() => start.mutate()} disabled={choice === null} loading={start.isPending}>
              {t('monitoring.applications.create')}
            </Button>
          </Group>
          {start.error && <ErrorAlert error={start.error} />}
        </Card>
      )}
    </Stack>
  );
}
