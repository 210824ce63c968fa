import {
  Anchor,
  AppShell,
  Burger,
  Button,
  Group,
  NavLink,
  ScrollArea,
  SegmentedControl,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useSession } from '../app/session';
import { NAV_ITEMS } from './navigation';

/** The frame of every signed-in page: header, navigation by module (a drawer on phones), main content. */
export function AppLayout({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const items = NAV_ITEMS.filter((item) => !item.permission || session.can(item.permission));

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <Anchor
        href="#main"
        className="skip-link"
        style={{ position: 'absolute', left: -10_000, top: 0 }}
        onFocus={(e) => (e.currentTarget.style.left = '8px')}
        onBlur={(e) => (e.currentTarget.style.left = '-10000px')}
      >
        {t('nav.skipToContent')}
      </Anchor>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t(opened ? 'nav.closeMenu' : 'nav.openMenu')}
              aria-expanded={opened}
            />
            <Text component={Link} to="/" fw={700} size="lg" c="ciclo.9">
              Ciclo
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <SegmentedControl
              size="xs"
              aria-label={t('nav.language')}
              value={i18n.language === 'es' ? 'es' : 'en'}
              onChange={(value) => void session.setLanguage(value as 'en' | 'es')}
              data={[
                {
                  value: 'en',
                  label: (
                    <span lang="en">
                      EN<VisuallyHidden> English</VisuallyHidden>
                    </span>
                  ),
                },
                {
                  value: 'es',
                  label: (
                    <span lang="es">
                      ES<VisuallyHidden> Español</VisuallyHidden>
                    </span>
                  ),
                },
              ]}
            />
            <Button variant="default" size="xs" onClick={() => void session.signOut()}>
              {t('nav.signOut')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('nav.modules')} component="nav">
        <AppShell.Section>
          <Text size="sm" fw={600} mb="xs">
            {session.me.displayName}
          </Text>
          <Text size="xs" c="dimmed" mb="md">
            {t(`roles.${session.me.role}`)}
            {session.me.regionNumber !== null
              ? ` · ${t('common.region', { number: session.me.regionNumber })}`
              : ''}
          </Text>
        </AppShell.Section>
        {/* the menu is longer than a phone's screen: it scrolls on its own */}
        <AppShell.Section grow component={ScrollArea}>
          {items.map((item) => (
            <NavLink
              key={item.to}
              component={Link}
              to={item.to}
              label={t(item.label)}
              leftSection={<item.icon size={18} aria-hidden />}
              active={item.to === '/' ? location.pathname === '/' : location.pathname.startsWith(item.to)}
              aria-current={location.pathname === item.to ? 'page' : undefined}
              onClick={close}
            />
          ))}
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        {children}
      </AppShell.Main>
    </AppShell>
  );
}
