import { List, Stack, Text, Title } from '@mantine/core';
import type { PersonSpecCriterion } from '../../../../../shared/contract/screening';

/**
 * The person specification beside an interview or decision form (standard 8): the panel judges
 * against the same written criteria every time.
 */
export function PersonSpecAside({ criteria }: { criteria: PersonSpecCriterion[] }) {
  const qualities = criteria.filter((c) => c.kind === 'quality');
  const screenOut = criteria.filter((c) => c.kind === 'screen_out');
  return (
    // Sticky, so it stays beside the questions as a long form scrolls.
    <Stack
      gap="sm"
      component="aside"
      aria-labelledby="person-spec-aside"
      style={{ position: 'sticky', top: 0 }}
    >
      <Title order={3} fz="h5" id="person-spec-aside">
        Person specification
      </Title>
      <div>
        <Text size="sm" fw={600}>
          Qualities we look for
        </Text>
        <List size="sm" spacing={4}>
          {qualities.map((c) => (
            <List.Item key={c.id}>{c.text}</List.Item>
          ))}
        </List>
      </div>
      <div>
        <Text size="sm" fw={600}>
          Reasons to screen out
        </Text>
        <List size="sm" spacing={4}>
          {screenOut.map((c) => (
            <List.Item key={c.id}>{c.text}</List.Item>
          ))}
        </List>
      </div>
    </Stack>
  );
}
