import { Alert, Button, Checkbox, Group, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../app/api';
import { ErrorAlert } from '../../components/QueryState';
import { MpoFields } from './MpoFields';
import { NeedAreaFields } from './NeedAreaFields';
import { StrategyFields } from './StrategyFields';
import {
  emptyMpoDraft,
  emptyStrategy,
  MAX_PLAN_NAME_LENGTH,
  planDraftOf,
  saveBodyOf,
  type PlanDraft,
  type PlanVersion,
} from './plan-types';

/**
 * The state administrator's editor of a draft: its name and notes, need areas, MPOs and
 * strategies as forms, saved as one document with the version it was read at.
 */
export function PlanDraftEditor({
  version,
  onDirtyChange,
}: {
  version: PlanVersion;
  onDirtyChange: (dirty: boolean) => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [draft, setDraftState] = useState<PlanDraft>(() => planDraftOf(version));
  const [saved, setSaved] = useState(false);
  const setDraft = (next: PlanDraft) => {
    setDraftState(next);
    setSaved(false);
    onDirtyChange(true);
  };
  const save = useMutation({
    mutationFn: () =>
      api<PlanVersion>('PUT', `/api/plan/versions/${version.id}`, saveBodyOf(draft, version.version)),
    onSuccess: async (reply) => {
      client.setQueryData(['plan', 'version', version.id], reply);
      await client.invalidateQueries({ queryKey: ['plan', 'versions'] });
      setSaved(true);
      onDirtyChange(false);
    },
  });
  const problems = save.error instanceof ApiError ? save.error.problems : [];
  const errorAt = (prefix: string) => (field: string) =>
    problems.find((p) => p.field === `${prefix}.${field}`)?.message;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const replaceAt = <T,>(list: T[], index: number, item: T) =>
    list.map((old, i) => (i === index ? item : old));
  const removeAt = <T,>(list: T[], index: number) => list.filter((_, i) => i !== index);
  const firstArea = draft.needAreas[0]?.code ?? '';

  return (
    <form onSubmit={submit} aria-label={t('plan.editor.title')} noValidate>
      <Stack>
        <Title order={2}>{t('plan.editor.title')}</Title>
        <TextInput
          label={t('plan.name')}
          required
          value={draft.name}
          onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
          error={problems.find((p) => p.field === 'name')?.message}
          maxLength={MAX_PLAN_NAME_LENGTH}
        />
        <Textarea
          label={t('plan.editor.notes')}
          autosize
          minRows={2}
          value={draft.notes}
          onChange={(e) => setDraft({ ...draft, notes: e.currentTarget.value })}
        />
        <Checkbox
          label={t('plan.editor.demo')}
          checked={draft.demo}
          onChange={(e) => setDraft({ ...draft, demo: e.currentTarget.checked })}
        />

        <Title order={3}>{t('plan.editor.needAreas')}</Title>
        {draft.needAreas.map((area, i) => (
          <NeedAreaFields
            key={i}
            index={i}
            area={area}
            errorOf={errorAt(`needAreas[${i}]`)}
            onChange={(next) => setDraft({ ...draft, needAreas: replaceAt(draft.needAreas, i, next) })}
            onRemove={() => setDraft({ ...draft, needAreas: removeAt(draft.needAreas, i) })}
          />
        ))}
        <Group>
          <Button
            variant="light"
            onClick={() =>
              setDraft({ ...draft, needAreas: [...draft.needAreas, { code: '', nameEn: '', nameEs: '' }] })
            }
          >
            {t('plan.editor.addNeedArea')}
          </Button>
        </Group>

        <Title order={3}>{t('plan.editor.mpos')}</Title>
        {draft.mpos.map((mpo, i) => (
          <MpoFields
            key={i}
            index={i}
            mpo={mpo}
            needAreas={draft.needAreas}
            errorOf={errorAt(`mpos[${i}]`)}
            onChange={(next) => setDraft({ ...draft, mpos: replaceAt(draft.mpos, i, next) })}
            onRemove={() => setDraft({ ...draft, mpos: removeAt(draft.mpos, i) })}
          />
        ))}
        <Group>
          <Button
            variant="light"
            onClick={() => setDraft({ ...draft, mpos: [...draft.mpos, emptyMpoDraft(firstArea)] })}
          >
            {t('plan.editor.addMpo')}
          </Button>
        </Group>

        <Title order={3}>{t('plan.editor.strategies')}</Title>
        {draft.strategies.map((strategy, i) => (
          <StrategyFields
            key={i}
            index={i}
            strategy={strategy}
            needAreas={draft.needAreas}
            errorOf={errorAt(`strategies[${i}]`)}
            onChange={(next) => setDraft({ ...draft, strategies: replaceAt(draft.strategies, i, next) })}
            onRemove={() => setDraft({ ...draft, strategies: removeAt(draft.strategies, i) })}
          />
        ))}
        <Group>
          <Button
            variant="light"
            onClick={() =>
              setDraft({ ...draft, strategies: [...draft.strategies, emptyStrategy(firstArea)] })
            }
          >
            {t('plan.editor.addStrategy')}
          </Button>
        </Group>

        {save.error && <ErrorAlert error={save.error} />}
        {saved && (
          <Alert role="status" color="ciclo">
            {t('plan.editor.saved')}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('plan.editor.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
