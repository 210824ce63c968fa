import { Center, Loader } from '@mantine/core';
import i18next from 'i18next';

/**
 * What shows while a page's code, the session or a language's catalog is on its way. It reads
 * the text from i18next directly rather than through `useTranslation`, which would itself wait
 * for the catalog that is loading (English, always in the bundle, stands in until then).
 */
export function PageLoader({ fullPage = false }: { fullPage?: boolean }) {
  return (
    <Center {...(fullPage ? { h: '100vh' } : { p: 'xl' })}>
      <Loader role="status" aria-label={i18next.t('common.loading')} />
    </Center>
  );
}
