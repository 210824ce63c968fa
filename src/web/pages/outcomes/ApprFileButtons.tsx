import { Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** "Download: PDF XLSX" for an APPR file at `path` (without its extension), in the reader's language. */
export function ApprFileButtons({ path }: { path: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'es' ? 'es' : 'en';
  return (
    <>
      <Text size="sm">{t('appr.download')}</Text>
      {(['pdf', 'xlsx'] as const).map((format) => (
        <Button
          key={format}
          component="a"
          href={`${path}.${format}?lang=${language}`}
          variant="default"
          size="xs"
          download
        >
          {format.toUpperCase()}
        </Button>
      ))}
    </>
  );
}
