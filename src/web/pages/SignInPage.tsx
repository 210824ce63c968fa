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
import { useEffect, useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, setCsrfToken } from '../app/api';
import { chooseLanguageAtSignIn, languageChosenAtSignIn, signInChoiceTaken } from '../app/device-language';
import { readFirstPageSignIn, removeFirstPageSignIn, type FirstPageSignIn } from '../app/first-page';
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

const firstPageError = (first: FirstPageSignIn | undefined) =>
  first?.error ? (first.error === 'generic' ? 'errors.generic' : `signIn.${first.error}`) : null;

export function SignInPage({ onSignedIn }: { onSignedIn: (reply: SessionReply) => Promise<void> }) {
  const { t, i18n } = useTranslation();
  // What someone typed in the sign-in form the server drew before the app arrived (first-page.ts).
  const [first] = useState(readFirstPageSignIn);
  const [email, setEmail] = useState(first?.email ?? '');
  const [password, setPassword] = useState(first?.password ?? '');
  const [error, setError] = useState<string | null>(() => {
    const key = firstPageError(first);
    return key ? t(key) : null;
  });
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  function chooseLanguage(value: 'en' | 'es') {
    // kept on the device, and the account's language once someone signs in
    chooseLanguageAtSignIn(value);
    void i18n.changeLanguage(value);
  }

  // The HTML form gives way to this one before the screen is drawn: what was typed since the
  // first read, the language picked and the cursor come along.
  useLayoutEffect(() => {
    const now = readFirstPageSignIn();
    removeFirstPageSignIn();
    if (!now) return;
    setEmail(now.email);
    setPassword(now.password);
    if (now.language !== now.shownLanguage) chooseLanguage(now.language);
    const fields = form.current?.elements;
    const focused =
      now.focus?.field === 'submit'
        ? form.current?.querySelector('button[type="submit"]')
        : now.focus?.field === 'language'
          ? form.current?.querySelector(`input[value="${now.language}"]`)
          : fields?.namedItem(now.focus?.field ?? '');
    if (!(focused instanceof HTMLElement)) return;
    focused.focus();
    if (focused instanceof HTMLInputElement && focused.type === 'password' && now.focus?.start != null)
      focused.setSelectionRange(now.focus.start, now.focus.end ?? now.focus.start);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the app takes over
  }, []);

  // The recruiter's home comes next: its code is fetched while the person types.
  useEffect(() => {
    void import('./HomePage');
  }, []);

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
        <form ref={form} onSubmit={submit} noValidate>
          <Stack>
            <Title order={1} size="h2">
              Ciclo
            </Title>
            <Text size="sm">{t('signIn.intro')}</Text>
            <SegmentedControl
              size="xs"
              aria-label={t('nav.language')}
              value={i18n.language === 'es' ? 'es' : 'en'}
              onChange={(value) => chooseLanguage(value === 'es' ? 'es' : 'en')}
              data={[
                { value: 'en', label: 'English' },
                { value: 'es', label: 'Español' },
              ]}
            />
            <TextInput
              label={t('signIn.email')}
              type="email"
              autoComplete="username"
              name="email"
              required
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
            />
            <PasswordInput
              label={t('signIn.password')}
              autoComplete="current-password"
              name="password"
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
