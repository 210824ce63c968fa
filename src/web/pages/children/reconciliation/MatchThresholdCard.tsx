import { Alert, Button, Card, NumberInput, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../app/api';
import { ErrorAlert, QueryState } from '../../../components/QueryState';
import { useSettingDraft } from '../../../components/use-setting-draft';
import type { MatchSettings } from './reconciliation-types';

/**
 * The score from which likely matches are proposed (IR5.2): the state administrator changes it
 * at the version read (someone else's change meanwhile is reloaded, and said); others read it.
 */
export function MatchThresholdCard() {
  const { t } = useTranslation();
  const { view, draft, setDraft, save } = useSettingDraft<MatchSettings, { threshold: number }>({
    queryKey: ['reconciliation', 'settings'],
    url: '/api/children/reconciliation/settings',
    invalidates: [['reconciliation', 'matches']],
  });
  const error = save.error instanceof ApiError ? save.error : null;
  return (
    <Card withBorder component="section" aria-labelledby="match-threshold">
      <Stack>
        <Title order={2} size="h3" id="match-threshold">
          {t('reconciliation.threshold.title')}
        </Title>
        <QueryState isPending={view.isPending} error={view.error}>
          {view.data && !view.data.canChange && (
            <Text>{t('reconciliation.threshold.readOnly', { threshold: view.data.threshold })}</Text>
          )}
          {view.data?.canChange && (
            <>
              <NumberInput
                label={t('reconciliation.threshold.label')}
                description={t('reconciliation.threshold.hint', { threshold: view.data.threshold })}
                value={(draft ?? view.data).threshold}
                min={1}
                max={100}
                allowDecimal={false}
                allowNegative={false}
                maw={320}
                onChange={(value) => {
                  save.reset();
                  setDraft({ threshold: typeof value === 'number' ? value : Number(value) });
                }}
                error={error?.problemFor('threshold')}
              />
              {draft && (
                <Button
                  loading={save.isPending}
                  onClick={() => save.mutate(draft)}
                  style={{ alignSelf: 'flex-start' }}
                >
                  {t('reconciliation.threshold.save')}
                </Button>
              )}
              {error?.status === 409 ? (
                <Alert color="orange" role="alert">
                  {t('reconciliation.threshold.conflict', { threshold: view.data.threshold })}
                </Alert>
              ) : (
                save.error && <ErrorAlert error={save.error} />
              )}
              {save.isSuccess && (
                <Alert color="green" role="status">
                  {t('reconciliation.threshold.saved', { threshold: view.data.threshold })}
                </Alert>
              )}
            </>
          )}
        </QueryState>
      </Stack>
    </Card>
  );
}
