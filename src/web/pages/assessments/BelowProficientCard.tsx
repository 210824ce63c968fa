import { Alert, Button, Card, Checkbox, Group, SimpleGrid, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { useSession } from '../../app/session';
import { ErrorAlert, QueryState } from '../../components/QueryState';
import { ASSESSMENT_SUBJECTS, type BelowProficientSetting } from './assessment-types';

const CHOOSABLE_LEVELS = [1, 2, 3] as const;

/** Which levels count as below proficient: shown to all, changed by those who manage the plan. */
export function BelowProficientCard() {
  const { t } = useTranslation();
  const { can } = useSession();
  const client = useQueryClient();
  const setting = useQuery({
    queryKey: ['assessment-settings'],
    queryFn: () => api<BelowProficientSetting>('GET', '/api/assessments/settings'),
  });
  const [draft, setDraft] = useState<BelowProficientSetting | null>(null);
  const save = useMutation({
    mutationFn: (next: BelowProficientSetting) =>
      api<BelowProficientSetting>('PUT', '/api/assessments/settings', next),
    onSuccess: async () => {
      setDraft(null);
      await client.invalidateQueries({ queryKey: ['assessment-settings'] });
      await client.invalidateQueries({ queryKey: ['assessments'] });
    },
  });
  const shown = draft ?? setting.data;
  const editable = can('plan.manage');

  return (
    <Card withBorder component="section" aria-labelledby="setting-title">
      <Title order={2} size="h4" id="setting-title">
        {t('assessments.setting.title')}
      </Title>
      <Text size="sm" mt={4}>
        {t('assessments.setting.intro')}
      </Text>
      <QueryState isPending={setting.isPending} error={setting.error}>
        {shown && (
          <SimpleGrid cols={{ base: 1, sm: 3 }} mt="sm">
            {ASSESSMENT_SUBJECTS.map((subject) => (
              <Checkbox.Group
                key={subject}
                label={t(`assessments.subjects.${subject}`)}
                value={shown[subject].map(String)}
                onChange={(values) =>
                  setDraft({ ...shown, [subject]: values.map(Number).sort((a, b) => a - b) })
                }
              >
                {CHOOSABLE_LEVELS.map((level) => (
                  <Checkbox
                    key={level}
                    mt={6}
                    value={String(level)}
                    disabled={!editable}
                    label={t(`assessments.levels.${subject}.${level}`)}
                  />
                ))}
              </Checkbox.Group>
            ))}
          </SimpleGrid>
        )}
        {editable && draft && (
          <Group mt="md">
            <Button loading={save.isPending} onClick={() => save.mutate(draft)}>
              {t('assessments.save')}
            </Button>
            <Button variant="default" onClick={() => setDraft(null)}>
              {t('assessments.cancel')}
            </Button>
          </Group>
        )}
        {save.error && <ErrorAlert error={save.error} />}
        {save.isSuccess && (
          <Alert color="ciclo" role="status" mt="sm">
            {t('assessments.setting.saved')}
          </Alert>
        )}
      </QueryState>
    </Card>
  );
}
