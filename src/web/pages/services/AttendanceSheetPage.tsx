import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { api, ApiError } from '../../app/api';
import { addDays } from '../../../core/common/calendar-date';
import { formatDate } from '../../app/format';
import { QueryState } from '../../components/QueryState';
import {
  initialMarks,
  presentEntries,
  dateWithinService,
  type AttendanceSheet,
  type SheetMark,
} from './service-types';
import { refreshService, useService } from './use-service';

/**
 * The attendance sheet of a whole class on one date, made for a phone: one big tap target per
 * child toggling present, the minutes prefilled with the session's length, one Save for the
 * whole sheet, and a date switcher.
 */
export function AttendanceSheetPage() {
  const { t, i18n } = useTranslation();
  const { serviceId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const service = useService(serviceId);
  const date = params.get('date') ?? (service.data ? dateWithinService(service.data) : null);
  const sheet = useQuery({
    queryKey: ['attendance-sheet', serviceId, date],
    queryFn: () => api<AttendanceSheet>('GET', `/api/services/${serviceId}/attendance/${date}`),
    enabled: date !== null && /^\d{4}-\d{2}-\d{2}$/.test(date),
  });
  // Raised to start the form again from the sheet as saved now.
  const [reloads, setReloads] = useState(0);
  const reload = async () => {
    await sheet.refetch();
    setReloads((n) => n + 1);
  };
  const goTo = (next: string) => {
    if (!next) return;
    const search = new URLSearchParams(params);
    search.set('date', next);
    setParams(search, { replace: true });
  };

  return (
    <Stack gap="md" maw={640}>
      <Anchor component={Link} to={`/services/${serviceId}`}>
        {t('services.sheet.back', { name: service.data?.name ?? '' })}
      </Anchor>
      <Title order={1}>{t('services.sheet.title')}</Title>
      <QueryState isPending={service.isPending} error={service.error}>
        {date && (
          <Group gap="xs" wrap="nowrap" align="flex-end">
            <Button
              variant="default"
              onClick={() => goTo(addDays(date, -1))}
              aria-label={t('services.sheet.previousDay')}
            >
              ‹
            </Button>
            <TextInput
              type="date"
              label={t('services.sheet.date')}
              value={date}
              min={service.data?.startDate}
              max={service.data?.endDate}
              onChange={(event) => goTo(event.currentTarget.value)}
              style={{ flex: 1 }}
            />
            <Button
              variant="default"
              onClick={() => goTo(addDays(date, 1))}
              aria-label={t('services.sheet.nextDay')}
            >
              ›
            </Button>
          </Group>
        )}
        <QueryState isPending={sheet.isPending} error={sheet.error}>
          {sheet.data && (
            <SheetForm
              key={`${sheet.data.date}/${reloads}`}
              sheet={sheet.data}
              language={i18n.language}
              onReload={() => void reload()}
            />
          )}
        </QueryState>
      </QueryState>
    </Stack>
  );
}

function SheetForm({
  sheet,
  language,
  onReload,
}: {
  sheet: AttendanceSheet;
  language: string;
  /** Read the sheet as saved now and start again from it (after someone else saved it). */
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [marks, setMarks] = useState<Record<string, SheetMark>>(() => initialMarks(sheet));
  const [saved, setSaved] = useState<{ present: number; absent: number } | null>(null);
  const present = presentEntries(sheet.children, marks);
  const save = useMutation({
    mutationFn: () =>
      api<AttendanceSheet>('PUT', `/api/services/${sheet.serviceId}/attendance/${sheet.date}`, {
        present,
        revision: sheet.revision,
      }),
    onSuccess: async (reply) => {
      setSaved({ present: present.length, absent: sheet.children.length - present.length });
      client.setQueryData(['attendance-sheet', sheet.serviceId, sheet.date], reply);
      await refreshService(client, sheet.serviceId);
    },
  });
  const mark = (studentId: string, change: Partial<SheetMark>) => {
    setSaved(null);
    setMarks((before) => ({ ...before, [studentId]: { ...before[studentId]!, ...change } }));
  };
  const markAll = (isPresent: boolean) => {
    setSaved(null);
    setMarks((before) =>
      Object.fromEntries(Object.entries(before).map(([id, m]) => [id, { ...m, present: isPresent }])),
    );
  };
  const problem = save.error instanceof ApiError ? save.error : null;

  if (sheet.children.length === 0)
    return <Text>{t('services.sheet.nobody', { date: formatDate(sheet.date, language) })}</Text>;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <Stack gap="sm">
        <Group justify="space-between">
          <Text aria-live="polite">
            {t('services.sheet.counts', { present: present.length, total: sheet.children.length })}
          </Text>
          {sheet.canRecord && (
            <Group gap="xs">
              <Button variant="subtle" size="compact-sm" onClick={() => markAll(true)}>
                {t('services.sheet.allPresent')}
              </Button>
              <Button variant="subtle" size="compact-sm" onClick={() => markAll(false)}>
                {t('services.sheet.nonePresent')}
              </Button>
            </Group>
          )}
        </Group>
        {sheet.children.map((child) => {
          const childMark = marks[child.studentId]!;
          const name = child.name ?? child.studentId;
          return (
            <Paper
              key={child.studentId}
              withBorder
              p="xs"
              bg={childMark.present ? 'var(--mantine-color-teal-light)' : undefined}
            >
              <Group wrap="nowrap" gap="sm">
                <Checkbox
                  size="lg"
                  label={name}
                  checked={childMark.present}
                  disabled={!sheet.canRecord}
                  onChange={(event) => mark(child.studentId, { present: event.currentTarget.checked })}
                  style={{ flex: 1 }}
                  styles={{
                    body: { alignItems: 'center' },
                    labelWrapper: { flex: 1 },
                    label: { minHeight: 44, display: 'flex', alignItems: 'center', cursor: 'pointer' },
                  }}
                />
                <NumberInput
                  aria-label={t('services.sheet.minutesOf', { name })}
                  w={84}
                  min={1}
                  max={600}
                  allowDecimal={false}
                  disabled={!childMark.present || !sheet.canRecord}
                  value={childMark.minutes}
                  onChange={(value) =>
                    mark(child.studentId, { minutes: typeof value === 'number' ? value : Number(value) || 0 })
                  }
                  rightSection={
                    <Text size="xs" c="dimmed">
                      {t('services.sheet.min')}
                    </Text>
                  }
                  error={problem?.problems.some(
                    (p) =>
                      p.field ===
                      `present[${present.findIndex((e) => e.studentId === child.studentId)}].minutes`,
                  )}
                />
              </Group>
            </Paper>
          );
        })}
        {save.error && (
          <Alert color="red" role="alert" title={t('services.sheet.notSaved')}>
            {problem?.status === 409
              ? t('services.sheet.savedMeanwhile')
              : save.error instanceof ApiError
                ? save.error.message
                : String(save.error)}
            {problem?.status === 409 && (
              <Button mt="xs" variant="default" size="xs" display="block" onClick={onReload}>
                {t('services.sheet.loadAgain')}
              </Button>
            )}
          </Alert>
        )}
        {saved && (
          <Alert color="teal" role="status" title={t('services.sheet.savedTitle')}>
            {t('services.sheet.saved', { ...saved, date: formatDate(sheet.date, language) })}
          </Alert>
        )}
        {sheet.canRecord && (
          <Button type="submit" size="lg" fullWidth loading={save.isPending}>
            {t('services.sheet.save')}
          </Button>
        )}
      </Stack>
    </form>
  );
}
