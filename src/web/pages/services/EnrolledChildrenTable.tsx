import { Button, Table, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { formatDate, formatNumber } from '../../app/format';
import { ErrorAlert } from '../../components/QueryState';
import { ScrollTable } from '../../components/ScrollTable';
import type { EnrolledChild, Service } from './service-types';
import { refreshService } from './use-service';

/** The children enrolled in a service with hours attended and their pre and post scores. */
export function EnrolledChildrenTable({ service, items }: { service: Service; items: EnrolledChild[] }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const unenroll = useMutation({
    mutationFn: (enrollmentId: number) =>
      api('DELETE', `/api/services/${service.id}/enrollments/${enrollmentId}`),
    onSuccess: async () => {
      await refreshService(client, service.id);
    },
  });
  const score = (s: EnrolledChild['pre']) =>
    s ? `${formatNumber(s.score, i18n.language)} (${formatDate(s.date, i18n.language)})` : '—';
  if (items.length === 0) return <Text>{t('services.enrolled.none')}</Text>;
  return (
    <>
      {unenroll.error && <ErrorAlert error={unenroll.error} />}
      <ScrollTable minWidth={640} label={t('services.enrolled.label')}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('services.enrolled.child')}</Table.Th>
              <Table.Th>{t('services.enrolled.enrolledOn')}</Table.Th>
              <Table.Th>{t('services.enrolled.reason')}</Table.Th>
              <Table.Th>{t('services.enrolled.hours')}</Table.Th>
              <Table.Th>{t('services.enrolled.pre')}</Table.Th>
              <Table.Th>{t('services.enrolled.post')}</Table.Th>
              {service.abilities.record && <Table.Th>{t('services.enrolled.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((child) => {
              const name = child.name ?? child.studentId;
              const hasRecords = child.sessions > 0 || child.tests.length > 0;
              return (
                <Table.Tr key={child.enrollmentId} data-testid={`enrolled-${child.studentId}`}>
                  <Table.Td>
                    {name}
                    <Text size="xs" c="dimmed">
                      {child.studentId}
                    </Text>
                  </Table.Td>
                  <Table.Td>{formatDate(child.enrolledOn, i18n.language)}</Table.Td>
                  <Table.Td>{child.reason ? t(`services.reasons.${child.reason}`) : '—'}</Table.Td>
                  <Table.Td>
                    {t('services.enrolled.hoursValue', {
                      hours: formatNumber(child.hours, i18n.language),
                      sessions: child.sessions,
                    })}
                  </Table.Td>
                  <Table.Td>{score(child.pre)}</Table.Td>
                  <Table.Td>{score(child.post)}</Table.Td>
                  {service.abilities.record && (
                    <Table.Td>
                      {!hasRecords && (
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          color="red"
                          aria-label={t('services.enrolled.unenrollChild', { name })}
                          loading={unenroll.isPending && unenroll.variables === child.enrollmentId}
                          onClick={() => unenroll.mutate(child.enrollmentId)}
                        >
                          {t('services.enrolled.unenroll')}
                        </Button>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </>
  );
}
