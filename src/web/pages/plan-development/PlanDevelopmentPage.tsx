import { Alert, Badge, Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api } from '../../app/api';
import { ErrorAlert, QueryState } from '../../components/QueryState';
import { AlignmentSection } from './AlignmentSection';
import { ChecklistSection } from './ChecklistSection';
import { FeedbackSection } from './FeedbackSection';
import { ProcessSection } from './ProcessSection';
import { withFileOutcomesOf, type Content, type SdpDevelopment } from './plan-development-types';

/** One SDP development: its process, alignment chart, checklist and stakeholder feedback. */
export function PlanDevelopmentPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const client = useQueryClient();
  const development = useQuery({
    queryKey: ['plan-development', id],
    queryFn: () => api<SdpDevelopment>('GET', `/api/plan-development/${id}`),
  });
  // The manager's edits not yet saved; null while there are none. A refetch (a comment added
  // on the feedback tab) changes `data` but keeps the edits.
  const [edits, setEdits] = useState<Content | null>(null);
  const data = development.data;
  const draft = edits ?? data?.content;
  const refresh = (saved: SdpDevelopment) => {
    client.setQueryData(['plan-development', id], saved);
    setEdits(null);
  };
  // A file uploaded or removed is saved at once: the edits not yet saved take its outcome in or out.
  const filesChanged = (saved: SdpDevelopment) => {
    client.setQueryData(['plan-development', id], saved);
    setEdits((current) =>
      current === null ? null : { ...current, outcomes: withFileOutcomesOf(current.outcomes, saved.content) },
    );
  };
  const save = useMutation({
    mutationFn: () =>
      api<SdpDevelopment>('PUT', `/api/plan-development/${id}`, {
        version: data!.version,
        name: data!.name,
        content: draft,
      }),
    onSuccess: refresh,
  });
  const bringIn = useMutation({
    mutationFn: () =>
      api<SdpDevelopment>('POST', `/api/plan-development/${id}/plan-components`, { version: data!.version }),
    onSuccess: refresh,
  });
  const manage = data?.abilities.manage ?? false;
  const changed =
    data !== undefined && edits !== null && JSON.stringify(edits) !== JSON.stringify(data.content);
  return (
    <QueryState isPending={development.isPending} error={development.error}>
      {data && draft && (
        <Stack>
          <Title order={1} style={{ overflowWrap: 'anywhere' }}>
            {data.name}
          </Title>
          <Group gap="xs">
            <Badge color={data.requirementsMet ? 'teal.9' : 'red.9'} variant="filled">
              {data.requirementsMet
                ? t('planDevelopment.requirementsMet')
                : t('planDevelopment.requirementsNotMet')}
            </Badge>
          </Group>
          {manage && (
            <Group wrap="wrap">
              <Button onClick={() => save.mutate()} loading={save.isPending} disabled={!changed}>
                {t('planDevelopment.save')}
              </Button>
              {changed && (
                <Text size="sm" c="dimmed">
                  {t('planDevelopment.unsaved')}
                </Text>
              )}
            </Group>
          )}
          {save.error && <ErrorAlert error={save.error} />}
          <Tabs defaultValue="process" keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="process">{t('planDevelopment.tabs.process')}</Tabs.Tab>
              <Tabs.Tab value="alignment">{t('planDevelopment.tabs.alignment')}</Tabs.Tab>
              <Tabs.Tab value="checklist">{t('planDevelopment.tabs.checklist')}</Tabs.Tab>
              <Tabs.Tab value="feedback">{t('planDevelopment.tabs.feedback')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="process" pt="md">
              <ProcessSection
                development={data}
                content={draft}
                onChange={manage ? setEdits : undefined}
                onFilesChanged={filesChanged}
              />
            </Tabs.Panel>
            <Tabs.Panel value="alignment" pt="md">
              <Stack>
                {changed && (
                  <Alert color="blue" variant="light">
                    {t('planDevelopment.gapsAfterSave')}
                  </Alert>
                )}
                {manage && (
                  <Group>
                    <Button
                      variant="light"
                      onClick={() => bringIn.mutate()}
                      loading={bringIn.isPending}
                      disabled={changed}
                    >
                      {t('planDevelopment.bringIn')}
                    </Button>
                  </Group>
                )}
                {bringIn.error && <ErrorAlert error={bringIn.error} />}
                <AlignmentSection gaps={data.gaps} content={draft} onChange={manage ? setEdits : undefined} />
              </Stack>
            </Tabs.Panel>
            <Tabs.Panel value="checklist" pt="md">
              <ChecklistSection
                checklist={data.checklist}
                content={draft}
                onChange={manage ? setEdits : undefined}
              />
            </Tabs.Panel>
            <Tabs.Panel value="feedback" pt="md">
              <FeedbackSection development={data} />
            </Tabs.Panel>
          </Tabs>
        </Stack>
      )}
    </QueryState>
  );
}
