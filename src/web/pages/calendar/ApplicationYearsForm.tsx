import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../app/api';
import { ErrorAlert } from '../../components/QueryState';
import { programYearLabel, type CalendarSettings } from './calendar-types';

/** For the state administrator: the program years when the grant application is due (CA1.3). */
export function ApplicationYearsForm({ years }: { years: readonly number[] }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [text, setText] = useState(years.join(', '));
  const save = useMutation({
    mutationFn: () =>
      api<CalendarSettings>('PUT', '/api/calendar/settings', {
        applicationYears: text
          .split(/[\s,]+/)
          .filter((part) => part !== '')
          .map((part) => Number(part.slice(0, 4))),
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['calendar'] }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const problem =
    save.error instanceof ApiError
      ? save.error.problems.find((p) => p.field.startsWith('applicationYears'))
      : undefined;
  return (
    <Stack component="section" aria-labelledby="application-years" gap="xs">
      <Title order={2} id="application-years">
        {t('calendar.applicationYears')}
      </Title>
      <Text size="sm" c="dimmed">
        {years.length > 0
          ? t('calendar.applicationYearsNow', { years: years.map(programYearLabel).join(', ') })
          : t('calendar.applicationYearsNone')}
      </Text>
      <form onSubmit={submit} aria-label={t('calendar.applicationYears')}>
        <Group align="end" wrap="wrap">
          <TextInput
            label={t('calendar.applicationYearsLabel')}
            description={t('calendar.applicationYearsHint')}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            error={problem?.message}
            w={{ base: '100%', sm: 320 }}
          />
          <Button type="submit" loading={save.isPending}>
            {t('calendar.save')}
          </Button>
        </Group>
        {save.error && !problem && <ErrorAlert error={save.error} />}
      </form>
    </Stack>
  );
}
