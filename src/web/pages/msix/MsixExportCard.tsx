import { Anchor, Button, Card, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../app/api';
import { formatDateTime, formatNumber } from '../../app/format';
import { ErrorAlert } from '../../components/QueryState';
import { ScrollTable } from '../../components/ScrollTable';
import type { MsixExport, MsixExports } from './msix-types';

const fileUrl = (id: string) => `/api/msix/exports/${id}/file`;

/** The state administrator's export of the changes since the last export, its summary and file, and the past exports. */
export function MsixExportCard() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const n = (value: number) => formatNumber(value, i18n.language);
  const past = useQuery({
    queryKey: ['msix', 'exports'],
    queryFn: () => api<MsixExports>('GET', '/api/msix/exports'),
  });
  const exporting = useMutation({
    mutationFn: () => api<MsixExport>('POST', '/api/msix/exports'),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['msix'] });
    },
  });
  const made = exporting.data;
  return (
    <Card withBorder>
      <Stack>
        <Title order={2} size="h3">
          {t('msix.export.title')}
        </Title>
        <Text>{t('msix.export.intro')}</Text>
        <Group>
          <Button onClick={() => exporting.mutate()} loading={exporting.isPending}>
            {t('msix.export.button')}
          </Button>
        </Group>
        {exporting.error && <ErrorAlert error={exporting.error} />}
        {made && (
          <Stack gap="xs" aria-live="polite">
            <Text fw={700}>{t('msix.export.done', { ...made.counts })}</Text>
            <Anchor href={fileUrl(made.id)}>{t('msix.export.download', { name: made.fileName })}</Anchor>
            {made.heldBack.length > 0 && (
              <>
                <Text>{t('msix.export.heldBackTitle')}</Text>
                <List size="sm">
                  {made.heldBack.map((child) => (
                    <List.Item key={child.childId}>
                      <Anchor component={Link} to={`/children/${child.childId}`}>
                        {child.name}
                      </Anchor>{' '}
                      {t('msix.export.problems', { count: child.problems })}
                    </List.Item>
                  ))}
                </List>
              </>
            )}
          </Stack>
        )}
        <Title order={3} size="h4">
          {t('msix.export.pastTitle')}
        </Title>
        {past.error && <ErrorAlert error={past.error} />}
        {past.data && past.data.items.length === 0 && <Text>{t('msix.export.none')}</Text>}
        {past.data && past.data.items.length > 0 && (
          <ScrollTable minWidth={560} label={t('msix.export.pastLabel')}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('msix.export.columns.when')}</Table.Th>
                  <Table.Th scope="col">{t('msix.export.columns.by')}</Table.Th>
                  <Table.Th scope="col">{t('msix.export.columns.counts')}</Table.Th>
                  <Table.Th scope="col">{t('msix.export.columns.file')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {past.data.items.map((item) => (
                  <Table.Tr key={item.id}>
                    <Table.Td>{formatDateTime(item.createdAt, i18n.language)}</Table.Td>
                    <Table.Td>{item.createdBy}</Table.Td>
                    <Table.Td>
                      {t('msix.export.countsShort', {
                        inserted: n(item.counts.inserted),
                        updated: n(item.counts.updated),
                        deleted: n(item.counts.deleted),
                        heldBack: n(item.counts.heldBack),
                      })}
                    </Table.Td>
                    <Table.Td>
                      <Anchor href={fileUrl(item.id)}>{t('msix.export.downloadShort')}</Anchor>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </Stack>
    </Card>
  );
}
