import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, queryString } from '../../app/api';
import { QueryState } from '../../components/QueryState';
import { useYearAndRegion, YearAndRegionFilters } from './MonitoringFilters';
import type { TrackingLogData } from './monitoring-types';

/**
 * The SSDP Tracking Log (MN3.1) of a region's program year: for each strategy of the plan, who
 * carries it out in which line, as cards that read on a phone, with the alignment check (MN3.2)
 * and the XLSX and PDF files.
 */
export function TrackingLogPage() {
  const { t, i18n } = useTranslation();
  const filters = useYearAndRegion();
  const { programYear, regionId } = filters;
  const log = useQuery({
    queryKey: ['tracking-log', programYear, regionId],
    queryFn: () =>
      api<TrackingLogData>('GET', `/api/monitoring/tracking-log${queryString({ programYear, regionId })}`),
    // District staff see only their district's agreement, not the region's log (MN2.4, MN3.1).
    enabled: regionId !== undefined && filters.me.districtId === null,
  });
  const data = log.data;
  const nameOf = (districtId: string | null) =>
    data?.implementers.find((i) => i.districtId === districtId)?.name ?? '';
  const fileUrl = (format: 'xlsx' | 'pdf') =>
    `/api/monitoring/tracking-log/file${queryString({ programYear, regionId, format, language: i18n.language })}`;

  if (filters.me.districtId !== null)
    return (
      <Stack gap="md">
        <Title order={1}>{t('monitoring.trackingLog.title')}</Title>
        <Text>{t('monitoring.trackingLog.notForDistricts')}</Text>
        <Anchor component={Link} to="/monitoring/applications">
          {t('monitoring.applications.title')}
        </Anchor>
      </Stack>
    );

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t('monitoring.trackingLog.title')}</Title>
        <Group gap="xs">
          <Button component="a" href={fileUrl('xlsx')} variant="default" download>
            {t('monitoring.trackingLog.xlsx')}
          </Button>
          <Button component="a" href={fileUrl('pdf')} variant="default" download>
            {t('monitoring.trackingLog.pdf')}
          </Button>
        </Group>
      </Group>
      <Text c="dimmed">{t('monitoring.trackingLog.intro')}</Text>
      <YearAndRegionFilters filters={filters} />
      <Anchor component={Link} to={`/monitoring/applications${queryString({ programYear, regionId })}`}>
        {t('monitoring.applications.title')}
      </Anchor>
      {regionId === undefined ? (
        <Text>{t('monitoring.chooseRegion')}</Text>
      ) : (
        <QueryState isPending={log.isPending} error={log.error}>
          {data && (
            <>
              {data.problems.length === 0 ? (
                <Alert color="green" title={t('monitoring.alignment.title')}>
                  {t('monitoring.alignment.none')}
                </Alert>
              ) : (
                <Alert color="orange" title={t('monitoring.alignment.gaps', { count: data.problems.length })}>
                  <List size="sm">
                    {data.problems.map((p) => (
                      <List.Item key={`${p.kind}-${p.strategy}-${p.districtId}`}>
                        {p.kind === 'missing_everywhere'
                          ? t('monitoring.alignment.missingEverywhere', { strategy: p.strategy })
                          : t('monitoring.alignment.missingInDistrict', {
                              strategy: p.strategy,
                              district: nameOf(p.districtId),
                            })}
                      </List.Item>
                    ))}
                  </List>
                </Alert>
              )}
              {data.strategies.length === 0 && <Text>{t('monitoring.trackingLog.noPlan')}</Text>}
              <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
                {data.strategies.map((strategy) => {
                  const text = data.strategyTexts.find((s) => s.number === strategy.number);
                  return (
                    <Card
                      key={strategy.number}
                      withBorder
                      component="article"
                      aria-labelledby={`strategy-${strategy.number}`}
                    >
                      <Group justify="space-between" wrap="nowrap" align="flex-start">
                        <Text fw={600} id={`strategy-${strategy.number}`}>
                          {strategy.number} {i18n.language === 'es' ? text?.textEs : text?.textEn}
                        </Text>
                        <Badge variant="light">{t(`monitoring.implementers.${strategy.implementer}`)}</Badge>
                      </Group>
                      <List size="sm" mt="xs">
                        {data.implementers.map((implementer) => {
                          const cell = data.cells.find(
                            (c) => c.strategy === strategy.number && c.districtId === implementer.districtId,
                          );
                          const lines = cell?.lines ?? [];
                          const gap = data.problems.some(
                            (p) =>
                              p.strategy === strategy.number &&
                              p.districtId === implementer.districtId &&
                              implementer.districtId !== null,
                          );
                          return (
                            <List.Item key={implementer.districtId ?? 'region'}>
                              <Text span size="sm" fw={500}>
                                {implementer.name}:{' '}
                              </Text>
                              <Text
                                span
                                size="sm"
                                c={gap ? 'orange.9' : lines.length === 0 ? 'dimmed' : undefined}
                              >
                                {lines.length === 0
                                  ? gap
                                    ? t('monitoring.trackingLog.missing')
                                    : '—'
                                  : lines
                                      .map((l) => t('monitoring.trackingLog.lineLabel', { label: l.label }))
                                      .join(', ')}
                              </Text>
                            </List.Item>
                          );
                        })}
                      </List>
                    </Card>
                  );
                })}
              </SimpleGrid>
            </>
          )}
        </QueryState>
      )}
    </Stack>
  );
}
