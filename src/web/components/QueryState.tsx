import { Alert, Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../app/api';

/** Loading and error states of a query, with a message a person can act on. */
export function QueryState({
  isPending,
  error,
  children,
}: {
  isPending: boolean;
  error: unknown;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  if (isPending) {
    return (
      <Center p="xl">
        <Loader role="status" aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (error) return <ErrorAlert error={error} />;
  return <>{children}</>;
}

export function ErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const status = error instanceof ApiError ? error.status : 0;
  const title =
    status === 404
      ? t('errors.notFound')
      : status === 403
        ? t('errors.forbidden')
        : status === 409
          ? t('errors.conflict')
          : t('errors.generic');
  return (
    <Alert color="red" title={title} role="alert">
      {error instanceof Error ? error.message : String(error)}
    </Alert>
  );
}
