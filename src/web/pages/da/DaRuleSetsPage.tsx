import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Code,
  FileInput,
  Group,
  Spoiler,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, ApiError } from '../../app/api';
import { problemText } from '../../app/error-text';
import { formatDateTime } from '../../app/format';
import { useSession } from '../../app/session';
import { QueryState } from '../../components/QueryState';
import { ScrollTable } from '../../components/ScrollTable';
import type { RuleSetList } from './da-types';

/** The rule sets in force for each Dashboard year; a state administrator adds or overrides them from JSON. */
export function DaRuleSetsPage() {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const client = useQueryClient();
  const [text, setText] = useState('');
  const [confirming, setConfirming] = useState<string | null>(null);
  const sets = useQuery({
    queryKey: ['da-rule-sets'],
    queryFn: () => api<RuleSetList>('GET', '/api/da/rule-sets'),
  });
  const save = useMutation({
    mutationFn: () => {
      let definition: unknown;
      try {
        definition = JSON.parse(text);
      } catch (error) {
        throw new ApiError(
          400,
          'invalid_input',
          t('da.ruleSets.notJson', { reason: error instanceof Error ? error.message : String(error) }),
        );
      }
      return api<RuleSetList>('PUT', '/api/da/rule-sets', { definition });
    },
    onSuccess: (reply) => {
      client.setQueryData(['da-rule-sets'], reply);
      setText('');
    },
  });
  const remove = useMutation({
    mutationFn: (id: string) => api('DELETE', `/api/da/rule-sets/${encodeURIComponent(id)}`),
    onSuccess: () => {
      setConfirming(null);
      void client.invalidateQueries({ queryKey: ['da-rule-sets'] });
    },
  });

  return (
    <Stack>
      <Anchor component={Link} to="/da" size="sm">
        {t('da.backToResults')}
      </Anchor>
      <Title order={1}>{t('da.ruleSets.title')}</Title>
      <Text>{t('da.ruleSets.intro')}</Text>
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
                            onClick={() => remove.mutate(set.id)}
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
      {can('da.manage') && (
        <Card withBorder component="section" aria-labelledby="rule-set-form">
          <Title order={2} size="h4" id="rule-set-form">
            {t('da.ruleSets.addTitle')}
          </Title>
          <Text size="sm">{t('da.ruleSets.addIntro')}</Text>
          <FileInput
            mt="sm"
            label={t('da.ruleSets.file')}
            accept=".json,application/json"
            clearable
            clearButtonProps={{ 'aria-label': t('packet.import.clear') }}
            onChange={(file) => void file?.text().then(setText)}
          />
          <Textarea
            mt="sm"
            label={t('da.ruleSets.json')}
            autosize
            minRows={6}
            maxRows={20}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            styles={{ input: { fontFamily: 'monospace' } }}
          />
          <Button
            mt="sm"
            disabled={text.trim() === ''}
            loading={save.isPending}
            onClick={() => save.mutate()}
          >
            {t('da.ruleSets.save')}
          </Button>
          {save.error && (
            <Alert color="red" role="alert" mt="sm">
              {save.error instanceof ApiError ? save.error.message : String(save.error)}
              {save.error instanceof ApiError && save.error.problems.length > 1 && (
                <Stack gap={0} mt={4}>
                  {save.error.problems.slice(0, 20).map((p) => (
                    <Text key={p.field} size="sm">
                      {problemText(p, t)}
                    </Text>
                  ))}
                </Stack>
              )}
            </Alert>
          )}
          {save.isSuccess && (
            <Alert color="ciclo" role="status" mt="sm">
              {t('da.ruleSets.saved')}
            </Alert>
          )}
        </Card>
      )}
    </Stack>
  );
}
