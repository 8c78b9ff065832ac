import { Anchor, Badge, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { contract } from '../../../../shared/contract';
import { formatUkDate } from '../../../../shared/uk-date';
import { errorMessage } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { RouterLink } from '../../../app/RouterLink';
import { FormAlert } from '../../../components/FormAlert';
import { mayCall } from '../../../session/permissions';
import { useSignedIn } from '../../../session/session-context';
import { menteePath } from './mentee-paths';

const m = contract.mentees;
const URGENT = new Set(['release_unmatched', 'risk_review']);

/**
 * The mentees' part of the home page's work queue: releases near with no match, risk reviews,
 * unfinished inductions and referrals not acknowledged (a caseworker: their own caseload's).
 */
export function MenteeWorkQueue() {
  const { session } = useSignedIn();
  const allowed = mayCall(m.dueItems, session.roles);
  const due = useChannelQuery(m.dueItems, {}, { enabled: allowed });
  if (!allowed) return null;
  const items = due.data?.items;
  return (
    <section aria-labelledby="mentee-queue-heading">
      <Title order={2} fz="h3" id="mentee-queue-heading" mb="sm">
        Mentees: what is due
      </Title>
      {due.error && (
        <FormAlert title="The mentees’ work queue could not be loaded">{errorMessage(due.error)}</FormAlert>
      )}
      {!items && !due.error && <Loader size="sm" aria-label="Loading the mentees’ work queue" />}
      {items?.length === 0 && (
        <Text size="sm" c="dimmed">
          Nothing is due for mentees.
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
                  {item.due ? formatUkDate(item.due) : 'Due'}
                </Badge>
                <Text size="sm">
                  <Anchor component={RouterLink} to={menteePath(item.id)}>
                    {item.displayName}
                  </Anchor>{' '}
                  ({item.reference}): {item.message}
                </Text>
              </Group>
            </li>
          ))}
        </Stack>
      )}
    </section>
  );
}
