import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../app/api';
import type { SessionReply } from '../../app/session';

/**
 * The first sign-in of a user whose password someone else chose (the first state administrator
 * made with `ciclo user add`, or a reset): they choose a new one before any other page opens.
 */
export function ChangePasswordPage({
  onChanged,
  onSignOut,
}: {
  onChanged: (reply: SessionReply) => void;
  onSignOut: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [repeated, setRepeated] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [mismatch, setMismatch] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setMismatch(newPassword !== repeated);
    if (newPassword !== repeated) return;
    setBusy(true);
    try {
      onChanged(await api<SessionReply>('POST', '/api/auth/password', { currentPassword, newPassword }));
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, '', t('errors.generic')));
    } finally {
      setBusy(false);
    }
  }

  const fieldError = (field: string) => error?.problemFor(field);
  const otherError =
    error && !fieldError('currentPassword') && !fieldError('newPassword') ? error.message : null;
  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="sm" p="lg" w="100%" maw={420}>
        <form onSubmit={submit} noValidate>
          <Stack>
            <Title order={1} size="h2">
              {t('changePassword.title')}
            </Title>
            <Text size="sm">{t('changePassword.intro')}</Text>
            <PasswordInput
              label={t('changePassword.current')}
              autoComplete="current-password"
              required
              value={currentPassword}
              error={fieldError('currentPassword')}
              onChange={(e) => setCurrentPassword(e.currentTarget.value)}
            />
            <PasswordInput
              label={t('changePassword.new')}
              description={t('changePassword.rules')}
              autoComplete="new-password"
              required
              value={newPassword}
              error={fieldError('newPassword')}
              onChange={(e) => setNewPassword(e.currentTarget.value)}
            />
            <PasswordInput
              label={t('changePassword.repeat')}
              autoComplete="new-password"
              required
              value={repeated}
              error={mismatch ? t('changePassword.mismatch') : undefined}
              onChange={(e) => setRepeated(e.currentTarget.value)}
            />
            {otherError && (
              <Alert color="red" role="alert">
                {otherError}
              </Alert>
            )}
            <Button type="submit" loading={busy}>
              {t('changePassword.submit')}
            </Button>
            <Button variant="subtle" onClick={() => void onSignOut()}>
              {t('changePassword.signOut')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
