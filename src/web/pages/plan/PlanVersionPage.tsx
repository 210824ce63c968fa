import { Anchor, Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../../app/api';
import { ErrorAlert, QueryState } from '../../components/QueryState';
import { PlanDraftEditor } from './PlanDraftEditor';
import { PlanView } from './PlanView';
import type { PlanVersion } from './plan-types';

type Confirming = 'adopt' | 'delete' | null;

/** One version of the plan: read as everyone reads it, or (a draft, for the state administrator) edited, adopted or deleted. */
export function PlanVersionPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [dirty, setDirty] = useState(false);
  const version = useQuery({
    queryKey: ['plan', 'version', id],
    queryFn: () => api<PlanVersion>('GET', `/api/plan/versions/${id}`),
  });
  const afterChange = async (to: string) => {
    setConfirming(null);
    await client.invalidateQueries({ queryKey: ['plan'] });
    void navigate(to);
  };
  const adopt = useMutation({
    mutationFn: (v: PlanVersion) =>
      api<PlanVersion>('POST', `/api/plan/versions/${v.id}/adopt`, { version: v.version }),
    onSuccess: () => afterChange('/plan'),
  });
  const remove = useMutation({
    mutationFn: (v: PlanVersion) => api('DELETE', `/api/plan/versions/${v.id}`),
    onSuccess: () => afterChange('/plan'),
  });
  const amend = useMutation({
    mutationFn: (v: PlanVersion) =>
      api<PlanVersion>('POST', '/api/plan/versions', {
        name: t('plan.amendmentName', { name: v.name }),
        amendmentOf: v.id,
      }),
    onSuccess: (draft) => afterChange(`/plan/versions/${draft.id}`),
  });
  const data = version.data;

  return (
    <Stack>
      <Anchor component={Link} to="/plan">
        {t('plan.back')}
      </Anchor>
      <QueryState isPending={version.isPending} error={version.error}>
        {data && (
          <Stack>
            <Title order={1} style={{ overflowWrap: 'anywhere' }}>
              {data.name}
            </Title>
            {data.abilities.edit ? (
              <PlanDraftEditor key={data.id} version={data} onDirtyChange={setDirty} />
            ) : (
              <PlanView version={data} />
            )}
            {data.abilities.edit && (
              <Stack component="section" aria-labelledby="plan-preview" gap="sm">
                <Title order={2} id="plan-preview">
                  {t('plan.editor.preview')}
                </Title>
                <PlanView version={data} />
              </Stack>
            )}
            <Group wrap="wrap">
              {data.abilities.adopt && (
                <Button disabled={dirty} onClick={() => setConfirming('adopt')}>
                  {t('plan.adopt')}
                </Button>
              )}
              {data.abilities.delete && (
                <Button variant="default" onClick={() => setConfirming('delete')}>
                  {t('plan.deleteDraft')}
                </Button>
              )}
              {data.abilities.amend && (
                <Button loading={amend.isPending} onClick={() => amend.mutate(data)}>
                  {t('plan.amend')}
                </Button>
              )}
            </Group>
            {dirty && data.abilities.adopt && <Text size="sm">{t('plan.saveBeforeAdopting')}</Text>}
            {amend.error && <ErrorAlert error={amend.error} />}
            <Modal
              opened={confirming !== null}
              onClose={() => setConfirming(null)}
              title={confirming === 'adopt' ? t('plan.confirmAdoptTitle') : t('plan.confirmDeleteTitle')}
              closeButtonProps={{ 'aria-label': t('plan.keep') }}
            >
              <Stack>
                <Text>
                  {confirming === 'adopt'
                    ? t('plan.confirmAdoptText', { name: data.name })
                    : t('plan.confirmDeleteText', { name: data.name })}
                </Text>
                {(confirming === 'adopt' ? adopt.error : remove.error) && (
                  <ErrorAlert error={confirming === 'adopt' ? adopt.error : remove.error} />
                )}
                <Group justify="flex-end">
                  <Button variant="default" onClick={() => setConfirming(null)}>
                    {t('plan.keep')}
                  </Button>
                  {confirming === 'adopt' ? (
                    <Button loading={adopt.isPending} onClick={() => adopt.mutate(data)}>
                      {t('plan.confirmAdopt')}
                    </Button>
                  ) : (
                    <Button color="red" loading={remove.isPending} onClick={() => remove.mutate(data)}>
                      {t('plan.confirmDelete')}
                    </Button>
                  )}
                </Group>
              </Stack>
            </Modal>
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
