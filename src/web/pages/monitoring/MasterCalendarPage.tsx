import { Badge, Card, Group, Stack, Text, Timeline, Title } from '@mantine/core';
import { IconCalendarEvent } from '@tabler/icons-react';
import type { Static } from '@sinclair/typebox';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, queryString } from '../../app/api';
import { formatDate } from '../../app/format';
import { QueryState } from '../../components/QueryState';
import type { MasterCalendarReply } from '../../../server/routes/monitoring/master-calendar.schemas';
import { useYearAndRegion, YearAndRegionFilters } from './MonitoringFilters';

type MasterCalendar = Static<typeof MasterCalendarReply>;

/** `2027-09` as the reader says it: "September 2027". */
function monthName(month: string, language: string): string {
  return new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
}

/**
 * The master calendar of services (MN7): month by month from July to June, the start dates of
 * a program year's services of the region and its districts, as a timeline that reads on a phone.
 */
export function MasterCalendarPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const filters = useYearAndRegion();
  const { programYear, regionId } = filters;
  const calendar = useQuery({
    queryKey: ['monitoring', 'master-calendar', programYear, regionId],
    queryFn: () =>
      api<MasterCalendar>('GET', `/api/monitoring/master-calendar${queryString({ programYear, regionId })}`),
    enabled: regionId !== undefined,
  });
  const data = calendar.data;
  const count = data?.months.reduce((sum, month) => sum + month.services.length, 0) ?? 0;
  return (
    <Stack gap="md">
      <Title order={1}>{t('monitoring.masterCalendar.title')}</Title>
      <Text c="dimmed">{t('monitoring.masterCalendar.intro')}</Text>
      <YearAndRegionFilters filters={filters} />
      {regionId === undefined ? (
        <Text>{t('monitoring.chooseRegion')}</Text>
      ) : (
        <QueryState isPending={calendar.isPending} error={calendar.error}>
          {data && (
            <Stack gap="sm">
              <Title order={2} size="h3">
                {t('monitoring.masterCalendar.of', { region: data.regionName, year: data.programYear })}
              </Title>
              <Text size="sm">{t('monitoring.masterCalendar.count', { count })}</Text>
              <Timeline
                bulletSize={22}
                lineWidth={2}
                color="teal.9"
                active={data.months.findLastIndex((month) => month.services.length > 0)}
              >
                {data.months.map((month) => (
                  <Timeline.Item
                    key={month.month}
                    bullet={<IconCalendarEvent size={14} aria-hidden />}
                    title={
                      <Title order={3} size="h5">
                        {monthName(month.month, language)}
                      </Title>
                    }
                  >
                    {month.services.length === 0 ? (
                      <Text size="sm" c="dimmed">
                        {t('monitoring.masterCalendar.noneStarts')}
                      </Text>
                    ) : (
                      <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                        {month.services.map((service) => (
                          <Card key={service.id} withBorder padding="xs" component="li">
                            <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
                              {service.name} ({service.code})
                            </Text>
                            <Group gap="xs" wrap="wrap">
                              <Text size="sm">
                                {t('monitoring.masterCalendar.starts', {
                                  date: formatDate(service.startDate, language),
                                })}
                              </Text>
                              <Badge variant="outline" color="gray.8" style={{ maxWidth: '100%' }}>
                                {service.districtName ?? t('monitoring.masterCalendar.region')}
                              </Badge>
                            </Group>
                            {service.actualStartDate && (
                              <Text size="xs" c="dimmed">
                                {t('monitoring.masterCalendar.started', {
                                  date: formatDate(service.actualStartDate, language),
                                })}
                              </Text>
                            )}
                          </Card>
                        ))}
                      </Stack>
                    )}
                  </Timeline.Item>
                ))}
              </Timeline>
            </Stack>
          )}
        </QueryState>
      )}
    </Stack>
  );
}
