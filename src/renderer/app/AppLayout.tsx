import { AppShell, Burger, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect } from 'react';
import { Logo } from '../components/Logo';
import { useSignedIn } from '../session/session-context';
import { IdleLock } from '../session/idle/IdleLock';
import { RecoveryKeyNoticeBanner } from '../session/RecoveryKeyNoticeBanner';
import { HeaderActions } from './HeaderActions';
import { MainContent } from './MainContent';
import { NavigationMenu } from './NavigationMenu';
import { useRoute } from './router';

/** The signed-in frame: header, navigation by standards area, and the current screen. */
export function AppLayout() {
  const { organisationName, idleLockMinutes } = useSignedIn();
  const [opened, { toggle, close }] = useDisclosure(false);
  const route = useRoute();
  useEffect(close, [route, close]);

  return (
    <AppShell
      header={{ height: 60 }}
      // Wide enough for the longest menu label; every pixel more is taken from the tables, which
      // are what a 1366-wide laptop runs short of (the audit log cuts text at the edge of a cell).
      navbar={{ width: 230, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <a
        href="#main"
        className="skip-link"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        Skip to main content
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Show navigation" />
            <Logo />
            <Text fw={700} fz="lg">
              Waymark
            </Text>
            {organisationName && (
              <Text c="dimmed" size="sm" truncate visibleFrom="md" data-testid="organisation-name">
                {organisationName}
              </Text>
            )}
          </Group>
          <HeaderActions />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label="Main navigation" component="nav">
        <NavigationMenu />
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <RecoveryKeyNoticeBanner />
        <MainContent />
      </AppShell.Main>
      <IdleLock minutes={idleLockMinutes} />
    </AppShell>
  );
}
