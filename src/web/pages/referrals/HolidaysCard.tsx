import { ActionIcon, Alert, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../app/api';
import { QueryState } from '../../components/QueryState';
import type { Holiday, Holidays } from './referral-types';

/** The region's holidays (a state user's chosen region): days that are not working days for the daily contact quota. */
export function HolidaysCard({ regionId }: { regionId?: string | undefined }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const saved = useQuery({
    queryKey: ['holidays', regionId],
    queryFn: () => api<Holidays>('GET', `/api/holidays${regionId ? `?regionId=${regionId}` : ''}`),
  });
  const [holidays, setHolidays] = useState<Holiday[]>([]);
  useEffect(() => {
    if (saved.data) setHolidays(saved.data.holidays);
  }, [saved.data]);
  const save = useMutation({
    mutationFn: () =>
      api<Holidays>('PUT', '/api/holidays', {
        regionId: saved.data?.regionId,
        holidays,
      }),
    onSuccess: (reply) => {
      client.setQueryData(['holidays', regionId], reply);
      void client.invalidateQueries({ queryKey: ['referral-quota'] });
    },
  });
  const error = save.error instanceof ApiError ? save.error : null;

  return (
    <Card withBorder component="section" aria-labelledby="holidays-title">
      <Title order={2} size="h4" id="holidays-title">
        {t('referrals.holidays.title')}
      </Title>
      <Text size="sm">{t('referrals.holidays.intro')}</Text>
      <QueryState isPending={saved.isPending} error={saved.error}>
        <Stack mt="sm" gap="xs">
          {holidays.map((holiday, index) => (
            <Group key={index} align="end" wrap="wrap">
              <TextInput
                type="date"
                label={t('referrals.holidays.date')}
                value={holiday.date}
                onChange={(e) => {
                  const date = e.currentTarget.value;
                  setHolidays((list) => list.map((h, i) => (i === index ? { ...h, date } : h)));
                }}
                error={error?.problemFor(`holidays[${index}].date`)}
              />
              <TextInput
                label={t('referrals.holidays.name')}
                value={holiday.name}
                onChange={(e) => {
                  const name = e.currentTarget.value;
                  setHolidays((list) => list.map((h, i) => (i === index ? { ...h, name } : h)));
                }}
                error={error?.problemFor(`holidays[${index}].name`)}
              />
              <ActionIcon
                variant="default"
                mb={4}
                onClick={() => setHolidays((list) => list.filter((_, i) => i !== index))}
                aria-label={t('referrals.holidays.remove', { name: holiday.name || holiday.date })}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
        </Stack>
        <Group mt="sm">
          <Button variant="default" onClick={() => setHolidays((list) => [...list, { date: '', name: '' }])}>
            {t('referrals.holidays.add')}
          </Button>
          <Button loading={save.isPending} onClick={() => save.mutate()}>
            {t('referrals.holidays.save')}
          </Button>
        </Group>
        {error && (
          <Alert color="red" role="alert" mt="sm">
            {error.message}
          </Alert>
        )}
        {save.isSuccess && (
          <Text role="status" mt="xs">
            {t('referrals.holidays.saved')}
          </Text>
        )}
      </QueryState>
    </Card>
  );
}
