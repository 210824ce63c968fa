import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ScrollTable } from '../../components/ScrollTable';
import { StatusBadge } from './StatusBadge';
import { inLanguage, monthName, type CalendarProgress } from './calendar-types';

/** For the state: every region's status of each task of a program year, side by side (CA2.7). */
export function RegionsProgress({ progress }: { progress: CalendarProgress }) {
  const { t, i18n } = useTranslation();
  if (progress.rows.length === 0) return <Text>{t('calendar.noYearAnywhere')}</Text>;
  return (
    <ScrollTable minWidth={320 + 130 * progress.regions.length} label={t('calendar.tabs.regions')}>
      <Table striped withColumnBorders>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('calendar.task')}</Table.Th>
            {progress.regions.map((region) => (
              <Table.Th key={region.id}>{region.name}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {progress.rows.map((row) => (
            <Table.Tr key={row.task.key}>
              <Table.Td>
                <Text size="xs" c="dimmed" tt="capitalize">
                  {monthName(row.task.month, i18n.language)}
                </Text>
                <Text size="sm">{inLanguage(row.task.task, i18n.language)}</Text>
              </Table.Td>
              {row.regions.map((cell) => (
                <Table.Td key={cell.regionId}>
                  {cell.status ? (
                    <>
                      <StatusBadge status={cell.status} />
                      {cell.overdue && (
                        <Text size="xs" c="red.9">
                          {t('calendar.overdueBadge')}
                        </Text>
                      )}
                    </>
                  ) : (
                    <Text size="xs" c="dimmed">
                      {t('calendar.notOpen')}
                    </Text>
                  )}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
