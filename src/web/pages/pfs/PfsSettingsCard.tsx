import { Alert, Button, Card, Group, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api';
import { useSession } from '../../app/session';
import { ErrorAlert, QueryState } from '../../components/QueryState';
import { SubjectLevelsGrid } from '../../components/SubjectLevelsGrid';
import { useSettingDraft } from '../../components/use-setting-draft';
import type { PfsSettings, PfsSettingsView } from './pfs-types';

const MAX_WINDOWS = 12;

/** The state's Priority for Services criteria: shown to all, changed by those who manage the plan. */
export function PfsSettingsCard() {
  const { t } = useTranslation();
  const { can } = useSession();
  const { view, draft, setDraft, save } = useSettingDraft<PfsSettingsView, PfsSettings>({
    queryKey: ['pfs-settings'],
    url: '/api/pfs/settings',
    invalidates: [['pfs'], ['mpo-targets']],
  });
  const shown = draft ?? view.data?.settings;
  const california = view.data?.california;
  const californiaSays = (value: string) => t('settings.california', { value });
  const yesNo = (value: boolean) => t(value ? 'pfs.settings.yes' : 'pfs.settings.no');
  const windowsText = (windows: PfsSettings['interruptionWindows']) =>
    windows.length === 0
      ? t('pfs.settings.noWindowsShort')
      : windows.map((w) => t('pfs.settings.windowRange', { from: w.from, to: w.to })).join(', ');
  const levelsText = (levels: readonly number[]) =>
    levels.length === 0
      ? t('pfs.settings.noLevels')
      : t('pfs.settings.levelList', { levels: levels.join(', ') });
  const editable = can('plan.manage');
  const error = save.error instanceof ApiError ? save.error : null;
  const change = (next: Partial<PfsSettings>) => shown && setDraft({ ...shown, ...next });
  const setWindow = (index: number, end: 'from' | 'to', value: string) =>
    shown &&
    change({
      interruptionWindows: shown.interruptionWindows.map((w, i) =>
        i === index ? { ...w, [end]: value } : w,
      ),
    });

  return (
    <Card withBorder component="section" aria-labelledby="pfs-settings-title">
      <Title order={2} size="h4" id="pfs-settings-title">
        {t('pfs.settings.title')}
      </Title>
      <Text size="sm" mt={4}>
        {t('pfs.settings.intro')}
      </Text>
      <QueryState isPending={view.isPending} error={view.error}>
        {shown && view.data && california && (
          <Stack mt="sm">
            <Text size="xs" c="dimmed">
              {view.data.source}
            </Text>
            <div>
              <Text fw={500} size="sm">
                {t('pfs.settings.windows')}
              </Text>
              <Text size="xs" c="dimmed">
                {californiaSays(windowsText(california.interruptionWindows))}
              </Text>
            </div>
            {shown.interruptionWindows.length === 0 && <Text size="sm">{t('pfs.settings.noWindows')}</Text>}
            {shown.interruptionWindows.map((window, index) => (
              <Group key={index} align="end" wrap="wrap">
                <TextInput
                  label={t('pfs.settings.windowFrom', { number: index + 1 })}
                  value={window.from}
                  readOnly={!editable}
                  maxLength={5}
                  w={140}
                  onChange={(event) => setWindow(index, 'from', event.currentTarget.value)}
                  error={error?.problemFor(`interruptionWindows[${index}].from`)}
                />
                <TextInput
                  label={t('pfs.settings.windowTo', { number: index + 1 })}
                  value={window.to}
                  readOnly={!editable}
                  maxLength={5}
                  w={140}
                  onChange={(event) => setWindow(index, 'to', event.currentTarget.value)}
                  error={error?.problemFor(`interruptionWindows[${index}].to`)}
                />
                {editable && (
                  <Button
                    variant="default"
                    size="sm"
                    onClick={() =>
                      change({ interruptionWindows: shown.interruptionWindows.filter((_, i) => i !== index) })
                    }
                  >
                    {t('pfs.settings.removeWindow', { number: index + 1 })}
                  </Button>
                )}
              </Group>
            ))}
            {editable && shown.interruptionWindows.length < MAX_WINDOWS && (
              <Group>
                <Button
                  variant="default"
                  size="sm"
                  onClick={() =>
                    change({
                      interruptionWindows: [...shown.interruptionWindows, { from: '09-01', to: '12-20' }],
                    })
                  }
                >
                  {t('pfs.settings.addWindow')}
                </Button>
              </Group>
            )}
            <Switch
              label={t('pfs.settings.withdrawalInterrupts')}
              description={californiaSays(yesNo(california.withdrawalInterrupts))}
              checked={shown.withdrawalInterrupts}
              disabled={!editable}
              onChange={(event) => change({ withdrawalInterrupts: event.currentTarget.checked })}
            />
            <Switch
              label={t('pfs.settings.creditDeficiency')}
              description={californiaSays(yesNo(california.creditDeficiency))}
              checked={shown.creditDeficiency}
              disabled={!editable}
              onChange={(event) => change({ creditDeficiency: event.currentTarget.checked })}
            />
            <SubjectLevelsGrid
              levels={shown.atRiskLevels}
              editable={editable}
              onChange={(subject, levels) =>
                change({ atRiskLevels: { ...shown.atRiskLevels, [subject]: levels } })
              }
              subjectLabel={(subject) => t('pfs.settings.levels', { subject: t(`pfs.subjects.${subject}`) })}
              levelLabel={(_, level) => t('pfs.settings.level', { level })}
              description={(subject) => californiaSays(levelsText(california.atRiskLevels[subject]))}
            />
            {editable && (
              <Group>
                {draft && (
                  <>
                    <Button loading={save.isPending} onClick={() => save.mutate(draft)}>
                      {t('pfs.settings.save')}
                    </Button>
                    <Button variant="default" onClick={() => setDraft(null)}>
                      {t('pfs.settings.cancel')}
                    </Button>
                  </>
                )}
                <Button variant="subtle" onClick={() => setDraft(view.data.california)}>
                  {t('pfs.settings.restore')}
                </Button>
              </Group>
            )}
            {save.error && <ErrorAlert error={save.error} />}
            {save.isSuccess && (
              <Alert color="ciclo" role="status">
                {t('pfs.settings.saved')}
              </Alert>
            )}
          </Stack>
        )}
      </QueryState>
    </Card>
  );
}
