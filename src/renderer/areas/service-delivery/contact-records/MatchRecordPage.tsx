import { Anchor, Group, Tabs } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useParams, useSearchParams } from 'react-router';
import { contract } from '../../../../shared/contract';
import { useChannelQuery } from '../../../api/channels';
import { RouterLink } from '../../../app/RouterLink';
import { Page } from '../../../components/Page';
import { matchPath } from '../matches/match-paths';
import { RECORD_OF_CONTACT_PATH } from './contact-paths';
import { MatchCheckInsTab } from './MatchCheckInsTab';
import { MatchContactsTab } from './MatchContactsTab';

/**
 * One active match's sessions and check-ins, straight from the Record of contact list: the same
 * tabs as on the match's own page, without the rest of the match to load first.
 */
export function MatchRecordPage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'check-ins' ? 'check-ins' : 'contacts';
  const active = useChannelQuery(contract.mentoring.activeMatches, {});
  const match = active.data?.items.find((x) => x.id === id);
  return (
    <Page
      title={match ? `${match.mentorName} and ${match.menteeName}` : 'Record of contact'}
      description={match ? `Match ${match.reference}: record of contact and check-ins.` : undefined}
    >
      <Group gap="lg">
        <Anchor component={RouterLink} to={RECORD_OF_CONTACT_PATH} size="sm">
          <IconArrowLeft size={14} aria-hidden /> Back to the record of contact
        </Anchor>
        <Anchor component={RouterLink} to={matchPath(id)} size="sm">
          Open the whole match
        </Anchor>
      </Group>
      <Tabs
        value={tab}
        onChange={(value) => setParams(value === 'check-ins' ? { tab: 'check-ins' } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List aria-label="Parts of the record of contact">
          <Tabs.Tab value="contacts">Sessions</Tabs.Tab>
          <Tabs.Tab value="check-ins">Check-ins with the mentor</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="contacts" pt="md">
          <MatchContactsTab matchId={id} />
        </Tabs.Panel>
        <Tabs.Panel value="check-ins" pt="md">
          <MatchCheckInsTab matchId={id} />
        </Tabs.Panel>
      </Tabs>
    </Page>
  );
}
