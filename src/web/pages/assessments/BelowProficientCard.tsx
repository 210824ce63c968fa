import { Alert, Button, Card, Group, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CALIFORNIA_BELOW_PROFICIENT } from '../../../core/services/assessment-levels';
import { useSession } from '../../app/session';
import { ErrorAlert, QueryState } from '../../components/QueryState';
import { SubjectLevelsGrid } from '../../components/SubjectLevelsGrid';
import { useSettingDraft } from '../../components/use-setting-draft';
import type { BelowProficientSetting } from './assessment-types';

/** Which levels count as below proficient: shown to all, changed by those who manage the plan. */
export function BelowProficientCard() {
  const { t } = useTranslation();
  const { can } = useSession();
  const { view, draft, setDraft, save } = useSettingDraft<
    BelowProficientSetting & { version: number },
    BelowProficientSetting
  >({
    queryKey: ['assessment-settings'],
    url: '/api/assessments/settings',
    invalidates: [['assessments']],
  });
  const shown = draft ?? view.data;
  const editable = can('plan.manage');

  return (
    <Card withBorder component="section" aria-labelledby="setting-title">
      <Title order={2} size="h4" id="setting-title">
        {t('assessments.setting.title')}
      </Title>
      <Text size="sm" mt={4}>
        {t('assessments.setting.intro')}
      </Text>
      <Text size="xs" c="dimmed" mt={4}>
        {t('settings.source', { source: t('assessments.setting.source') })}
      </Text>
      <QueryState isPending={view.isPending} error={view.error}>
        {shown && (
          <SubjectLevelsGrid
            mt="sm"
            levels={shown}
            editable={editable}
            onChange={(subject, levels) => setDraft({ ...shown, [subject]: levels })}
            subjectLabel={(subject) => t(`assessments.subjects.${subject}`)}
            levelLabel={(subject, level) => t(`assessments.levels.${subject}.${level}`)}
            description={(subject) =>
              t('settings.california', {
                value: t('assessments.setting.levelList', {
                  levels: CALIFORNIA_BELOW_PROFICIENT[subject].join(', '),
                }),
              })
            }
          />
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
        {editable && (
          <Button variant="subtle" mt="xs" onClick={() => setDraft(CALIFORNIA_BELOW_PROFICIENT)}>
            {t('assessments.setting.restore')}
          </Button>
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
