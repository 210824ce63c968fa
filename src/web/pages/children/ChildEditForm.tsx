import { Alert, Button, Card, Checkbox, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../app/api';
import { SEXES } from '../../../core/children/child-rules';
import type { ChildDetail } from './child-types';

const TEXT_FIELDS = [
  'firstName',
  'middleName',
  'lastSurname',
  'secondSurname',
  'birthDate',
  'birthCity',
  'birthState',
  'birthCountry',
  'statewideStudentId',
  'msixId',
] as const;
type TextField = (typeof TEXT_FIELDS)[number];
/** What the child counts break down by (docs/rules/services.md S5.9). */
const COUNT_FLAGS = ['englishLearner', 'disability'] as const;
type CountFlag = (typeof COUNT_FLAGS)[number];

/** Edits a child's facts; names are kept exactly as typed. A concurrent edit (409) asks to reload. */
export function ChildEditForm({ child, onDone }: { child: ChildDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [values, setValues] = useState<Record<TextField, string>>(
    () =>
      Object.fromEntries(TEXT_FIELDS.map((field) => [field, child[field] ?? ''])) as Record<
        TextField,
        string
      >,
  );
  const [sex, setSex] = useState(child.sex);
  const [flags, setFlags] = useState<Record<CountFlag, boolean>>({
    englishLearner: child.englishLearner,
    disability: child.disability,
  });
  const save = useMutation({
    mutationFn: () => {
      const changes: Record<string, string | boolean | null> = {};
      for (const field of TEXT_FIELDS) {
        const value = values[field].trim() === '' ? null : values[field];
        if (value !== (child[field] ?? null)) changes[field] = value;
      }
      if (sex !== child.sex) changes.sex = sex;
      for (const flag of COUNT_FLAGS) if (flags[flag] !== child[flag]) changes[flag] = flags[flag];
      return api<ChildDetail>('PATCH', `/api/children/${child.id}`, { version: child.version, ...changes });
    },
    onSuccess: (updated) => {
      client.setQueryData(['child', child.id], updated);
      void client.invalidateQueries({ queryKey: ['children'] });
      onDone();
    },
  });
  const error = save.error instanceof ApiError ? save.error : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate();
  }

  const input = (field: TextField, required = false) => (
    <TextInput
      key={field}
      label={t(`child.fields.${field}`)}
      required={required}
      value={values[field]}
      onChange={(e) => {
        const value = e.currentTarget.value;
        setValues((current) => ({ ...current, [field]: value }));
      }}
      error={error?.problemFor(field)}
      type={field === 'birthDate' ? 'date' : 'text'}
    />
  );

  return (
    <Card withBorder component="form" onSubmit={submit} noValidate aria-label={t('child.edit')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {input('firstName', true)}
        {input('middleName')}
        {input('lastSurname', true)}
        {input('secondSurname')}
        {input('birthDate', true)}
        <Select
          label={t('child.sex')}
          value={sex}
          onChange={(value) => setSex(SEXES.find((known) => known === value) ?? sex)}
          data={SEXES.map((value) => ({ value, label: t(`child.sexes.${value}`) }))}
          allowDeselect={false}
        />
        {input('birthCity')}
        {input('birthState')}
        {input('birthCountry', true)}
        {input('statewideStudentId')}
        {input('msixId')}
      </SimpleGrid>
      <Stack gap="xs" mt="md">
        {COUNT_FLAGS.map((flag) => (
          <Checkbox
            key={flag}
            label={t(`child.fields.${flag}`)}
            description={t(`child.flagHints.${flag}`)}
            checked={flags[flag]}
            onChange={(e) => {
              const checked = e.currentTarget.checked;
              setFlags((current) => ({ ...current, [flag]: checked }));
            }}
            error={error?.problemFor(flag)}
          />
        ))}
      </Stack>
      {error?.status === 409 && (
        <Alert color="orange" role="alert" mt="md" title={t('errors.conflict')}>
          {t('child.conflict')}{' '}
          <Button
            variant="default"
            size="compact-sm"
            onClick={() => void client.invalidateQueries({ queryKey: ['child', child.id] }).then(onDone)}
          >
            {t('child.reload')}
          </Button>
        </Alert>
      )}
      {error && error.status !== 409 && (
        <Alert color="red" role="alert" mt="md">
          {error.message}
        </Alert>
      )}
      <Group mt="md">
        <Button type="submit" loading={save.isPending}>
          {t('common.save')}
        </Button>
        <Button variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
      </Group>
    </Card>
  );
}
