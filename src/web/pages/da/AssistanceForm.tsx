import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../app/api';
import { ASSISTANCE_KINDS, ROOT_CAUSE_THEMES, type Assistance } from './da-types';

const EMPTY = {
  providedOn: '',
  kind: 'meeting',
  themes: [] as string[],
  summary: '',
  nextSteps: '',
  providedBy: '',
};

/**
 * A county office records assistance it gave the LEA: when, what kind, root-cause themes,
 * next steps, who. With `record`, the same form corrects that record.
 */
export function AssistanceForm({
  leaId,
  record,
  onDone,
}: {
  leaId: string;
  record?: Assistance;
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form, setForm] = useState(
    record ? { ...record, summary: record.summary ?? '', nextSteps: record.nextSteps ?? '' } : EMPTY,
  );
  const save = useMutation({
    mutationFn: () => {
      const body = {
        providedOn: form.providedOn,
        kind: form.kind,
        themes: form.themes,
        summary: form.summary || null,
        nextSteps: form.nextSteps || null,
        providedBy: form.providedBy,
      };
      return record
        ? api('PUT', `/api/da/assistance/${record.id}`, { ...body, version: record.version })
        : api('POST', `/api/da/leas/${encodeURIComponent(leaId)}/assistance`, body);
    },
    onSuccess: async () => {
      if (!record) setForm(EMPTY);
      await queryClient.invalidateQueries({ queryKey: ['da'] });
      onDone?.();
    },
    // Changed by someone else meanwhile (409): the list is read again, the message says so.
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409)
        void queryClient.invalidateQueries({ queryKey: ['da'] });
    },
  });
  const problem = (field: string) =>
    save.error instanceof ApiError ? save.error.problemFor(field) : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };

  return (
    <form
      onSubmit={submit}
      aria-label={record ? t('da.assistance.correctTitle') : t('da.assistance.formTitle')}
    >
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="date"
            label={t('da.assistance.providedOn')}
            required
            value={form.providedOn}
            onChange={(e) => setForm({ ...form, providedOn: e.currentTarget.value })}
            error={problem('providedOn')}
          />
          <Select
            label={t('da.assistance.kind')}
            required
            allowDeselect={false}
            value={form.kind}
            onChange={(kind) => setForm({ ...form, kind: kind ?? 'meeting' })}
            data={ASSISTANCE_KINDS.map((k) => ({ value: k, label: t(`da.assistance.kinds.${k}`) }))}
          />
        </SimpleGrid>
        <Fieldset legend={t('da.assistance.themes')}>
          <Checkbox.Group value={form.themes} onChange={(themes) => setForm({ ...form, themes })}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
              {ROOT_CAUSE_THEMES.map((theme) => (
                <Checkbox key={theme} value={theme} label={t(`da.themes.${theme}`)} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
        </Fieldset>
        <Textarea
          label={t('da.assistance.summary')}
          autosize
          minRows={2}
          value={form.summary}
          onChange={(e) => setForm({ ...form, summary: e.currentTarget.value })}
        />
        <Textarea
          label={t('da.assistance.nextSteps')}
          autosize
          minRows={2}
          value={form.nextSteps}
          onChange={(e) => setForm({ ...form, nextSteps: e.currentTarget.value })}
        />
        <TextInput
          label={t('da.assistance.providedBy')}
          required
          value={form.providedBy}
          onChange={(e) => setForm({ ...form, providedBy: e.currentTarget.value })}
          error={problem('providedBy')}
        />
        {save.error && !problem('providedOn') && !problem('providedBy') && (
          <Alert color="red" role="alert">
            {save.error.message}
          </Alert>
        )}
        {save.isSuccess && !record && (
          <Alert color="green" role="status">
            {t('da.assistance.saved')}
          </Alert>
        )}
        <Group gap="xs">
          <Button type="submit" loading={save.isPending}>
            {record ? t('da.assistance.saveCorrection') : t('da.assistance.submit')}
          </Button>
          {onDone && (
            <Button variant="default" onClick={onDone}>
              {t('common.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
