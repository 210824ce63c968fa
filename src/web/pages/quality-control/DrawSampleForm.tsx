import { Button, Card, Group, NumberInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../app/api';
import { localDate } from './qc-format';
import type { Sample } from './qc-types';

/** The state draws a random sample of COEs approved in a period, the same number in every region. */
export function DrawSampleForm({ onDrawn }: { onDrawn: (sample: Sample) => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [perRegion, setPerRegion] = useState<number | string>(5);
  const [approvedFrom, setApprovedFrom] = useState(() => localDate(new Date(), 30));
  const [approvedTo, setApprovedTo] = useState(() => localDate(new Date()));
  const [seed, setSeed] = useState<number | string>('');
  const draw = useMutation({
    mutationFn: () =>
      api<Sample>('POST', '/api/quality-control/samples', {
        perRegion: Number(perRegion),
        approvedFrom,
        approvedTo,
        ...(seed === '' ? {} : { seed: Number(seed) }),
      }),
    onSuccess: (sample) => {
      client.setQueryData(['qc-sample', sample.id], sample);
      void client.invalidateQueries({ queryKey: ['qc-samples'] });
      onDrawn(sample);
    },
  });
  const error = draw.error instanceof ApiError ? draw.error : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    draw.mutate();
  };

  return (
    <Card withBorder padding="sm" component="form" onSubmit={submit} aria-labelledby="qc-draw-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="qc-draw-title">
          {t('qualityControl.draw.title')}
        </Title>
        <Text size="sm">{t('qualityControl.draw.help')}</Text>
        <Group align="start" wrap="wrap">
          <NumberInput
            label={t('qualityControl.draw.perRegion')}
            required
            min={1}
            max={1000}
            allowDecimal={false}
            w={160}
            value={perRegion}
            onChange={setPerRegion}
            error={error?.problemFor('perRegion')}
          />
          <NumberInput
            label={t('qualityControl.draw.seed')}
            description={t('qualityControl.draw.seedHelp')}
            min={0}
            allowDecimal={false}
            allowNegative={false}
            w={200}
            value={seed}
            onChange={setSeed}
            error={error?.problemFor('seed')}
          />
        </Group>
        <Group align="start" wrap="wrap">
          <TextInput
            label={t('qualityControl.draw.approvedFrom')}
            type="date"
            required
            value={approvedFrom}
            onChange={(e) => setApprovedFrom(e.currentTarget.value)}
            error={error?.problemFor('approvedFrom')}
          />
          <TextInput
            label={t('qualityControl.draw.approvedTo')}
            type="date"
            required
            value={approvedTo}
            onChange={(e) => setApprovedTo(e.currentTarget.value)}
            error={error?.problemFor('approvedTo')}
          />
        </Group>
        <Group>
          <Button type="submit" loading={draw.isPending}>
            {t('qualityControl.draw.submit')}
          </Button>
          {draw.error && !error?.problems.length && (
            <Text c="red" role="alert">
              {draw.error.message}
            </Text>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
