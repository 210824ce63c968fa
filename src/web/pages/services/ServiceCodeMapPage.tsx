import {
  Alert,
  Anchor,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, ApiError, queryString } from '../../app/api';
import { formatDate, todayInState } from '../../app/format';
import { ErrorAlert, QueryState } from '../../components/QueryState';
import { ScrollTable } from '../../components/ScrollTable';
import type { CodeMap } from './service-types';

/** A region's service code map: its local codes mapped to the state's by date; added and ended by those who set services up. */
export function ServiceCodeMapPage() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const regionId = params.get('regionId') ?? undefined;
  const client = useQueryClient();
  const map = useQuery({
    queryKey: ['service-code-map', regionId],
    queryFn: () => api<CodeMap>('GET', `/api/services/code-map${queryString({ regionId })}`),
  });
  const [draft, setDraft] = useState({ localCode: '', stateCode: '', validFrom: todayInState() });
  const add = useMutation({
    mutationFn: () => api('POST', '/api/services/code-map', { ...draft, regionId, validTo: null }),
    onSuccess: async () => {
      setDraft({ localCode: '', stateCode: '', validFrom: todayInState() });
      await client.invalidateQueries({ queryKey: ['service-code-map', regionId] });
    },
  });
  const end = useMutation({
    mutationFn: (mapping: { localCode: string; validFrom: string }) =>
      api('POST', '/api/services/code-map/end', { ...mapping, regionId, validTo: todayInState() }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['service-code-map', regionId] }),
  });
  const problem = add.error instanceof ApiError ? add.error : null;

  return (
    <Stack gap="md" maw={800}>
      <Anchor component={Link} to="/services">
        {t('services.backToList')}
      </Anchor>
      <Title order={1}>{t('services.codeMap.title')}</Title>
      <Text>{t('services.codeMap.intro')}</Text>
      <QueryState isPending={map.isPending} error={map.error}>
        {end.error && <ErrorAlert error={end.error} />}
        <ScrollTable minWidth={520} label={t('services.codeMap.title')}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('services.codeMap.localCode')}</Table.Th>
                <Table.Th>{t('services.codeMap.stateCode')}</Table.Th>
                <Table.Th>{t('services.codeMap.validFrom')}</Table.Th>
                <Table.Th>{t('services.codeMap.validTo')}</Table.Th>
                {map.data?.canManage && <Table.Th>{t('services.enrolled.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(map.data?.items ?? []).map((m) => (
                <Table.Tr key={`${m.localCode}/${m.validFrom}`}>
                  <Table.Td>{m.localCode}</Table.Td>
                  <Table.Td>{m.stateCode}</Table.Td>
                  <Table.Td>{formatDate(m.validFrom, i18n.language)}</Table.Td>
                  <Table.Td>
                    {m.validTo ? formatDate(m.validTo, i18n.language) : t('services.codeMap.inForce')}
                  </Table.Td>
                  {map.data?.canManage && (
                    <Table.Td>
                      {m.validTo === null && (
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          onClick={() => end.mutate(m)}
                          aria-label={t('services.codeMap.endOf', { code: m.localCode })}
                        >
                          {t('services.codeMap.endToday')}
                        </Button>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
        {map.data?.canManage && (
          <Paper withBorder p="md">
            <form
              onSubmit={(event) => {
                event.preventDefault();
                add.mutate();
              }}
            >
              <Stack gap="sm">
                <Title order={2} size="h3">
                  {t('services.codeMap.add')}
                </Title>
                <SimpleGrid cols={{ base: 1, sm: 3 }}>
                  <TextInput
                    label={t('services.codeMap.localCode')}
                    required
                    value={draft.localCode}
                    onChange={(e) => setDraft({ ...draft, localCode: e.currentTarget.value })}
                    error={problem?.problemFor('localCode')}
                  />
                  <TextInput
                    label={t('services.codeMap.stateCode')}
                    required
                    value={draft.stateCode}
                    onChange={(e) => setDraft({ ...draft, stateCode: e.currentTarget.value })}
                    error={problem?.problemFor('stateCode')}
                  />
                  <TextInput
                    type="date"
                    label={t('services.codeMap.validFrom')}
                    required
                    value={draft.validFrom}
                    onChange={(e) => setDraft({ ...draft, validFrom: e.currentTarget.value })}
                    error={problem?.problemFor('validFrom')}
                  />
                </SimpleGrid>
                {add.error && (
                  <Alert color="red" role="alert">
                    {add.error instanceof ApiError ? add.error.message : String(add.error)}
                  </Alert>
                )}
                <Group>
                  <Button type="submit" loading={add.isPending}>
                    {t('services.codeMap.save')}
                  </Button>
                </Group>
              </Stack>
            </form>
          </Paper>
        )}
      </QueryState>
    </Stack>
  );
}
