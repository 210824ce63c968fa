import {
  Alert,
  Badge,
  MantineProvider,
  createTheme,
  type CSSVariablesResolver,
  type MantineColorsTuple,
} from '@mantine/core';
import { QueryClient, QueryClientProvider, useQuery, useQueryClient } from '@tanstack/react-query';
import { Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { PageLoader } from '../components/PageLoader';
import { eraseDevice } from '../offline/device-store';
import { forgetSession, keepSession, readKeptSession } from '../offline/kept-session';
import { hasFirstPageSignIn } from './first-page';
import { AppLayout } from '../layout/AppLayout';
import { api, ApiError, setCsrfToken } from './api';
import { AppRoutes } from './AppRoutes';
import { lazyPage } from './lazy-page';
import { SessionContext, type Session, type SessionReply } from './session';
import { languageChosenAtSignIn, signInChoiceTaken } from './device-language';

/** Teal, with its darkest shades deep enough for white text at WCAG AA, also when hovered. */
const CICLO_TEAL: MantineColorsTuple = [
  '#e6fcf5',
  '#c3fae8',
  '#96f2d7',
  '#63e6be',
  '#38d9a9',
  '#20c997',
  '#0e9f7a',
  '#0b8a69',
  '#087f5b',
  '#066649',
];
const theme = createTheme({
  colors: { ciclo: CICLO_TEAL },
  primaryColor: 'ciclo',
  defaultRadius: 'md',
  primaryShade: 9,
  // Someone who asks their device for less motion gets dialogs and menus without their fades.
  respectReducedMotion: true,
  components: {
    // Light alerts' coloured titles (orange, yellow, blue, red on their tint) fall short of AA
    // contrast: titles take the text colour; the colour stays in the tint and the bar.
    Alert: Alert.extend({ styles: { title: { color: 'var(--mantine-color-text)' } } }),
    // A badge shows its whole text, wrapping on a narrow phone rather than cutting it off.
    Badge: Badge.extend({
      styles: {
        root: { height: 'auto', minHeight: 'var(--badge-height)', maxWidth: '100%' },
        label: { whiteSpace: 'normal', overflow: 'visible', textOverflow: 'clip' },
      },
    }),
  },
});
/** Dimmed and error text dark enough for WCAG AA contrast on white. */
const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  // Mantine's dimmed grey and error red are below the 4.5:1 contrast text needs on white
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});
const SignInPage = lazyPage(() => import('../pages/SignInPage'), 'SignInPage');
const ChangePasswordPage = lazyPage(
  () => import('../pages/account/ChangePasswordPage'),
  'ChangePasswordPage',
);

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
      staleTime: 30_000,
    },
  },
});

/**
 * One route holding the whole app, whose pages are routed below it (AppRoutes): a data router,
 * so that a page can ask before the user leaves it (useBlocker, the interview).
 */
const router = createBrowserRouter([
  {
    path: '*',
    element: (
      // Waits for the sign-in page's code, or for the user's language when it is not English.
      <Suspense fallback={<PageLoader fullPage />}>
        <SignedInApp />
      </Suspense>
    ),
  },
]);

export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  );
}

function SignedInApp() {
  const { i18n } = useTranslation();
  const client = useQueryClient();
  const me = useQuery({
    queryKey: ['me'],
    queryFn: async () => {
      try {
        const reply = await api<SessionReply>('GET', '/api/auth/me');
        setCsrfToken(reply.csrfToken);
        // a choice made on the sign-in page that the server's form already made the account's
        if (languageChosenAtSignIn() === reply.user.language) signInChoiceTaken(reply.user.language);
        if (i18n.language !== reply.user.language) await i18n.changeLanguage(reply.user.language);
        await keepSession(reply).catch(() => undefined);
        return reply.user;
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) {
          await forgetSession().catch(() => undefined);
          return null;
        }
        // No network: the app opens as it was last signed in, on what this device keeps.
        const kept = error instanceof ApiError ? undefined : await readKeptSession().catch(() => undefined);
        if (!kept) throw error;
        setCsrfToken(kept.csrfToken);
        if (i18n.language !== kept.user.language) await i18n.changeLanguage(kept.user.language);
        return kept.user;
      }
    },
    // The server drew the sign-in form in the page: it found no session, so no need to ask.
    initialData: () => (hasFirstPageSignIn() ? null : undefined),
    staleTime: Infinity,
  });

  const session = useMemo<Session | null>(() => {
    if (!me.data) return null;
    const user = me.data;
    return {
      me: user,
      can: (permission) => user.permissions.includes(permission),
      async signOut() {
        await api('POST', '/api/auth/sign-out').catch(() => undefined);
        // What the device kept of children's records goes with the session (ID5).
        await eraseDevice().catch(() => undefined);
        client.clear();
        client.setQueryData(['me'], null);
      },
      async setLanguage(language) {
        await i18n.changeLanguage(language);
        const reply = await api<SessionReply>('PATCH', '/api/auth/me', { language });
        client.setQueryData(['me'], reply.user);
      },
    };
  }, [me.data, client, i18n]);

  if (me.isPending) return <PageLoader fullPage />;
  if (!session) {
    return (
      <SignInPage
        onSignedIn={async (reply) => {
          setCsrfToken(reply.csrfToken);
          await i18n.changeLanguage(reply.user.language);
          // kept for opening offline, while the home is drawn
          void keepSession(reply).catch(() => undefined);
          client.setQueryData(['me'], reply.user);
        }}
      />
    );
  }
  if (session.me.mustChangePassword) {
    return (
      <ChangePasswordPage
        onChanged={(reply) => client.setQueryData(['me'], reply.user)}
        onSignOut={session.signOut}
      />
    );
  }
  return (
    <SessionContext.Provider value={session}>
      <AppLayout>
        <AppRoutes />
      </AppLayout>
    </SessionContext.Provider>
  );
}
