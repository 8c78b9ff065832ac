import { Button, Loader, Stack, Switch, Tabs, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { contract } from '../../../../shared/contract';
import { errorMessage } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import { mayCall } from '../../../session/permissions';
import { useSignedIn } from '../../../session/session-context';
import { LiteratureSection } from './LiteratureSection';
import { PolicyIndicators } from './PolicyIndicators';
import { NewPolicyModal } from './PolicyModals';
import { PolicyTable } from './PolicyTable';

const c = contract.policies;

/**
 * The policies register (the manual's six recommended policies first) and, on its own tab, the
 * programme's handbooks and leaflets.
 */
export function PoliciesPage() {
  const { session } = useSignedIn();
  const [tab, setTab] = useState<string | null>('register');
  const [withdrawn, setWithdrawn] = useState(false);
  const [adding, setAdding] = useState(false);
  const list = useChannelQuery(c.list, { includeWithdrawn: withdrawn });
  return (
    <Page
      title="Policies"
      description="The programme’s policies with their current version, owner and review date, and its handbooks and leaflets."
      actions={
        tab === 'register' &&
        mayCall(c.create, session.roles) && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
            Add a policy
          </Button>
        )
      }
    >
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="register">Register</Tabs.Tab>
          <Tabs.Tab value="literature">Handbooks and leaflets</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="register" pt="md">
          <Stack gap="md">
            {mayCall(c.indicators, session.roles) && <PolicyIndicators />}
            <Switch
              label="Show withdrawn policies"
              checked={withdrawn}
              onChange={(e) => setWithdrawn(e.currentTarget.checked)}
            />
            <FormAlert title="The register could not be loaded">
              {list.error ? errorMessage(list.error) : null}
            </FormAlert>
            {!list.data && !list.error && <Loader aria-label="Loading the policies" />}
            {list.data?.length === 0 && <Text c="dimmed">No policies yet.</Text>}
            {!!list.data?.length && <PolicyTable items={list.data} />}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="literature" pt="md">
          <LiteratureSection />
        </Tabs.Panel>
      </Tabs>
      {adding && <NewPolicyModal onClose={() => setAdding(false)} />}
    </Page>
  );
}
