import {
  Alert,
  Button,
  Center,
  Paper,
  PasswordInput,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, setCsrfToken } from '../app/api';
import { chooseLanguageAtSignIn, languageChosenAtSignIn, signInChoiceTaken } from '../app/device-language';
import type { SessionReply } from '../app/session';

/**
 * A language chosen on the sign-in page becomes the account's (the server keeps it), so the
 * pages stay in the language the person chose; without a choice the account keeps its own.
 */
async function withLanguageChosenHere(reply: SessionReply): Promise<SessionReply> {
  const chosen = languageChosenAtSignIn();
  if (!chosen) return reply;
  signInChoiceTaken(chosen);
  if (chosen === reply.user.language) return reply;
  setCsrfToken(reply.csrfToken);
  try {
    const changed = await api<SessionReply>('PATCH', '/api/auth/me', { language: chosen });
    return { ...reply, user: changed.user };
  } catch {
    return reply;
  }
}

export function SignInPage({ onSignedIn }: { onSignedIn: (reply: SessionReply) => Promise<void> }) {
  const { t, i18n } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const reply = await api<SessionReply>('POST', '/api/auth/sign-in', { email, password });
      await onSignedIn(await withLanguageChosenHere(reply));
    } catch (caught) {
      const status = caught instanceof ApiError ? caught.status : 0;
      setError(
        status === 423
          ? t('signIn.locked')
          : status === 429
            ? t('signIn.tooMany')
            : status === 401 || status === 400
              ? t('signIn.failed')
              : t('errors.generic'),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="sm" p="lg" w="100%" maw={400}>
        <form onSubmit={submit} noValidate>
          <Stack>
            <Title order={1} size="h2">
              Ciclo
            </Title>
            <Text size="sm">{t('signIn.intro')}</Text>
            <SegmentedControl
              size="xs"
              aria-label={t('nav.language')}
              value={i18n.language === 'es' ? 'es' : 'en'}
              onChange={(value) => {
                // kept on the device, and the account's language once someone signs in
                chooseLanguageAtSignIn(value === 'es' ? 'es' : 'en');
                void i18n.changeLanguage(value);
              }}
              data={[
                { value: 'en', label: 'English' },
                { value: 'es', label: 'Español' },
              ]}
            />
            <TextInput
              label={t('signIn.email')}
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
            />
            <PasswordInput
              label={t('signIn.password')}
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
            />
            {error && (
              <Alert color="red" role="alert">
                {error}
              </Alert>
            )}
            <Button type="submit" loading={busy}>
              {t('signIn.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
