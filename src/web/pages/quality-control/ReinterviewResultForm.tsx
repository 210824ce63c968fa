import { Button, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../app/api';
import type { Reinterview, ReinterviewResult } from './qc-types';
import { reinterviewLabel } from './qc-format';

/** The re-interviewer records whether the eligibility was confirmed, or the discrepancy found. */
export function ReinterviewResultForm({ item, sampleId }: { item: Reinterview; sampleId: string }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const id = useId();
  const [result, setResult] = useState<ReinterviewResult | null>(item.result);
  const [notes, setNotes] = useState(item.notes ?? '');
  const save = useMutation({
    mutationFn: () =>
      api<void>('PUT', `/api/quality-control/reinterviews/${item.id}`, {
        result,
        notes: notes.trim() || null,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['qc-sample', sampleId] }),
  });
  const error = save.error instanceof ApiError ? save.error : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const coe = reinterviewLabel(item, t, i18n.language);

  return (
    <Stack gap="xs" component="form" onSubmit={submit} aria-label={t('qualityControl.record.form', { coe })}>
      <Radio.Group
        label={t('qualityControl.record.result')}
        required
        value={result}
        onChange={(value) => setResult(value as ReinterviewResult)}
        error={error?.problemFor('result')}
      >
        <Group mt={4} wrap="wrap">
          <Radio value="confirmed" label={t('qualityControl.results.confirmed')} id={`${id}-confirmed`} />
          <Radio
            value="discrepancy"
            label={t('qualityControl.results.discrepancy')}
            id={`${id}-discrepancy`}
          />
        </Group>
      </Radio.Group>
      <Textarea
        label={t('qualityControl.record.notes')}
        description={t('qualityControl.record.notesHelp')}
        required={result === 'discrepancy'}
        autosize
        minRows={2}
        maxLength={4000}
        value={notes}
        onChange={(e) => setNotes(e.currentTarget.value)}
        error={error?.problemFor('notes')}
      />
      <Group>
        <Button type="submit" disabled={!result} loading={save.isPending}>
          {t('qualityControl.record.save')}
        </Button>
        {save.isSuccess && <Text role="status">{t('qualityControl.record.saved')}</Text>}
        {save.error && !error?.problems.length && (
          <Text c="red" role="alert">
            {save.error.message}
          </Text>
        )}
      </Group>
    </Stack>
  );
}
