import { NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { useSignedIn } from '../session/session-context';
import { HOME, visibleAreas, type Screen } from './navigation';
import { RouterLink } from './RouterLink';
import { useRoute } from './router';

function ScreenLink({ screen, active }: { screen: Screen; active: boolean }) {
  const Icon = screen.icon;
  return (
    <NavLink
      component={RouterLink}
      to={screen.path}
      label={screen.label}
      leftSection={<Icon size={18} stroke={1.6} aria-hidden />}
      active={active}
      aria-current={active ? 'page' : undefined}
    />
  );
}

/** Home, then each standards area that has a screen this person may use. */
export function NavigationMenu() {
  const route = useRoute();
  const { session } = useSignedIn();
  return (
    <ScrollArea type="auto">
      <Stack gap="md">
        <ScreenLink screen={HOME} active={route === HOME.path} />
        {visibleAreas(session.roles).map((area) => (
          <section key={area.id} aria-labelledby={`nav-${area.id}`}>
            <Text
              id={`nav-${area.id}`}
              size="xs"
              fw={700}
              tt="uppercase"
              c="dimmed"
              px="sm"
              mb={4}
              component="h2"
            >
              {area.label}
            </Text>
            {area.screens.map((screen) => (
              <ScreenLink key={screen.path} screen={screen} active={route === screen.path} />
            ))}
          </section>
        ))}
      </Stack>
    </ScrollArea>
  );
}
