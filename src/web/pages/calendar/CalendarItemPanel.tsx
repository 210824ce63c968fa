import {
  Anchor,
  Button,
  FileInput,
  Group,
  List,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, ApiError } from '../../app/api';
import { formatDate, formatDateTime } from '../../app/format';
import { ErrorAlert } from '../../components/QueryState';
import {
  inLanguage,
  ITEM_STATUSES,
  type CalendarItem,
  type ItemStatus,
  type RegionStaff,
} from './calendar-types';

/** One item's details and what the user may do with it: status, owner, evidence. */
export function CalendarItemPanel({ item, staff }: { item: CalendarItem; staff: RegionStaff }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const language = i18n.language;
  const refresh = () => client.invalidateQueries({ queryKey: ['calendar'] });
  const update = useMutation({
    mutationFn: (change: { status?: ItemStatus; ownerId?: string | null }) =>
      api<CalendarItem>('PATCH', `/api/calendar/items/${item.id}`, { version: item.version, ...change }),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (evidenceId: string) =>
      api('DELETE', `/api/calendar/items/${item.id}/evidence/${evidenceId}`),
    onSuccess: refresh,
  });
  const task = item.task;
  return (
    <Stack gap="sm">
      <Text size="sm">
        {t('calendar.dueOn', { date: formatDate(item.dueOn, language) })} ·{' '}
        {item.owner ? t('calendar.ownedBy', { name: item.owner.name }) : t('calendar.noOwner')}
      </Text>
      {task.subItems.length > 0 && (
        <List size="sm" aria-label={t('calendar.subItems')}>
          {task.subItems.map((sub) => (
            <List.Item key={sub.en}>{inLanguage(sub, language)}</List.Item>
          ))}
        </List>
      )}
      {task.resources.length > 0 && (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('calendar.resources')}
          </Text>
          <List size="sm">
            {task.resources.map((resource) => (
              <List.Item key={resource.en}>{inLanguage(resource, language)}</List.Item>
            ))}
          </List>
        </Stack>
      )}
      {task.workplacePath && (
        <Anchor component={Link} to={task.workplacePath} size="sm">
          {t('calendar.workplace')}
        </Anchor>
      )}
      {item.abilities.update && (
        <Stack gap={4}>
          <Text size="sm" fw={600} id={`status-${item.id}`}>
            {t('calendar.statusLabel')}
          </Text>
          <SegmentedControl
            aria-labelledby={`status-${item.id}`}
            orientation="vertical"
            fullWidth
            value={item.status}
            onChange={(status) => update.mutate({ status: status as ItemStatus })}
            disabled={update.isPending}
            data={ITEM_STATUSES.map((status) => ({ value: status, label: t(`calendar.status.${status}`) }))}
          />
        </Stack>
      )}
      {item.abilities.assign && staff.regionId === item.regionId && (
        <Select
          label={t('calendar.owner')}
          data={staff.people.map((person) => ({ value: person.id, label: person.name }))}
          value={item.owner?.id ?? null}
          onChange={(ownerId) => update.mutate({ ownerId })}
          clearable
          placeholder={t('calendar.noOwner')}
          disabled={update.isPending}
          w={{ base: '100%', sm: 320 }}
        />
      )}
      {update.error && <ErrorAlert error={update.error} />}
      <Title order={4}>{t('calendar.evidence')}</Title>
      {item.evidence.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('calendar.noEvidence')}
        </Text>
      ) : (
        <List size="sm" spacing={4} aria-label={t('calendar.evidence')}>
          {item.evidence.map((evidence) => (
            <List.Item key={evidence.id}>
              <Group gap="xs" wrap="wrap">
                <Text size="sm" fw={600}>
                  {t(`calendar.kind.${evidence.kind}`)}:
                </Text>
                {evidence.kind === 'link' ? (
                  <Anchor
                    href={evidence.text}
                    target="_blank"
                    rel="noreferrer"
                    size="sm"
                    style={{ overflowWrap: 'anywhere' }}
                  >
                    {evidence.text}
                  </Anchor>
                ) : evidence.kind === 'file' ? (
                  <Anchor
                    href={`/api/calendar/items/${item.id}/files/${evidence.id}`}
                    size="sm"
                    style={{ overflowWrap: 'anywhere' }}
                  >
                    {evidence.text}
                  </Anchor>
                ) : (
                  <Text size="sm" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
                    {evidence.text}
                  </Text>
                )}
                <Text size="xs" c="dimmed">
                  {formatDateTime(evidence.addedAt, language)}
                </Text>
                {item.abilities.update && (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    onClick={() => remove.mutate(evidence.id)}
                    aria-label={t('calendar.removeEvidence', { name: evidence.text })}
                  >
                    {t('calendar.remove')}
                  </Button>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {remove.error && <ErrorAlert error={remove.error} />}
      {item.abilities.update && <EvidenceForms item={item} onAdded={refresh} />}
    </Stack>
  );
}

/** Add a note or link, or upload a file, as an item's evidence. */
function EvidenceForms({ item, onAdded }: { item: CalendarItem; onAdded: () => Promise<void> }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<'note' | 'link'>('note');
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const add = useMutation({
    mutationFn: () => api('POST', `/api/calendar/items/${item.id}/evidence`, { kind, text }),
    onSuccess: async () => {
      setText('');
      await onAdded();
    },
  });
  const upload = useMutation({
    mutationFn: () => {
      const form = new FormData();
      form.append('file', file!);
      return api('POST', `/api/calendar/items/${item.id}/files`, form);
    },
    onSuccess: async () => {
      setFile(null);
      await onAdded();
    },
  });
  const submitText = (event: FormEvent) => {
    event.preventDefault();
    add.mutate();
  };
  const submitFile = (event: FormEvent) => {
    event.preventDefault();
    if (file) upload.mutate();
  };
  const textError = add.error instanceof ApiError ? add.error.problemFor('text') : undefined;
  const fileError = upload.error instanceof ApiError ? upload.error.problemFor('file') : undefined;
  return (
    <Stack gap="sm">
      <form onSubmit={submitText} aria-label={t('calendar.addNoteOrLink')}>
        <Stack gap="xs">
          <SegmentedControl
            aria-label={t('calendar.evidenceKind')}
            value={kind}
            onChange={(value) => setKind(value as 'note' | 'link')}
            data={[
              { value: 'note', label: t('calendar.kind.note') },
              { value: 'link', label: t('calendar.kind.link') },
            ]}
            w={{ base: '100%', sm: 240 }}
          />
          <Textarea
            label={kind === 'note' ? t('calendar.noteText') : t('calendar.linkText')}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            error={textError}
            autosize
            minRows={kind === 'note' ? 2 : 1}
            maxLength={2000}
            required
          />
          <Group>
            <Button type="submit" loading={add.isPending} variant="light">
              {t('calendar.addEvidence')}
            </Button>
          </Group>
          {add.error && !textError && <ErrorAlert error={add.error} />}
        </Stack>
      </form>
      <form onSubmit={submitFile} aria-label={t('calendar.uploadFile')}>
        <Stack gap="xs">
          <FileInput
            label={t('calendar.file')}
            value={file}
            onChange={setFile}
            clearable
            clearButtonProps={{ 'aria-label': t('calendar.clearFile') }}
            error={fileError}
            w={{ base: '100%', sm: 320 }}
          />
          <Group>
            <Button type="submit" loading={upload.isPending} disabled={!file} variant="light">
              {t('calendar.uploadFile')}
            </Button>
          </Group>
          {upload.error && !fileError && <ErrorAlert error={upload.error} />}
        </Stack>
      </form>
    </Stack>
  );
}
