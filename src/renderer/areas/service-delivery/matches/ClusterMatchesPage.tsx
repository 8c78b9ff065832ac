import { Stack, Table, Text } from '@mantine/core';
import { contract } from '../../../../shared/contract';
import { errorMessage } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import { TableScroll } from '../../../components/TableScroll';
import { ukOrDash } from './match-format';
import { MatchStageBadge } from './MatchStageBadge';

/**
 * A lead mentor's view of the matches in their cluster: which of their mentors is matched with
 * whom (the mentee by first name only), where, and how far along. Nothing of the casework.
 */
export function ClusterMatchesPage() {
  const found = useChannelQuery(contract.matches.myCluster, {});
  const items = found.data?.items;
  return (
    <Page
      title="Matches in my cluster"
      description="The mentors you support and who they are matched with. The casework stays with the service’s staff."
    >
      <Stack gap="md">
        <FormAlert title="The matches could not be loaded">
          {found.error ? errorMessage(found.error) : null}
        </FormAlert>
        {!items && !found.error && (
          <Text size="sm" c="dimmed">
            Loading the matches…
          </Text>
        )}
        {items && items.length === 0 && (
          <Text c="dimmed">No mentor in your cluster has a match at the moment.</Text>
        )}
        {items && items.length > 0 && (
          <TableScroll label="Matches in my cluster, scrollable" minWidth={640}>
            <Table striped withTableBorder aria-label="Matches in my cluster">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Mentor</Table.Th>
                  <Table.Th scope="col">Mentee</Table.Th>
                  <Table.Th scope="col">Establishment</Table.Th>
                  <Table.Th scope="col">Stage</Table.Th>
                  <Table.Th scope="col">Active since</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((m) => (
                  <Table.Tr key={m.id}>
                    <Table.Td>{m.mentorName}</Table.Td>
                    <Table.Td>{m.menteeFirstName}</Table.Td>
                    <Table.Td>{m.establishmentName ?? '—'}</Table.Td>
                    <Table.Td>
                      <MatchStageBadge stage={m.stage} />
                    </Table.Td>
                    <Table.Td>{ukOrDash(m.activeOn)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
      </Stack>
    </Page>
  );
}
