import { Alert, Anchor, Button, Card, Checkbox, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../../app/api';
import { fullName } from '../../../app/format';
import { QueryState } from '../../../components/QueryState';
import type { ChildDetail, ChildSummary } from '../child-types';
import { ConfirmDialog } from './ConfirmDialog';
import { OperationsCard } from './OperationsCard';
import type { ChildOperation, ChildRows } from './reconciliation-types';
import { SplitTargetPicker } from './SplitTargetPicker';

const rowId = (row: ChildRows['items'][number]) => `${row.table}:${JSON.stringify(row.key)}`;

/**
 * Split from the child's page (IR5.6): the records that name the child, to tick those that
 * belong to another child; they move to a new child (the first name may be given) or to a child
 * of the region chosen by a search, at the version read, after a confirmation. The child's
 * merges and splits follow, with undo.
 */
export function ChildSplitCard({ childId, regionId }: { childId: string; regionId: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<string[]>([]);
  const [firstName, setFirstName] = useState('');
  const [asking, setAsking] = useState(false);
  const [into, setInto] = useState<'new' | 'existing'>('new');
  const [target, setTarget] = useState<ChildSummary | null>(null);
  // The version of the child chosen, read when chosen: a change since then is refused (409).
  const targetRead = useQuery({
    queryKey: ['child', target?.id],
    queryFn: () => api<ChildDetail>('GET', `/api/children/${target!.id}`),
    enabled: into === 'existing' && target !== null,
  });
  const toExisting = into === 'existing';
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
        ...(toExisting
          ? { target: { childId: targetRead.data!.id, version: targetRead.data!.version } }
          : firstName.trim()
            ? { newChild: { firstName: firstName.trim() } }
            : {}),
      }),
    onSuccess: async () => {
      setAsking(false);
      setChosen([]);
      await client.invalidateQueries({ queryKey: ['reconciliation'] });
      await client.invalidateQueries({ queryKey: ['child'] });
    },
  });
  const targetName = targetRead.data ? fullName(targetRead.data) : '';
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
              {split.data.createdChild
                ? t('reconciliation.split.done')
                : t('reconciliation.split.doneTo', { name: fullName(split.data.otherChild) })}{' '}
              <Link to={`/children/${split.data.otherChild.id}`}>
                {t(
                  split.data.createdChild ? 'reconciliation.split.openNew' : 'reconciliation.split.openOther',
                )}
              </Link>
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
                  <Radio.Group
                    label={t('reconciliation.split.into')}
                    value={into}
                    onChange={(value) => setInto(value as 'new' | 'existing')}
                  >
                    <Stack gap="xs" mt="xs">
                      <Radio value="new" label={t('reconciliation.split.intoNew')} />
                      <Radio value="existing" label={t('reconciliation.split.intoExisting')} />
                    </Stack>
                  </Radio.Group>
                  {toExisting ? (
                    <SplitTargetPicker
                      childId={childId}
                      regionId={regionId}
                      value={target?.id ?? null}
                      onChange={setTarget}
                    />
                  ) : (
                    <TextInput
                      label={t('reconciliation.split.firstName')}
                      description={t('reconciliation.split.firstNameHint')}
                      value={firstName}
                      onChange={(e) => setFirstName(e.currentTarget.value)}
                    />
                  )}
                  <Button
                    disabled={chosen.length === 0 || (toExisting && !targetRead.data)}
                    onClick={() => setAsking(true)}
                    style={{ alignSelf: 'flex-start' }}
                  >
                    {t(toExisting ? 'reconciliation.split.buttonTo' : 'reconciliation.split.button')}
                  </Button>
                </Stack>
              )}
            </QueryState>
          )}
        </Stack>
        {asking && (
          <ConfirmDialog
            title={t('reconciliation.split.confirmTitle')}
            explain={
              toExisting
                ? t('reconciliation.split.confirmTo', { count: chosen.length, name: targetName })
                : t('reconciliation.split.confirm', { count: chosen.length })
            }
            confirm={t(toExisting ? 'reconciliation.split.buttonTo' : 'reconciliation.split.button')}
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
