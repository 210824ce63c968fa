import { Alert, Anchor, Button, Card, Checkbox, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../../app/api';
import { QueryState } from '../../../components/QueryState';
import { ConfirmDialog } from './ConfirmDialog';
import { OperationsCard } from './OperationsCard';
import type { ChildOperation, ChildRows } from './reconciliation-types';

const rowId = (row: ChildRows['items'][number]) => `${row.table}:${JSON.stringify(row.key)}`;

/**
 * Split from the child's page (IR5.6): the records that name the child, to tick those that
 * belong to another child; they move to a new child (the first name may be given) after a
 * confirmation. The child's merges and splits follow, with undo.
 */
export function ChildSplitCard({ childId }: { childId: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<string[]>([]);
  const [firstName, setFirstName] = useState('');
  const [asking, setAsking] = useState(false);
  const rows = useQuery({
    queryKey: ['reconciliation', 'rows', childId],
    queryFn: () => api<ChildRows>('GET', `/api/children/${childId}/records`),
    enabled: open,
  });
  const split = useMutation({
    mutationFn: () =>
      api<ChildOperation>('POST', '/api/children/reconciliation/splits', {
        childId,
        version: rows.data!.version,
        rows: rows
          .data!.items.filter((r) => chosen.includes(rowId(r)))
          .map((r) => ({ table: r.table, key: r.key })),
        ...(firstName.trim() ? { newChild: { firstName: firstName.trim() } } : {}),
      }),
    onSuccess: async () => {
      setAsking(false);
      setChosen([]);
      await client.invalidateQueries({ queryKey: ['reconciliation'] });
      await client.invalidateQueries({ queryKey: ['child', childId] });
    },
  });
  return (
    <Stack>
      <Card withBorder component="section" aria-labelledby="child-split">
        <Stack>
          <Title order={2} size="h3" id="child-split">
            {t('reconciliation.split.title')}
          </Title>
          <Text size="sm">{t('reconciliation.split.intro')}</Text>
          <Anchor component={Link} to={`/children/reconciliation?childId=${childId}`} size="sm">
            {t('reconciliation.split.findOthers')}
          </Anchor>
          {!open && (
            <Button variant="default" onClick={() => setOpen(true)} style={{ alignSelf: 'flex-start' }}>
              {t('reconciliation.split.open')}
            </Button>
          )}
          {split.data && (
            <Alert color="green" role="status">
              {t('reconciliation.split.done')}{' '}
              <Link to={`/children/${split.data.otherChild.id}`}>{t('reconciliation.split.openNew')}</Link>
            </Alert>
          )}
          {open && (
            <QueryState isPending={rows.isPending} error={rows.error}>
              {rows.data && (
                <Stack>
                  {rows.data.items.length === 0 && <Text>{t('reconciliation.split.noRecords')}</Text>}
                  <Checkbox.Group
                    label={t('reconciliation.split.choose')}
                    value={chosen}
                    onChange={setChosen}
                  >
                    <Stack gap="xs" mt="xs">
                      {rows.data.items.map((row) => (
                        <Checkbox
                          key={rowId(row)}
                          value={rowId(row)}
                          label={`${t(`reconciliation.tables.${row.table}`, { defaultValue: row.table })}: ${Object.values(
                            row.shown,
                          )
                            .filter((v) => v !== null && v !== '')
                            .map(String)
                            .join(' · ')}`}
                        />
                      ))}
                    </Stack>
                  </Checkbox.Group>
                  <TextInput
                    label={t('reconciliation.split.firstName')}
                    description={t('reconciliation.split.firstNameHint')}
                    value={firstName}
                    onChange={(e) => setFirstName(e.currentTarget.value)}
                  />
                  <Button
                    disabled={chosen.length === 0}
                    onClick={() => setAsking(true)}
                    style={{ alignSelf: 'flex-start' }}
                  >
                    {t('reconciliation.split.button')}
                  </Button>
                </Stack>
              )}
            </QueryState>
          )}
        </Stack>
        {asking && (
          <ConfirmDialog
            title={t('reconciliation.split.confirmTitle')}
            explain={t('reconciliation.split.confirm', { count: chosen.length })}
            confirm={t('reconciliation.split.button')}
            pending={split.isPending}
            error={split.error}
            onConfirm={() => split.mutate()}
            onClose={() => {
              split.reset();
              setAsking(false);
            }}
          />
        )}
      </Card>
      <OperationsCard childId={childId} />
    </Stack>
  );
}
