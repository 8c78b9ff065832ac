import { Anchor, Button, Loader, Stack, Switch, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { contract } from '../../../../shared/contract';
import { formatPence } from '../../../../shared/expenses/expenses';
import { INSURANCE_KIND_LABELS } from '../../../../shared/policies/policies';
import { formatUkDate } from '../../../../shared/uk-date';
import { errorMessage } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { RouterLink } from '../../../app/RouterLink';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import { TableScroll } from '../../../components/TableScroll';
import { mayCall } from '../../../session/permissions';
import { useSignedIn } from '../../../session/session-context';
import { DateBadge } from './DateBadge';
import { InsuranceModal } from './InsuranceModal';
import { insurancePath } from './policy-paths';

const c = contract.policies;

/** The programme's insurance, soonest expiry first (standard 25). */
export function InsurancePage() {
  const { session } = useSignedIn();
  const [archived, setArchived] = useState(false);
  const [adding, setAdding] = useState(false);
  const list = useChannelQuery(c.insurance, { includeArchived: archived });
  return (
    <Page
      title="Insurance"
      description="The programme’s insurance, its cover and when each policy ends. Renewals come onto the work queue before they are due."
      actions={
        mayCall(c.saveInsurance, session.roles) && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
            Add insurance
          </Button>
        )
      }
    >
      <Stack gap="md">
        <Switch
          label="Show insurance no longer held"
          checked={archived}
          onChange={(e) => setArchived(e.currentTarget.checked)}
        />
        <FormAlert title="The insurance could not be loaded">
          {list.error ? errorMessage(list.error) : null}
        </FormAlert>
        {!list.data && !list.error && <Loader aria-label="Loading the insurance" />}
        {list.data?.length === 0 && <Text c="dimmed">No insurance recorded yet.</Text>}
        {!!list.data?.length && (
          <TableScroll label="Insurance, soonest expiry first" minWidth={720}>
            <Table striped verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Insurance</Table.Th>
                  <Table.Th scope="col">Insurer and number</Table.Th>
                  <Table.Th scope="col" ta="right">
                    Cover
                  </Table.Th>
                  <Table.Th scope="col">Starts</Table.Th>
                  <Table.Th scope="col">Ends</Table.Th>
                  <Table.Th scope="col">Schedule</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.map((i) => (
                  <Table.Tr key={i.id}>
                    <Table.Td>
                      <Anchor component={RouterLink} to={insurancePath(i.id)} size="sm" fw={600}>
                        {INSURANCE_KIND_LABELS[i.kind]}
                      </Anchor>
                      {i.archived && (
                        <Text size="xs" c="dimmed">
                          No longer held
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{i.insurer}</Text>
                      <Text size="xs" c="dimmed">
                        {i.policyNumber || 'No number recorded'}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      <Text size="sm">
                        {i.coverAmountPence != null ? formatPence(i.coverAmountPence) : '—'}
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatUkDate(i.startsOn)}</Table.Td>
                    <Table.Td>
                      <DateBadge date={i.expiresOn} state={i.renewalState} overdueWord="Expired" />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c={i.file ? undefined : 'dimmed'}>
                        {i.file ? 'Attached' : 'None'}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
      </Stack>
      {adding && <InsuranceModal item={null} onClose={() => setAdding(false)} />}
    </Page>
  );
}
