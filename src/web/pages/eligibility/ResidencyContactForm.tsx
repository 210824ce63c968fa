import { Button, Checkbox, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../app/api';
import { todayInState } from '../../app/format';

/** The yearly contact confirming (or not) that the child still resides in the region. */
export function ResidencyContactForm({
  childId,
  name,
  onRecorded,
  onCancel,
}: {
  childId: string;
  name: string;
  onRecorded: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const today = todayInState();
  const [contactedOn, setContactedOn] = useState(today);
  const [stillResides, setStillResides] = useState(true);
  const [notes, setNotes] = useState('');
  const record = useMutation({
    mutationFn: () =>
      api<void>('POST', `/api/children/${childId}/residency-contacts`, {
        contactedOn,
        stillResides,
        notes: notes.trim() || null,
      }),
    onSuccess: onRecorded,
  });
  const error = record.error instanceof ApiError ? record.error : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate();
  };

  return (
    <Stack gap="xs" component="form" onSubmit={submit} aria-label={t('watch.contact.form', { name })}>
      <TextInput
        label={t('watch.contact.contactedOn')}
        type="date"
        required
        max={today}
        value={contactedOn}
        onChange={(e) => setContactedOn(e.currentTarget.value)}
        error={error?.problemFor('contactedOn')}
      />
      <Checkbox
        label={t('watch.contact.stillResides')}
        checked={stillResides}
        onChange={(e) => setStillResides(e.currentTarget.checked)}
      />
      <Textarea
        label={t('watch.contact.notes')}
        autosize
        minRows={2}
        maxLength={2000}
        value={notes}
        onChange={(e) => setNotes(e.currentTarget.value)}
        error={error?.problemFor('notes')}
      />
      <Group>
        <Button type="submit" loading={record.isPending}>
          {t('watch.contact.save')}
        </Button>
        <Button variant="default" onClick={onCancel}>
          {t('watch.contact.cancel')}
        </Button>
      </Group>
      {record.error && !error?.problems.length && (
        <Text c="red" role="alert">
          {record.error.message}
        </Text>
      )}
    </Stack>
  );
}
