import { Anchor, Badge, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { contract } from '../../../shared/contract';
import type { ClearanceDue, DueItem } from '../../../shared/contract/mentors';
import { formatUkDate } from '../../../shared/uk-date';
import { errorMessage } from '../../api/api-error';
import { useChannelQuery } from '../../api/channels';
import { RouterLink } from '../../app/RouterLink';
import { FormAlert } from '../../components/FormAlert';
import { mayCall } from '../../session/permissions';
import { useSignedIn } from '../../session/session-context';
import { mentorPath } from '../service-development/mentors/mentor-paths';

type Item = Pick<DueItem, 'key' | 'id' | 'displayName' | 'due' | 'message'> & {
  kind: DueItem['kind'] | ClearanceDue['kind'];
};
const m = contract.mentors;

const URGENT = new Set(['dbs_expired', 'clearance_expired']);

/**
 * What needs doing soon. Co-ordinators and safeguarding leads get the whole mentors' queue; a lead
 * mentor gets the prison clearances of their own cluster's mentors (the core decides which).
 */
export function WorkQueue() {
  const { session } = useSignedIn();
  const whole = mayCall(m.dueItems, session.roles);
  const clearances = !whole && mayCall(m.clearancesDue, session.roles);
  const all = useChannelQuery(m.dueItems, {}, { enabled: whole });
  const cleared = useChannelQuery(m.clearancesDue, {}, { enabled: clearances });
  if (!whole && !clearances) return null;
  const query = whole ? all : cleared;
  const items: Item[] | undefined = query.data?.items as Item[] | undefined;
  return (
    <section aria-labelledby="queue-heading">
      <Title order={2} fz="h3" id="queue-heading" mb="sm">
        Work queue
      </Title>
      {query.error && (
        <FormAlert title="The work queue could not be loaded">{errorMessage(query.error)}</FormAlert>
      )}
      {!items && !query.error && <Loader size="sm" aria-label="Loading the work queue" />}
      {items?.length === 0 && (
        <Text size="sm" c="dimmed">
          Nothing is due.
        </Text>
      )}
      {items && items.length > 0 && (
        <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {items.map((item) => (
            <li key={item.key}>
              <Group gap="xs" wrap="nowrap" align="baseline">
                <Badge
                  size="sm"
                  variant="light"
                  color={URGENT.has(item.kind) ? 'red' : 'yellow'}
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
      )}
    </section>
  );
}
