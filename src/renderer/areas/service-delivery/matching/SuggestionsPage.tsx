import { Alert, Anchor, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useParams } from 'react-router';
import { contract } from '../../../../shared/contract';
import type { Candidate } from '../../../../shared/contract/matching';
import { formatUkDate } from '../../../../shared/uk-date';
import { errorMessage } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { RouterLink } from '../../../app/RouterLink';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import { mayCall } from '../../../session/permissions';
import { useSignedIn } from '../../../session/session-context';
import { matchPath } from '../matches/match-paths';
import { CandidateCard, GateList } from './CandidateCard';
import { EarlierDeclines } from './EarlierDeclines';
import { monthsText } from './matching-format';
import { ProposeMatchModal } from './ProposeMatchModal';

/** Suggested mentors for one ready mentee, best first, each explained; those ruled out, and why. */
export function SuggestionsPage() {
  const { menteeId = '' } = useParams();
  const { session } = useSignedIn();
  const query = useChannelQuery(contract.matching.suggestions, { menteeId });
  const [proposing, setProposing] = useState<Candidate | null>(null);
  const s = query.data;
  if (!s)
    return (
      <Page title="Suggested mentors">
        <FormAlert title="The suggestions could not be loaded">
          {query.error ? errorMessage(query.error) : null}
        </FormAlert>
        {!query.error && <Loader aria-label="Loading suggestions" />}
      </Page>
    );
  const m = s.mentee;
  const canPropose =
    mayCall(contract.matching.propose, session.roles) && m.stage === 'ready' && !m.openMatchId;
  const release = m.releaseDate
    ? `release ${formatUkDate(m.releaseDate)} (${monthsText(m.monthsToRelease)})`
    : 'release date not known';
  return (
    <Page
      title={`Suggested mentors for ${m.displayName}`}
      description={`${m.reference} · ${m.establishmentName ?? 'No current establishment'} · ${release}${m.homeArea ? ` · home area on release: ${m.homeArea}` : ''}`}
    >
      <Stack gap="md">
        {s.releaseWarning && (
          <Alert color="orange" title="Release is soon">
            {s.releaseWarning}
          </Alert>
        )}
        {m.openMatchId && (
          <Alert color="blue" title="Already in a match">
            This mentee has a match in progress.{' '}
            <Anchor component={RouterLink} to={matchPath(m.openMatchId)}>
              Open the match
            </Anchor>
            .
          </Alert>
        )}
        {m.stage !== 'ready' && !m.openMatchId && (
          <Alert color="yellow" title="Not ready to be matched">
            Suggestions are shown, but a match can be proposed only once the mentee is ready to be matched.
          </Alert>
        )}
        <EarlierDeclines declines={s.declines} />
        <section aria-labelledby="suggested-heading">
          <Title order={2} fz="h3" id="suggested-heading" mb="xs">
            Suggested ({s.candidatesTotal})
          </Title>
          {s.candidatesTotal > s.candidates.length && (
            <Text size="sm" c="dimmed" mb="xs">
              The best {s.candidates.length} are shown.
            </Text>
          )}
          {s.candidates.length === 0 ? (
            <Text c="dimmed">
              No mentor passes every check for this mentee. See who was not suggested below.
            </Text>
          ) : (
            <Stack gap="sm">
              {s.candidates.map((c) => (
                <CandidateCard
                  key={c.mentorId}
                  candidate={c}
                  initiallyOpen={c.rank === 1}
                  onPropose={canPropose ? () => setProposing(c) : undefined}
                />
              ))}
            </Stack>
          )}
        </section>
        <NotSuggested items={s.notSuggested} total={s.notSuggestedTotal} />
      </Stack>
      <ProposeMatchModal suggestions={s} candidate={proposing} onClose={() => setProposing(null)} />
    </Page>
  );
}

function NotSuggested({ items, total }: { items: Candidate[]; total: number }) {
  if (total === 0) return null;
  return (
    <section aria-labelledby="not-suggested-heading">
      <Title order={2} fz="h3" id="not-suggested-heading" mb="xs">
        Not suggested ({total})
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        These mentors fail at least one check that must be met before a match.
        {total > items.length ? ` The ${items.length} nearest to passing are shown.` : ''}
      </Text>
      <Table withTableBorder verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Mentor</Table.Th>
            <Table.Th scope="col">Checks not met</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((c) => (
            <Table.Tr key={c.mentorId}>
              <Table.Th scope="row" fw={500}>
                {c.name}
              </Table.Th>
              <Table.Td>
                <GateList gates={c.gates.filter((g) => g.outcome === 'fail')} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </section>
  );
}
