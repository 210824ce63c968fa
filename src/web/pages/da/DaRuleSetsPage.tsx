import {
  Accordion,
  Anchor,
  Badge,
  Button,
  Code,
  Group,
  Spoiler,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../app/api';
import { formatDateTime } from '../../app/format';
import { useSession } from '../../app/session';
import { ErrorAlert, QueryState } from '../../components/QueryState';
import { ScrollTable } from '../../components/ScrollTable';
import type { RuleSetList } from './da-types';
import { RuleSetForm } from './rule-set-form/RuleSetForm';
import { RuleSetJsonForm } from './rule-set-form/RuleSetJsonForm';

/**
 * The rule sets in force for each Dashboard year; a state administrator adds or overrides one
 * with a form started from a set in force, or from JSON (Advanced).
 */
export function DaRuleSetsPage() {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const client = useQueryClient();
  const [confirming, setConfirming] = useState<string | null>(null);
  const sets = useQuery({
    queryKey: ['da-rule-sets'],
    queryFn: () => api<RuleSetList>('GET', '/api/da/rule-sets'),
  });
  const saved = (reply: RuleSetList) => client.setQueryData(['da-rule-sets'], reply);
  const readAgain = () => void client.invalidateQueries({ queryKey: ['da-rule-sets'] });
  const remove = useMutation({
    mutationFn: (set: { id: string; version: number }) =>
      api('DELETE', `/api/da/rule-sets/${encodeURIComponent(set.id)}?version=${set.version}`),
    onSuccess: () => {
      setConfirming(null);
      readAgain();
    },
    onError: () => {
      setConfirming(null);
      readAgain();
    },
  });

  return (
    <Stack>
      <Anchor component={Link} to="/da" size="sm">
        {t('da.backToResults')}
      </Anchor>
      <Title order={1}>{t('da.ruleSets.title')}</Title>
      <Text>{t('da.ruleSets.intro')}</Text>
      {remove.error && <ErrorAlert error={remove.error} />}
      <QueryState isPending={sets.isPending} error={sets.error}>
        <ScrollTable minWidth={560} label={t('da.ruleSets.title')}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('da.ruleSets.id')}</Table.Th>
                <Table.Th scope="col">{t('da.ruleSets.source')}</Table.Th>
                <Table.Th scope="col">{t('da.ruleSets.definition')}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('da.ruleSets.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sets.data?.items.map((set) => (
                <Table.Tr key={set.id}>
                  <Table.Th scope="row">{set.id}</Table.Th>
                  <Table.Td>
                    <Badge variant="outline" color={set.source === 'california' ? 'gray' : 'ciclo'}>
                      {t(`da.ruleSets.sources.${set.source}`)}
                    </Badge>
                    {set.overridesCalifornia && <Text size="xs">{t('da.ruleSets.overrides')}</Text>}
                    {set.updatedAt && <Text size="xs">{formatDateTime(set.updatedAt, i18n.language)}</Text>}
                  </Table.Td>
                  <Table.Td>
                    <Spoiler
                      maxHeight={40}
                      showLabel={t('da.ruleSets.show')}
                      hideLabel={t('da.ruleSets.hide')}
                    >
                      <Code block>{JSON.stringify(set.definition, null, 2)}</Code>
                    </Spoiler>
                  </Table.Td>
                  <Table.Td>
                    {can('da.manage') &&
                      set.source !== 'california' &&
                      (confirming === set.id ? (
                        <Group gap="xs" wrap="nowrap">
                          <Button
                            size="xs"
                            color="red"
                            loading={remove.isPending}
                            onClick={() => remove.mutate(set)}
                          >
                            {t('da.ruleSets.confirmRemove', { id: set.id })}
                          </Button>
                          <Button size="xs" variant="default" onClick={() => setConfirming(null)}>
                            {t('common.cancel')}
                          </Button>
                        </Group>
                      ) : (
                        <Button size="xs" variant="default" onClick={() => setConfirming(set.id)}>
                          {t('da.ruleSets.remove', { id: set.id })}
                        </Button>
                      ))}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      </QueryState>
      {can('da.manage') && sets.data && (
        <>
          <RuleSetForm sets={sets.data.items} onSaved={saved} onChangedMeanwhile={readAgain} />
          <Accordion variant="contained">
            <Accordion.Item value="json">
              <Accordion.Control>{t('da.ruleSets.advanced')}</Accordion.Control>
              <Accordion.Panel>
                <RuleSetJsonForm sets={sets.data.items} onSaved={saved} onChangedMeanwhile={readAgain} />
              </Accordion.Panel>
            </Accordion.Item>
          </Accordion>
        </>
      )}
    </Stack>
  );
}
