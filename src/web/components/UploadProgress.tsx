import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * How far an upload sent with postWithProgress is, then what the server is doing with the
 * file (`working`), said to screen readers as it changes.
 */
export function UploadProgress({ fraction, working }: { fraction: number; working: string }) {
  const { t } = useTranslation();
  const percent = Math.round(fraction * 100);
  return (
    <Stack gap={4} mt="sm">
      <Progress value={percent} animated={fraction >= 1} aria-label={t('common.upload.progress')} />
      <Text size="sm" aria-live="polite">
        {fraction < 1 ? t('common.upload.sending', { percent }) : working}
      </Text>
    </Stack>
  );
}
