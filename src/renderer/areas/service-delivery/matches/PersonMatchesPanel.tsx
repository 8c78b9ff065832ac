import { Anchor, Group, Loader, Stack, Text } from '@mantine/core';
import { contract } from '../../../../shared/contract';
import { errorMessage } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { RouterLink } from '../../../app/RouterLink';
import { DetailSection } from '../../../components/details/DetailSection';
import { FormAlert } from '../../../components/FormAlert';
import { mayCall } from '../../../session/permissions';
import { useSignedIn } from '../../../session/session-context';
import { ukOrDash } from './match-format';
import { matchPath } from './match-paths';
import { MatchStageBadge } from './MatchStageBadge';

/**
 * A person's matches, newest first, each linking to its match page: on the mentee's page (their
 * matches, including declined and ended ones) and the mentor's. Shown only to those who read
 * matches, and only when there is at least one.
 */
export function PersonMatchesPanel(props: { menteeId: string } | { mentorId: string }) {
  const { session } = useSignedIn();
  if (!mayCall(contract.matches.list, session.roles)) return null;
  return <Panel {...props} />;
}

function Panel(props: { menteeId: string } | { mentorId: string }) {
  const found = useChannelQuery(contract.matches.list, {
    ...props,
    sortBy: 'stageSince',
    sortDir: 'desc',
    pageSize: 20,
  });
  if (found.error)
    return <FormAlert title="The matches could not be loaded">{errorMessage(found.error)}</FormAlert>;
  if (!found.data) return <Loader size="sm" aria-label="Loading the matches" />;
  if (found.data.items.length === 0) return null;
  const forMentee = 'menteeId' in props;
  return (
    <DetailSection title="Matches">
      <Stack gap={6}>
        {found.data.items.map((m) => (
          <Group key={m.id} gap="xs" wrap="wrap">
            <Anchor component={RouterLink} to={matchPath(m.id)}>
              {m.reference}
            </Anchor>
            <Text size="sm">with {forMentee ? m.mentorName : m.menteeName}</Text>
            <MatchStageBadge stage={m.stage} />
            <Text size="sm" c="dimmed">
              since {ukOrDash(m.stageSince)}
            </Text>
          </Group>
        ))}
      </Stack>
    </DetailSection>
  );
}
