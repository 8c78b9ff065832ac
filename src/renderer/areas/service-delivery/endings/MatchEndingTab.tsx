import { Anchor, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { IconDoorExit, IconUserSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { contract } from '../../../../shared/contract';
import type { EndingView } from '../../../../shared/contract/endings';
import { ENDING_REASON_LABELS, EXIT_PARTIES } from '../../../../shared/matching/relationship';
import { formatUkDate } from '../../../../shared/uk-date';
import { errorMessage, isApiError } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { RouterLink } from '../../../app/RouterLink';
import { DetailSection } from '../../../components/details/DetailSection';
import { FormAlert } from '../../../components/FormAlert';
import { mayCall } from '../../../session/permissions';
import { useSignedIn } from '../../../session/session-context';
import { menteePath } from '../../assessment/mentees/mentee-paths';
import { MatchLettersPanel } from '../../individual-needs/agreements/MatchLettersPanel';
import { suggestionsPath } from '../matches/match-paths';
import { ENDING_KIND_LABELS, INFORMAL_EXPLANATION } from './ending-format';
import { EndMatchModal } from './EndMatchModal';
import { ExitInterviewForm } from './ExitInterviewForm';

/**
 * The ending of a match. While it is active: "End this match". Once ended: how and why, where the
 * mentor and the mentee went, the two exit interviews, and the ending letters.
 */
export function MatchEndingTab({ matchId }: { matchId: string }) {
  const { session } = useSignedIn();
  const view = useChannelQuery(contract.endings.get, { matchId });
  const [ending, setEnding] = useState(false);
  if (view.error && isApiError(view.error) && view.error.code === 'FORBIDDEN')
    return <Text c="dimmed">The ending is kept by the mentee’s caseworker and the co-ordinators.</Text>;
  if (view.error)
    return <FormAlert title="The ending could not be loaded">{errorMessage(view.error)}</FormAlert>;
  if (!view.data) return <Loader aria-label="Loading the ending" />;
  const { match } = view.data;
  const mayWrite = mayCall(contract.endings.end, session.roles);

  if (match.stage === 'active')
    return (
      <Stack gap="md" align="flex-start">
        <Text>
          When the agreed length is reached, or the relationship has to stop early, record the ending here.
          The mentor becomes free for another match and the mentee’s record is closed.
        </Text>
        {mayWrite && (
          <Button
            color="red"
            variant="light"
            leftSection={<IconDoorExit size={16} aria-hidden />}
            onClick={() => setEnding(true)}
          >
            End this match
          </Button>
        )}
        {ending && <EndMatchModal matchId={matchId} onClose={() => setEnding(false)} />}
      </Stack>
    );
  if (match.stage !== 'ended')
    return (
      <Text c="dimmed">
        {match.stage === 'declined'
          ? 'This match was declined before it started, so there is nothing to end.'
          : 'This match has not started yet. A match that will not go ahead is declined on the Overview tab.'}
      </Text>
    );
  return <EndedMatch view={view.data} mayWrite={mayWrite} />;
}

function EndedMatch({ view, mayWrite }: { view: EndingView; mayWrite: boolean }) {
  const { match, ending, interviews } = view;
  return (
    <Stack gap="lg">
      {ending && (
        <DetailSection
          title="How the match ended"
          items={[
            { label: 'Ending', value: ENDING_KIND_LABELS[ending.kind] },
            { label: 'Reason', value: ENDING_REASON_LABELS[ending.reason] },
            { label: 'Ended on', value: formatUkDate(ending.endedOn) },
            {
              label: 'Keeping in touch informally',
              value: ending.continuesInformally ? `Yes. ${INFORMAL_EXPLANATION}` : 'No',
              wide: ending.continuesInformally,
            },
            { label: 'Notes', value: ending.notes, wide: true },
            { label: 'Recorded by', value: ending.recordedByName },
          ]}
        />
      )}
      <DetailSection title="Where they go from here">
        <Stack gap="xs">
          <Text size="sm">
            {match.mentorOtherActive > 0
              ? `${match.mentorName} still has ${match.mentorOtherActive === 1 ? 'another active match' : `${match.mentorOtherActive} other active matches`}.`
              : match.mentorStage === 'ready'
                ? `${match.mentorName} is back in the pool of mentors ready to match.`
                : `${match.mentorName} is not in the pool of mentors ready to match.`}
          </Text>
          {match.menteeStage === 'ready' ? (
            <Text size="sm">{match.menteeName} is ready for another mentor.</Text>
          ) : (
            <Text size="sm">
              {match.menteeName}’s record is closed. If they would like another mentor (for example after an
              unplanned ending), set their record back to ready on{' '}
              <Anchor component={RouterLink} to={menteePath(match.menteeId)}>
                their page
              </Anchor>
              , then find them another mentor.
            </Text>
          )}
          <Group>
            <Button
              component={RouterLink}
              to={suggestionsPath(match.menteeId)}
              variant="light"
              size="sm"
              leftSection={<IconUserSearch size={16} aria-hidden />}
            >
              Find another mentor
            </Button>
          </Group>
        </Stack>
      </DetailSection>
      {mayWrite ? (
        EXIT_PARTIES.map((party) => (
          <ExitInterviewForm
            key={party}
            matchId={match.id}
            party={party}
            saved={interviews.find((i) => i.party === party)}
            endedOn={match.endedOn}
          />
        ))
      ) : (
        <Text size="sm" c="dimmed">
          {interviews.length} of 2 exit interviews recorded.
        </Text>
      )}
      <MatchLettersPanel matchId={match.id} />
    </Stack>
  );
}
