import { Button, Group, Select, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, ApiError } from '../../app/api';
import { ErrorAlert } from '../../components/QueryState';
import { MAX_PLAN_NAME_LENGTH, type PlanVersion, type PlanVersionList } from './plan-types';

/** Start a draft: empty, or an amendment copied from an adopted or superseded version. */
export function NewDraftForm({ list }: { list: PlanVersionList }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const sources = list.items.filter((item) => item.status !== 'draft');
  const [name, setName] = useState('');
  const [amendmentOf, setAmendmentOf] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: () => api<PlanVersion>('POST', '/api/plan/versions', { name, amendmentOf }),
    onSuccess: async (draft) => {
      await client.invalidateQueries({ queryKey: ['plan'] });
      void navigate(`/plan/versions/${draft.id}`);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  const nameError = create.error instanceof ApiError ? create.error.problemFor('name') : undefined;
  return (
    <form onSubmit={submit} aria-label={t('plan.newDraft')}>
      <Group align="end" wrap="wrap">
        <TextInput
          label={t('plan.name')}
          required
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={nameError}
          maxLength={MAX_PLAN_NAME_LENGTH}
          w={{ base: '100%', sm: 280 }}
        />
        <Select
          label={t('plan.copyFrom')}
          data={sources.map((item) => ({ value: item.id, label: item.name }))}
          value={amendmentOf}
          onChange={setAmendmentOf}
          clearable
          placeholder={t('plan.startEmpty')}
          w={{ base: '100%', sm: 280 }}
        />
        <Button type="submit" loading={create.isPending}>
          {t('plan.newDraft')}
        </Button>
      </Group>
      {create.error && !nameError && <ErrorAlert error={create.error} />}
    </form>
  );
}
