import { Alert, Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import type { Match } from '../../../../../shared/contract/matches';
import { PENDING_MATCH_STAGES } from '../../../../../shared/matching/match';
import { DetailSection } from '../../../../components/details/DetailSection';
import { RouterLink } from '../../../../app/RouterLink';
import { ukOrDash } from '../match-format';
import { matchPath } from '../match-paths';
import { MatchStageBadge } from '../MatchStageBadge';
import { RespondModal } from './WorkflowModals';

/**
 * The proposal and both answers: the mentor is told the basics and answers first, then the mentee.
 * A decline by either side shows here with its reason, recorded without blame.
 */
export function AnswersSection({ match, mayWrite }: { match: Match; mayWrite: boolean }) {
  const [asking, setAsking] = useState<{ party: 'mentor' | 'mentee'; declining: boolean } | null>(null);
  const pending = PENDING_MATCH_STAGES.includes(match.stage);
  const mentorMayAnswer = mayWrite && match.stage === 'proposed';
  const menteeMayAnswer = mayWrite && match.stage === 'mentor_agreed';
  const answer = (agreedOn: string | null, party: 'mentor' | 'mentee') =>
    agreedOn
      ? `Agreed on ${ukOrDash(agreedOn)}`
      : match.declinedBy === party
        ? `Declined on ${ukOrDash(match.declinedOn)}`
        : 'Not yet answered';
  return (
    <DetailSection title="Proposal and answers">
      <Stack gap="sm">
        <Text size="sm">
          Proposed on {ukOrDash(match.proposedOn)}
          {match.proposedByName ? ` by ${match.proposedByName}` : ''}
          {match.suggestionRank ? `, suggestion number ${match.suggestionRank}` : ''}
          {match.score !== null && match.score !== undefined ? ` (score ${match.score})` : ''}.
        </Text>
        {match.overrideReason && (
          <Text size="sm">Why this mentor was chosen over a higher-ranked one: {match.overrideReason}</Text>
        )}
        {match.releaseWarning && (
          <Alert color="orange" title="Close to release">
            The match was proposed less than the programme’s advised time before the mentee’s release.
          </Alert>
        )}
        <Table withTableBorder fz="sm" aria-label="Answers to the proposed match">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Who</Table.Th>
              <Table.Th scope="col">Told on</Table.Th>
              <Table.Th scope="col">Answer</Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <Table.Tr>
              <Table.Th scope="row">Mentor: {match.mentor.displayName}</Table.Th>
              <Table.Td>{ukOrDash(match.mentorToldOn)}</Table.Td>
              <Table.Td>{answer(match.mentorAgreedOn, 'mentor')}</Table.Td>
              <Table.Td>
                {mentorMayAnswer && (
                  <Button size="xs" onClick={() => setAsking({ party: 'mentor', declining: false })}>
                    Record the mentor’s answer
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">Mentee: {match.mentee.displayName}</Table.Th>
              <Table.Td>{ukOrDash(match.menteeToldOn)}</Table.Td>
              <Table.Td>
                {match.stage === 'proposed' && match.declinedBy !== 'mentee'
                  ? 'Asked once the mentor agrees'
                  : answer(match.menteeAgreedOn, 'mentee')}
              </Table.Td>
              <Table.Td>
                {menteeMayAnswer && (
                  <Button size="xs" onClick={() => setAsking({ party: 'mentee', declining: false })}>
                    Record the mentee’s answer
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
        {mayWrite && pending && match.stage !== 'proposed' && (
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              Either of them can still decline before the match is active.
            </Text>
            <Button
              size="xs"
              variant="default"
              onClick={() => setAsking({ party: 'mentor', declining: true })}
            >
              The mentor has changed their mind
            </Button>
            {match.stage === 'mentee_agreed' && (
              <Button
                size="xs"
                variant="default"
                onClick={() => setAsking({ party: 'mentee', declining: true })}
              >
                The mentee has changed their mind
              </Button>
            )}
          </Group>
        )}
        {match.stage === 'declined' && (
          <Alert color="gray" title={`Declined by the ${match.declinedBy ?? 'mentor'}`}>
            {match.declineReason || 'No reason recorded.'} The mentee stays ready to match, and this reason is
            shown at the next suggestion.
          </Alert>
        )}
        {match.earlierMatches.length > 0 && <EarlierMatches match={match} />}
      </Stack>
      {asking && (
        <RespondModal
          match={match}
          party={asking.party}
          declining={asking.declining}
          opened
          onClose={() => setAsking(null)}
        />
      )}
    </DetailSection>
  );
}

function EarlierMatches({ match }: { match: Match }) {
  return (
    <Stack gap={4}>
      <Text fw={600} size="sm">
        {match.mentee.displayName}’s other matches
      </Text>
      <Table withTableBorder fz="sm" aria-label="The mentee’s other matches">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Match</Table.Th>
            <Table.Th scope="col">Mentor</Table.Th>
            <Table.Th scope="col">Stage</Table.Th>
            <Table.Th scope="col">Dates</Table.Th>
            <Table.Th scope="col">Reason</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {match.earlierMatches.map((e) => (
            <Table.Tr key={e.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <RouterLink to={matchPath(e.id)}>{e.reference}</RouterLink>
              </Table.Td>
              <Table.Td>{e.mentorName}</Table.Td>
              <Table.Td>
                <MatchStageBadge stage={e.stage} />
              </Table.Td>
              <Table.Td>
                Proposed {ukOrDash(e.proposedOn)}
                {e.activeOn ? `, active ${ukOrDash(e.activeOn)}` : ''}
                {e.endedOn ? `, ended ${ukOrDash(e.endedOn)}` : ''}
                {e.declinedOn ? `, declined by the ${e.declinedBy ?? ''} ${ukOrDash(e.declinedOn)}` : ''}
              </Table.Td>
              <Table.Td>{e.declineReason || '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
