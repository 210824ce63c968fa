import { Button, CopyButton, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { formatDateTime } from '../../app/format';
import { ErrorAlert, QueryState } from '../../components/QueryState';

/** The user's calendar feed (CA4.1): make a secret address for Outlook or Google Calendar, or revoke it. */
export function CalendarFeedCard() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [address, setAddress] = useState<string | null>(null);
  const feed = useQuery({
    queryKey: ['calendar', 'feed'],
    queryFn: () => api<{ active: boolean; createdAt: string | null }>('GET', '/api/calendar/feed'),
  });
  const make = useMutation({
    mutationFn: () => api<{ path: string }>('POST', '/api/calendar/feed'),
    onSuccess: async (made) => {
      setAddress(`${window.location.origin}${made.path}`);
      await client.invalidateQueries({ queryKey: ['calendar', 'feed'] });
    },
  });
  const revoke = useMutation({
    mutationFn: () => api('DELETE', '/api/calendar/feed'),
    onSuccess: async () => {
      setAddress(null);
      await client.invalidateQueries({ queryKey: ['calendar', 'feed'] });
    },
  });
  return (
    <Stack component="section" aria-labelledby="calendar-feed" gap="xs">
      <Title order={2} id="calendar-feed">
        {t('calendar.feed.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('calendar.feed.intro')}
      </Text>
      <QueryState isPending={feed.isPending} error={feed.error}>
        {feed.data && (
          <Stack gap="xs">
            <Text size="sm">
              {feed.data.active && feed.data.createdAt
                ? t('calendar.feed.active', { date: formatDateTime(feed.data.createdAt, i18n.language) })
                : t('calendar.feed.none')}
            </Text>
            {address && (
              <Stack gap={4}>
                <TextInput
                  label={t('calendar.feed.address')}
                  description={t('calendar.feed.shownOnce')}
                  value={address}
                  readOnly
                  onFocus={(event) => event.currentTarget.select()}
                />
                <CopyButton value={address}>
                  {({ copied, copy }) => (
                    <Group>
                      <Button variant="light" onClick={copy}>
                        {copied ? t('calendar.feed.copied') : t('calendar.feed.copy')}
                      </Button>
                    </Group>
                  )}
                </CopyButton>
              </Stack>
            )}
            <Group wrap="wrap">
              <Button
                onClick={() => make.mutate()}
                loading={make.isPending}
                variant={feed.data.active ? 'default' : 'filled'}
              >
                {feed.data.active ? t('calendar.feed.replace') : t('calendar.feed.make')}
              </Button>
              {feed.data.active && (
                <Button
                  color="red"
                  variant="light"
                  onClick={() => revoke.mutate()}
                  loading={revoke.isPending}
                >
                  {t('calendar.feed.revoke')}
                </Button>
              )}
            </Group>
            {make.error && <ErrorAlert error={make.error} />}
            {revoke.error && <ErrorAlert error={revoke.error} />}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
