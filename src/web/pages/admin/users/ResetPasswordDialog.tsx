import { Alert, Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../../app/api';
import type { User } from './user-types';

/** Give an account a password to tell its owner, who must choose a new one at the next sign-in (UA2.3). */
export function ResetPasswordDialog({
  user,
  onClose,
  onSaved,
}: {
  user: User;
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const reset = useMutation({
    mutationFn: () =>
      api<User>('POST', `/api/users/${user.id}/password-reset`, { version: user.version, password }),
    onSuccess: () => onSaved(t('users.reset.done', { name: user.displayName })),
  });
  const problem = reset.error instanceof ApiError ? reset.error : null;
  return (
    <Modal
      opened
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('users.form.cancel') }}
      title={t('users.reset.title', { name: user.displayName })}
      centered
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          reset.mutate();
        }}
      >
        <Stack>
          <Text size="sm">{t('users.reset.explain')}</Text>
          <PasswordInput
            label={t('users.reset.password')}
            required
            data-autofocus
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={problem?.problemFor('password')}
          />
          {reset.error && (
            <Alert color="red" role="alert">
              {reset.error instanceof ApiError ? reset.error.message : String(reset.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('users.form.cancel')}
            </Button>
            <Button type="submit" loading={reset.isPending}>
              {t('users.reset.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
