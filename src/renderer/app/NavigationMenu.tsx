import { NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { IconHome, type Icon } from '@tabler/icons-react';
import { useSignedIn } from '../session/session-context';
import { buildNavigation, isUnder } from './navigation';
import { RouterLink } from './RouterLink';
import { useRoute } from './router';
import { ROUTE_FILES } from './routing/route-files';

function ScreenLink({
  path,
  label,
  icon: Icon,
  active,
}: {
  path: string;
  label: string;
  icon: Icon;
  active: boolean;
}) {
  return (
    <NavLink
      component={RouterLink}
      to={path}
      label={label}
      leftSection={<Icon size={18} stroke={1.6} aria-hidden />}
      active={active}
      aria-current={active ? 'page' : undefined}
    />
  );
}

/** Home, then each standards area that has a screen this person may use (from the routes files). */
export function NavigationMenu() {
  const route = useRoute();
  const { session } = useSignedIn();
  return (
    <ScrollArea type="auto">
      <Stack gap="md">
        <ScreenLink path="/" label="Home" icon={IconHome} active={route === '/'} />
        {buildNavigation(ROUTE_FILES, session.roles).map((area) => (
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
            {area.entries.map((entry) => (
              <ScreenLink key={entry.path} {...entry} active={isUnder(entry.path, route)} />
            ))}
          </section>
        ))}
      </Stack>
    </ScrollArea>
  );
}
