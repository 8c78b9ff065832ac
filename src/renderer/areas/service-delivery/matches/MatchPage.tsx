import { Anchor, Button, Group, Loader, Stack, Tabs, Text } from '@mantine/core';
import { IconArrowLeft, IconPrinter } from '@tabler/icons-react';
import { useParams, useSearchParams } from 'react-router';
import { contract } from '../../../../shared/contract';
import type { Match } from '../../../../shared/contract/matches';
import { PENDING_MATCH_STAGES } from '../../../../shared/matching/match';
import { errorMessage, isApiError } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { RouterLink } from '../../../app/RouterLink';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import { mayCall } from '../../../session/permissions';
import { useSignedIn } from '../../../session/session-context';
import { MatchPlanTab } from '../../individual-needs/action-plans/MatchPlanTab';
import { MatchReviewsTab } from '../../individual-needs/action-plans/MatchReviewsTab';
import { menteePath } from '../../assessment/mentees/mentee-paths';
import { MatchCheckInsTab } from '../contact-records/MatchCheckInsTab';
import { MatchContactsTab } from '../contact-records/MatchContactsTab';
import { MatchEndingTab } from '../endings/MatchEndingTab';
import { MatchIncidentsTab } from '../incidents/MatchIncidentsTab';
import { ukOrDash } from './match-format';
import { matchFilePath, MATCH_TABS, MATCHES_PATH, type MatchTab } from './match-paths';
import { MatchGatePanel } from './MatchGatePanel';
import { MatchStageBadge } from './MatchStageBadge';
import { ActivityFundPanel } from '../budgets/ActivityFundPanel';
import { AgreementSection } from './overview/AgreementSection';
import { AnswersSection } from './overview/AnswersSection';
import { MeetingSection } from './overview/MeetingSection';
import { RiskSection } from './overview/RiskSection';
import { mentorPath } from '../../service-development/mentors/mentor-paths';
import { MatchHistory } from './MatchHistory';

const TAB_LABELS: Record<MatchTab, string> = {
  overview: 'Overview',
  contacts: 'Contacts',
  'check-ins': 'Check-ins',
  plan: 'Plan',
  reviews: 'Reviews',
  incidents: 'Incidents',
  ending: 'Ending',
};

const BackToList = () => (
  <Anchor component={RouterLink} to={MATCHES_PATH} size="sm">
    <Group gap={4} component="span">
      <IconArrowLeft size={14} aria-hidden />
      All matches
    </Group>
  </Anchor>
);

/** One match: the workflow up to active, then the relationship's tabs. */
export function MatchPage() {
  const { id = '' } = useParams();
  const found = useChannelQuery(contract.matches.get, { matchId: id });
  if (found.error)
    return (
      <Page title={isApiError(found.error) && found.error.code === 'NOT_FOUND' ? 'Match not found' : 'Match'}>
        <FormAlert title="The match could not be shown">{errorMessage(found.error)}</FormAlert>
        <BackToList />
      </Page>
    );
  if (!found.data)
    return (
      <Stack align="flex-start">
        <Loader aria-label="Loading the match" />
      </Stack>
    );
  return <MatchDetails match={found.data} />;
}

function MatchDetails({ match }: { match: Match }) {
  const { session } = useSignedIn();
  const [params, setParams] = useSearchParams();
  const tab: MatchTab = (MATCH_TABS as readonly string[]).includes(params.get('tab') ?? '')
    ? (params.get('tab') as MatchTab)
    : 'overview';
  const mayWrite = mayCall(contract.matches.respond, session.roles);
  const pending = PENDING_MATCH_STAGES.includes(match.stage);
  return (
    <Page
      title={`${match.mentor.displayName} and ${match.mentee.displayName}`}
      description={
        <Group gap="xs" component="span">
          <MatchStageBadge stage={match.stage} />
          <span>
            {match.reference}, since {ukOrDash(match.stageSince)}
            {match.mentee.establishmentName ? `, ${match.mentee.establishmentName}` : ''}
          </span>
        </Group>
      }
      actions={
        <Button
          variant="subtle"
          component={RouterLink}
          to={matchFilePath(match.id)}
          leftSection={<IconPrinter size={16} aria-hidden />}
        >
          Match file
        </Button>
      }
    >
      <BackToList />
      <Text size="sm">
        Mentor:{' '}
        <Anchor component={RouterLink} to={mentorPath(match.mentor.id)}>
          {match.mentor.displayName}
        </Anchor>
        {match.mentor.clusterName ? ` (${match.mentor.clusterName})` : ''}. Mentee:{' '}
        <Anchor component={RouterLink} to={menteePath(match.mentee.id)}>
          {match.mentee.displayName}
        </Anchor>{' '}
        ({match.mentee.reference}
        {match.mentee.releaseDate ? `, release ${ukOrDash(match.mentee.releaseDate)}` : ''}
        {match.mentee.caseworkerName ? `, caseworker ${match.mentee.caseworkerName}` : ''}).
        {match.activeOn ? ` Active since ${ukOrDash(match.activeOn)}.` : ''}
        {match.nextReviewDue && match.stage === 'active'
          ? ` Next review ${ukOrDash(match.nextReviewDue)}.`
          : ''}
      </Text>
      {pending && <MatchGatePanel match={match} mayWrite={mayWrite} />}
      <Tabs
        value={tab}
        onChange={(value) =>
          setParams(
            (p) => {
              const next = new URLSearchParams(p);
              if (!value || value === 'overview') next.delete('tab');
              else next.set('tab', value);
              return next;
            },
            { replace: true },
          )
        }
        keepMounted={false}
      >
        <Tabs.List aria-label="Parts of the match">
          {MATCH_TABS.map((t) => (
            <Tabs.Tab key={t} value={t}>
              {TAB_LABELS[t]}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="overview" pt="md">
          <Stack gap="lg">
            <AnswersSection match={match} mayWrite={mayWrite} />
            <RiskSection match={match} mayWrite={mayWrite} />
            <MeetingSection match={match} mayWrite={mayWrite} />
            <AgreementSection match={match} mayWrite={mayWrite} />
            <ActivityFundPanel matchId={match.id} reference={match.reference} />
            <MatchHistory match={match} />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="contacts" pt="md">
          <MatchContactsTab matchId={match.id} />
        </Tabs.Panel>
        <Tabs.Panel value="check-ins" pt="md">
          <MatchCheckInsTab matchId={match.id} />
        </Tabs.Panel>
        <Tabs.Panel value="plan" pt="md">
          <MatchPlanTab matchId={match.id} />
        </Tabs.Panel>
        <Tabs.Panel value="reviews" pt="md">
          <MatchReviewsTab matchId={match.id} />
        </Tabs.Panel>
        <Tabs.Panel value="incidents" pt="md">
          <MatchIncidentsTab matchId={match.id} />
        </Tabs.Panel>
        <Tabs.Panel value="ending" pt="md">
          <MatchEndingTab matchId={match.id} />
        </Tabs.Panel>
      </Tabs>
    </Page>
  );
}
