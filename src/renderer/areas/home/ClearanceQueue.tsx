import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import type { ClearanceDue } from '../../../shared/contract/mentors';
import { formatUkDate } from '../../../shared/uk-date';
import { RouterLink } from '../../app/RouterLink';
import { mentorPath } from '../service-development/mentors/mentor-paths';

/** A lead mentor's queue: their own cluster's mentors' prison clearances expired or expiring. */
export function ClearanceQueue({ items }: { items: readonly ClearanceDue[] }) {
  if (!items.length)
    return (
      <Text size="sm" c="dimmed">
        Nothing is due.
      </Text>
    );
  return (
    <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {items.map((item) => (
        <li key={item.key}>
          <Group gap="xs" wrap="nowrap" align="baseline">
            <Badge
              size="sm"
              variant="light"
              color={item.kind === 'clearance_expired' ? 'red' : 'yellow'}
              style={{ textTransform: 'none', flexShrink: 0 }}
            >
              {formatUkDate(item.due)}
            </Badge>
            <Text size="sm">
              <Anchor component={RouterLink} to={mentorPath(item.id)}>
                {item.displayName}
              </Anchor>
              : {item.message}
            </Text>
          </Group>
        </li>
      ))}
    </Stack>
  );
}
