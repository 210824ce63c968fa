import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { KeepingState } from './use-kept-interview';

/** How far what was typed is kept: on this device, on the server too, or not yet (ID1). */
export function KeepingStatus({ state, online }: { state: KeepingState; online: boolean }) {
  const { t } = useTranslation();
  if (state === 'untouched') return null;
  const text =
    state === 'saving'
      ? t('interview.keeping.saving')
      : state === 'failed'
        ? t('interview.keeping.failed')
        : state === 'on-device'
          ? online
            ? t('interview.keeping.onDevice')
            : t('interview.keeping.offline')
          : t('interview.keeping.sent');
  return (
    <Text size="sm" c={state === 'failed' ? 'red.9' : 'dimmed'} data-keeping={state}>
      {text}
    </Text>
  );
}
