import { Alert, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, queryString } from '../../app/api';
import { formatDateTime } from '../../app/format';
import { QueryState } from '../../components/QueryState';
import type { Protocol } from './data-packet-types';

const QUESTIONS = ['facts', 'tells', 'strengths', 'problems'] as const;
type Answers = Record<(typeof QUESTIONS)[number], string>;

/** The four-question data analysis protocol, kept with the packet for the team. */
export function ProtocolForm({ from, to, region }: { from: string; to: string; region: number | null }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const params = queryString({ from, to, region });
  const key = ['packet-protocol', from, to, region];
  const protocol = useQuery({
    queryKey: key,
    queryFn: () => api<Protocol>('GET', `/api/reports/data-packet/protocol${params}`),
  });
  // Whether the reader is on the packet's team comes with the protocol (its access policy).
  const canWrite = protocol.data?.abilities.canWrite ?? false;
  const [answers, setAnswers] = useState<Answers>({ facts: '', tells: '', strengths: '', problems: '' });
  useEffect(() => {
    if (protocol.data)
      setAnswers({
        facts: protocol.data.facts,
        tells: protocol.data.tells,
        strengths: protocol.data.strengths,
        problems: protocol.data.problems,
      });
  }, [protocol.data]);
  const save = useMutation({
    mutationFn: () =>
      api<Protocol>('PUT', '/api/reports/data-packet/protocol', {
        from,
        to,
        ...(region === null ? {} : { region }),
        version: protocol.data?.version ?? 0,
        ...answers,
      }),
    onSuccess: (saved) => client.setQueryData(key, saved),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate();
  }

  return (
    <Card withBorder component="form" onSubmit={submit} aria-labelledby="protocol-title">
      <Title order={2} size="h4" id="protocol-title">
        {t('packet.protocol.title')}
      </Title>
      <Text size="sm" c="dimmed" mt={4}>
        {t('packet.protocol.intro')}
      </Text>
      <QueryState isPending={protocol.isPending} error={protocol.error}>
        <Stack mt="sm">
          {QUESTIONS.map((question) => (
            <Textarea
              key={question}
              label={t(`packet.protocol.${question}`)}
              autosize
              minRows={2}
              readOnly={!canWrite}
              value={answers[question]}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setAnswers((current) => ({ ...current, [question]: value }));
              }}
            />
          ))}
          {save.error instanceof ApiError && (
            <Alert color={save.error.status === 409 ? 'orange' : 'red'} role="alert">
              {save.error.status === 409 ? t('packet.protocol.conflict') : save.error.message}
            </Alert>
          )}
          <Group justify="space-between">
            <Text size="xs" c="dimmed" aria-live="polite">
              {protocol.data?.updatedAt
                ? t('packet.protocol.savedBy', {
                    name: protocol.data.updatedBy ?? '—',
                    when: formatDateTime(protocol.data.updatedAt, i18n.language),
                  })
                : t('packet.protocol.notSaved')}
            </Text>
            {canWrite && (
              <Button type="submit" loading={save.isPending}>
                {t('common.save')}
              </Button>
            )}
          </Group>
        </Stack>
      </QueryState>
    </Card>
  );
}
