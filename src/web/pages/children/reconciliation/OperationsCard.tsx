import { Button, Card, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, queryString } from '../../../app/api';
import { formatDateTime } from '../../../app/format';
import { QueryState } from '../../../components/QueryState';
import { ScrollTable } from '../../../components/ScrollTable';
import { ConfirmDialog } from './ConfirmDialog';
import type { ChildOperation, ChildOperations } from './reconciliation-types';

/** A child as the history names it: name and student number. */
export const childName = (c: ChildOperation['keptChild']) =>
  `${c.firstName} ${c.lastSurname} (${c.studentNumber})`;

/** The merges and splits, newest first, with undo after a confirmation (IR5.8); of one child when `childId` is given. */
export function OperationsCard({ childId }: { childId?: string }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [undoing, setUndoing] = useState<ChildOperation | null>(null);
  const operations = useQuery({
    queryKey: ['reconciliation', 'operations', childId ?? null],
    queryFn: () =>
      api<ChildOperations>(
        'GET',
        `/api/children/reconciliation/operations${queryString({ childId, limit: 50 })}`,
      ),
  });
  const undo = useMutation({
    mutationFn: (operation: ChildOperation) =>
      api<ChildOperation>('POST', `/api/children/reconciliation/operations/${operation.id}/undo`),
    onSuccess: async () => {
      setUndoing(null);
      await client.invalidateQueries({ queryKey: ['reconciliation'] });
      await client.invalidateQueries({ queryKey: ['child'] });
    },
  });
  return (
    <Card withBorder component="section" aria-labelledby="reconciliation-history">
      <Stack>
        <Title order={2} size="h3" id="reconciliation-history">
          {t('reconciliation.history.title')}
        </Title>
        <QueryState isPending={operations.isPending} error={operations.error}>
          {operations.data && operations.data.items.length === 0 && (
            <Text>{t('reconciliation.history.none')}</Text>
          )}
          {operations.data && operations.data.items.length > 0 && (
            <ScrollTable minWidth={640} label={t('reconciliation.history.title')}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('reconciliation.history.when')}</Table.Th>
                    <Table.Th scope="col">{t('reconciliation.history.what')}</Table.Th>
                    <Table.Th scope="col">{t('reconciliation.history.records')}</Table.Th>
                    <Table.Th scope="col">{t('reconciliation.history.by')}</Table.Th>
                    <Table.Th scope="col">{t('reconciliation.history.state')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {operations.data.items.map((op) => (
                    <Table.Tr key={op.id}>
                      <Table.Td>{formatDateTime(op.doneAt, i18n.language)}</Table.Td>
                      <Table.Td>
                        {t(`reconciliation.history.${op.kind}`, {
                          kept: childName(op.keptChild),
                          other: childName(op.otherChild),
                        })}
                      </Table.Td>
                      <Table.Td>{op.moved.reduce((sum, m) => sum + m.count, 0)}</Table.Td>
                      <Table.Td>{op.doneBy}</Table.Td>
                      <Table.Td>
                        {op.undoneAt ? (
                          t('reconciliation.history.undone', {
                            when: formatDateTime(op.undoneAt, i18n.language),
                            by: op.undoneBy ?? '',
                          })
                        ) : (
                          <Button size="compact-sm" variant="default" onClick={() => setUndoing(op)}>
                            {t('reconciliation.history.undo')}
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          )}
        </QueryState>
      </Stack>
      {undoing && (
        <ConfirmDialog
          title={t('reconciliation.history.confirmTitle')}
          explain={t(`reconciliation.history.confirm.${undoing.kind}`, {
            kept: childName(undoing.keptChild),
            other: childName(undoing.otherChild),
          })}
          confirm={t('reconciliation.history.undo')}
          pending={undo.isPending}
          error={undo.error}
          onConfirm={() => undo.mutate(undoing)}
          onClose={() => {
            undo.reset();
            setUndoing(null);
          }}
        />
      )}
    </Card>
  );
}
