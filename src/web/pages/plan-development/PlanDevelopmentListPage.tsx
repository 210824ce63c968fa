import { Anchor, Button, Group, List, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api } from '../../app/api';
import { formatDateTime } from '../../app/format';
import { ErrorAlert, QueryState } from '../../components/QueryState';
import type { SdpDevelopment, SdpDevelopmentList } from './plan-development-types';

/** The state's SDP developments, and a form to start one. */
export function PlanDevelopmentListPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [name, setName] = useState('');
  const list = useQuery({
    queryKey: ['plan-development'],
    queryFn: () => api<SdpDevelopmentList>('GET', '/api/plan-development'),
  });
  const create = useMutation({
    mutationFn: () => api<SdpDevelopment>('POST', '/api/plan-development', { name }),
    onSuccess: async (created) => {
      await client.invalidateQueries({ queryKey: ['plan-development'] });
      void navigate(`/plan-development/${created.id}`);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <Stack>
      <Title order={1}>{t('planDevelopment.title')}</Title>
      <Text c="dimmed">{t('planDevelopment.intro')}</Text>
      <QueryState isPending={list.isPending} error={list.error}>
        {list.data && (
          <Stack>
            {list.data.items.length === 0 ? (
              <Text>{t('planDevelopment.none')}</Text>
            ) : (
              <List>
                {list.data.items.map((item) => (
                  <List.Item key={item.id}>
                    <Anchor component={Link} to={`/plan-development/${item.id}`}>
                      {item.name}
                    </Anchor>{' '}
                    <Text span size="sm" c="dimmed">
                      {t('planDevelopment.updated', { date: formatDateTime(item.updatedAt, i18n.language) })}
                    </Text>
                  </List.Item>
                ))}
              </List>
            )}
            {list.data.canCreate && (
              <form onSubmit={submit} aria-label={t('planDevelopment.start')}>
                <Group align="end" wrap="wrap">
                  <TextInput
                    label={t('planDevelopment.name')}
                    value={name}
                    onChange={(event) => setName(event.currentTarget.value)}
                    required
                    maxLength={200}
                    w={{ base: '100%', sm: 280 }}
                  />
                  <Button type="submit" loading={create.isPending}>
                    {t('planDevelopment.start')}
                  </Button>
                </Group>
                {create.error && <ErrorAlert error={create.error} />}
              </form>
            )}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
