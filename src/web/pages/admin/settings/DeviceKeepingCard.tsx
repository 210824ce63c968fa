import { Alert, Button, Card, Group, NumberInput, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CALIFORNIA_DEVICE_KEEPING, type DeviceKeeping } from '../../../../core/common/device-keeping';
import { ApiError } from '../../../app/api';
import { ErrorAlert, QueryState } from '../../../components/QueryState';
import { useSettingDraft } from '../../../components/use-setting-draft';

/** How long a device keeps children's records (ID5.1), with California's period and its source. */
export function DeviceKeepingCard() {
  const { t } = useTranslation();
  const { view, draft, setDraft, save } = useSettingDraft<DeviceKeeping & { version: number }, DeviceKeeping>(
    {
      queryKey: ['device-keeping'],
      url: '/api/eligibility/device-keeping',
      invalidates: [],
    },
  );
  const shown = draft ?? view.data;
  const error = save.error instanceof ApiError ? save.error : null;
  const days = (count: number) => t('settings.days', { count });

  return (
    <Card withBorder component="section" aria-labelledby="device-keeping-title">
      <Title order={2} size="h4" id="device-keeping-title">
        {t('settings.deviceKeeping.title')}
      </Title>
      <Text size="sm" mt={4}>
        {t('settings.deviceKeeping.intro')}
      </Text>
      <QueryState isPending={view.isPending} error={view.error}>
        {shown && view.data && (
          <Stack mt="sm">
            <NumberInput
              label={t('settings.deviceKeeping.days')}
              description={
                <>
                  {t('settings.now', { value: days(view.data.days) })} ·{' '}
                  {t('settings.california', { value: days(CALIFORNIA_DEVICE_KEEPING.days) })}
                  <br />
                  {t('settings.source', { source: t('settings.deviceKeeping.source') })}
                </>
              }
              value={shown.days}
              min={1}
              max={90}
              allowDecimal={false}
              allowNegative={false}
              maw={420}
              onChange={(value) => {
                save.reset();
                setDraft({ days: typeof value === 'number' ? value : Number(value) });
              }}
              error={error?.problemFor('days')}
            />
            <Group>
              {draft && (
                <Button loading={save.isPending} onClick={() => save.mutate(draft)}>
                  {t('settings.deviceKeeping.save')}
                </Button>
              )}
              <Button variant="subtle" onClick={() => setDraft({ ...CALIFORNIA_DEVICE_KEEPING })}>
                {t('settings.deviceKeeping.restore')}
              </Button>
            </Group>
            {save.error && <ErrorAlert error={save.error} />}
            {save.isSuccess && (
              <Alert color="ciclo" role="status">
                {t('settings.deviceKeeping.saved')}
              </Alert>
            )}
          </Stack>
        )}
      </QueryState>
    </Card>
  );
}
