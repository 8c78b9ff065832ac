import { Anchor, Badge, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { ROLE_LABELS, ROLE_SUMMARIES } from '../../../shared/roles';
import { buildNavigation } from '../../app/navigation';
import { RouterLink } from '../../app/RouterLink';
import { ROUTE_FILES } from '../../app/routing/route-files';
import { Page } from '../../components/Page';
import { useSignedIn } from '../../session/session-context';
import { WorkQueue } from './WorkQueue';

/** Who is signed in, what their roles let them do, and where to go next. */
export function HomePage() {
  const { session, organisationName } = useSignedIn();
  const screens = buildNavigation(ROUTE_FILES, session.roles).flatMap((area) => area.entries);
  return (
    <Page
      title={`Welcome, ${session.displayName}`}
      description={
        organisationName
          ? `Signed in to ${organisationName} as ${session.username}.`
          : `Signed in as ${session.username}.`
      }
    >
      <WorkQueue />
      <section aria-labelledby="roles-heading">
        <Title order={2} fz="h3" id="roles-heading" mb="sm">
          Your roles
        </Title>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {session.roles.map((role) => (
            <Card key={role} withBorder padding="lg">
              <Group mb="xs">
                <Badge size="lg" variant="light">
                  {ROLE_LABELS[role]}
                </Badge>
              </Group>
              <List size="sm" spacing={4}>
                {ROLE_SUMMARIES[role].map((line) => (
                  <List.Item key={line}>{line}</List.Item>
                ))}
              </List>
            </Card>
          ))}
        </SimpleGrid>
      </section>
      <section aria-labelledby="next-heading">
        <Title order={2} fz="h3" id="next-heading" mb="sm">
          Your screens
        </Title>
        {screens.length ? (
          <Stack gap={4}>
            {screens.map((screen) => (
              <Anchor key={screen.path} component={RouterLink} to={screen.path}>
                {screen.label}
              </Anchor>
            ))}
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            Casework screens for your roles will appear in the navigation as they are added to Waymark.
          </Text>
        )}
      </section>
    </Page>
  );
}
