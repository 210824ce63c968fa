import { Alert, Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../../app/api';
import { formatDate, formatNumber } from '../../app/format';
import { Fact } from '../../components/Fact';
import { ErrorAlert, QueryState } from '../../components/QueryState';
import { EnrolledChildrenTable } from './EnrolledChildrenTable';
import { EnrollForm } from './EnrollForm';
import { useService, useServiceEnrollments } from './use-service';

/** A service: its details, alignment and instrument, the children enrolled with hours and scores, and enrollment. */
export function ServicePage() {
  const { t, i18n } = useTranslation();
  const { serviceId = '' } = useParams();
  const navigate = useNavigate();
  const service = useService(serviceId);
  const enrollments = useServiceEnrollments(serviceId);
  const remove = useMutation({
    mutationFn: (version: number) => api('DELETE', `/api/services/${serviceId}?version=${version}`),
    onSuccess: () => navigate('/services'),
  });
  const s = service.data;
  const date = (value: string | null) => (value ? formatDate(value, i18n.language) : '—');
  const none = t('services.none');

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/services">
        {t('services.backToList')}
      </Anchor>
      <QueryState isPending={service.isPending} error={service.error}>
        {s && (
          <>
            <Group justify="space-between" align="flex-start">
              <div>
                <Title order={1}>{s.name}</Title>
                <Group gap="xs">
                  <Badge variant="light">{t(`services.terms.${s.term}`)}</Badge>
                  <Text size="sm" c="dimmed">
                    {s.code}
                  </Text>
                </Group>
              </div>
              <Group gap="xs">
                {s.abilities.record && (
                  <Button component={Link} to={`/services/${s.id}/attendance`}>
                    {t('services.takeAttendance')}
                  </Button>
                )}
                {s.abilities.record && (
                  <Button component={Link} to={`/services/${s.id}/tests`} variant="default">
                    {t('services.testScores')}
                  </Button>
                )}
                {s.abilities.record && (
                  <Button component={Link} to={`/services/${s.id}/import`} variant="default">
                    {t('services.import')}
                  </Button>
                )}
                {s.abilities.manage && (
                  <Button component={Link} to={`/services/${s.id}/edit`} variant="default">
                    {t('services.edit')}
                  </Button>
                )}
                {s.abilities.manage && s.activity.enrolled === 0 && (
                  <Button
                    color="red"
                    variant="light"
                    loading={remove.isPending}
                    onClick={() => remove.mutate(s.version)}
                  >
                    {t('services.delete')}
                  </Button>
                )}
              </Group>
            </Group>
            {remove.error && <ErrorAlert error={remove.error} />}
            <SimpleGrid cols={{ base: 2, sm: 4 }}>
              {[
                ['enrolled', formatNumber(s.activity.enrolled, i18n.language)],
                ['hours', formatNumber(s.activity.hours, i18n.language)],
                ['sessionDates', formatNumber(s.activity.sessionDates, i18n.language)],
                ['tests', formatNumber(s.activity.tests, i18n.language)],
              ].map(([key, value]) => (
                <Paper key={key} withBorder p="sm">
                  <Text size="sm" c="dimmed">
                    {t(`services.activity.${key}`)}
                  </Text>
                  <Text fw={700} size="xl">
                    {value}
                  </Text>
                </Paper>
              ))}
            </SimpleGrid>
            <Paper withBorder p="md">
              <Title order={2} size="h3" mb="sm">
                {t('services.details')}
              </Title>
              <SimpleGrid component="dl" cols={{ base: 1, sm: 2, md: 3 }} m={0}>
                <Fact
                  label={t('services.fields.provider')}
                  value={
                    s.districtName ??
                    t('services.regionProvider', { number: s.regionNumber, name: s.regionName })
                  }
                />
                <Fact label={t('services.fields.site')} value={s.site ?? none} />
                <Fact
                  label={t('services.fields.planned')}
                  value={`${date(s.startDate)} – ${date(s.endDate)}`}
                />
                <Fact
                  label={t('services.fields.actual')}
                  value={s.actualStartDate ? `${date(s.actualStartDate)} – ${date(s.actualEndDate)}` : none}
                />
                <Fact label={t('services.fields.fundingResource')} value={s.fundingResource ?? none} />
                <Fact
                  label={t('services.fields.application')}
                  value={
                    s.applicationKind
                      ? `${t(`services.applicationKinds.${s.applicationKind}`)}${s.applicationLine ? ` · ${s.applicationLine}` : ''}`
                      : none
                  }
                />
                <Fact
                  label={t('services.fields.sessionMinutes')}
                  value={s.sessionMinutes ? String(s.sessionMinutes) : none}
                />
                <Fact
                  label={t('services.fields.pdRequired')}
                  value={s.pdRequired ? t('services.yes') : t('services.no')}
                />
                <Fact
                  label={t('services.fields.stateServiceCode')}
                  value={
                    s.stateServiceCode ??
                    (s.mappedStateServiceCode
                      ? t('services.fromCodeMap', { code: s.mappedStateServiceCode })
                      : none)
                  }
                />
              </SimpleGrid>
            </Paper>
            <Paper withBorder p="md">
              <Title order={2} size="h3" mb="sm">
                {t('services.alignment')}
              </Title>
              <SimpleGrid component="dl" cols={{ base: 1, sm: 3 }} m={0}>
                <Fact label={t('services.fields.mpos')} value={s.mpos.join(', ') || none} />
                <Fact label={t('services.fields.strategies')} value={s.strategies.join(', ') || none} />
                <Fact
                  label={t('services.fields.components')}
                  value={s.components.map((c) => t(`services.components.${c}`)).join(', ') || none}
                />
              </SimpleGrid>
            </Paper>
            <Paper withBorder p="md">
              <Title order={2} size="h3" mb="sm">
                {t('services.instrument')}
              </Title>
              <SimpleGrid component="dl" cols={{ base: 1, sm: 3 }} m={0}>
                <Fact label={t('services.fields.instrumentName')} value={s.instrumentName ?? none} />
                <Fact
                  label={t('services.fields.range')}
                  value={`${formatNumber(s.instrumentMin, i18n.language)} – ${formatNumber(s.instrumentMax, i18n.language)}`}
                />
                <Fact
                  label={t('services.fields.direction')}
                  value={s.higherIsBetter ? t('services.higherIsBetter') : t('services.lowerIsBetter')}
                />
              </SimpleGrid>
              {s.instrumentLevels.length > 0 && (
                <Text size="sm" mt="sm">
                  {t('services.fields.levels')}:{' '}
                  {s.instrumentLevels.map((l) => `${l.label} (${l.from}–${l.to})`).join('; ')}
                </Text>
              )}
            </Paper>
            <Title order={2} size="h3">
              {t('services.enrolled.title')}
            </Title>
            <QueryState isPending={enrollments.isPending} error={enrollments.error}>
              <EnrolledChildrenTable service={s} items={enrollments.data?.items ?? []} />
            </QueryState>
            {s.abilities.record ? (
              <Paper withBorder p="md">
                <EnrollForm service={s} />
              </Paper>
            ) : (
              <Alert color="gray">{t('services.readOnly')}</Alert>
            )}
          </>
        )}
      </QueryState>
    </Stack>
  );
}
