import { Alert, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../app/api';
import { formatDate } from '../../app/format';
import { AssistanceForm } from './AssistanceForm';
import type { Assistance } from './da-types';

/**
 * One record of assistance given to an LEA; whoever the record's abilities allow (its region, or the
 * state) can correct it or, after confirming, remove it.
 */
export function AssistanceCard({ record }: { record: Assistance }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<'view' | 'correct' | 'confirm-remove'>('view');
  const remove = useMutation({
    mutationFn: () => api('DELETE', `/api/da/assistance/${record.id}?version=${record.version}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['da'] }),
    // Changed by someone else meanwhile (409): the list is read again, the message says so.
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409)
        void queryClient.invalidateQueries({ queryKey: ['da'] });
    },
  });
  const date = formatDate(record.providedOn, i18n.language);

  if (mode === 'correct') {
    return (
      <Card withBorder>
        <AssistanceForm leaId={record.leaId} record={record} onDone={() => setMode('view')} />
      </Card>
    );
  }
  return (
    <Card withBorder>
      <Stack gap={4}>
        <Text fw={600}>
          {date} · {t(`da.assistance.kinds.${record.kind}`)} · {record.providedBy}
          {record.regionNumber !== null ? ` · ${t('common.region', { number: record.regionNumber })}` : ''}
        </Text>
        {record.themes.length > 0 && (
          <Text size="sm">
            {t('da.assistance.themesList', {
              themes: record.themes.map((theme) => t(`da.themes.${theme}`)).join('; '),
            })}
          </Text>
        )}
        {record.summary && <Text size="sm">{record.summary}</Text>}
        {record.nextSteps && (
          <Text size="sm">{t('da.assistance.nextStepsList', { steps: record.nextSteps })}</Text>
        )}
        {remove.error && (
          <Alert color="red" role="alert">
            {remove.error.message}
          </Alert>
        )}
        {(record.abilities.update || record.abilities.delete) && (
          <Group gap="xs" mt={4}>
            {mode === 'confirm-remove' ? (
              <>
                <Button size="xs" color="red" loading={remove.isPending} onClick={() => remove.mutate()}>
                  {t('da.assistance.confirmRemove', { date })}
                </Button>
                <Button size="xs" variant="default" onClick={() => setMode('view')}>
                  {t('common.cancel')}
                </Button>
              </>
            ) : (
              <>
                {record.abilities.update && (
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => setMode('correct')}
                    aria-label={t('da.assistance.correctLabel', { date })}
                  >
                    {t('da.assistance.correct')}
                  </Button>
                )}
                {record.abilities.delete && (
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => setMode('confirm-remove')}
                    aria-label={t('da.assistance.removeLabel', { date })}
                  >
                    {t('da.assistance.remove')}
                  </Button>
                )}
              </>
            )}
          </Group>
        )}
      </Stack>
    </Card>
  );
}
