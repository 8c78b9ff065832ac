import { Anchor, Badge, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { contract } from '../../../../shared/contract';
import { errorMessage } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { RouterLink } from '../../../app/RouterLink';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import { TableScroll } from '../../../components/TableScroll';
import { ukDateOr } from './contact-format';
import { recordOfContactPath } from './contact-paths';
import { FollowUpsPanel } from './FollowUpsPanel';

/**
 * The way in to the form people fill most: the active matches whose casework the signed-in person
 * holds (their caseload; everything for a co-ordinator), the longest without contact at the top,
 * each a link to its sessions. Concerns still to follow up are listed above.
 */
export function RecordOfContactPage() {
  const list = useChannelQuery(contract.mentoring.activeMatches, {});
  return (
    <Page
      title="Record of contact"
      description="Record each session and check-in for the active matches you look after. The longest without contact are at the top."
    >
      <Stack gap="lg">
        <FollowUpsPanel />
        <section aria-labelledby="active-matches-heading">
          <Title order={2} fz="h4" id="active-matches-heading" mb="xs">
            Active matches
          </Title>
          <FormAlert title="The matches could not be loaded">
            {list.error ? errorMessage(list.error) : null}
          </FormAlert>
          {!list.data && !list.error && <Loader aria-label="Loading the matches" />}
          {list.data?.items.length === 0 && <Text c="dimmed">No active matches to record contact for.</Text>}
          {!!list.data?.items.length && (
            <TableScroll label="Active matches, longest without contact first" minWidth={640}>
              <Table striped verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Mentor and mentee</Table.Th>
                    <Table.Th scope="col">Match</Table.Th>
                    <Table.Th scope="col">Active since</Table.Th>
                    <Table.Th scope="col">Last contact</Table.Th>
                    <Table.Th scope="col">Needs attention</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.data.items.map((x) => (
                    <Table.Tr key={x.id}>
                      <Table.Td>
                        <Anchor component={RouterLink} to={recordOfContactPath(x.id)}>
                          {x.mentorName} and {x.menteeName}
                        </Anchor>
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{x.reference}</Table.Td>
                      <Table.Td>{ukDateOr(x.activeOn)}</Table.Td>
                      <Table.Td>{ukDateOr(x.lastContactOn, 'None yet')}</Table.Td>
                      <Table.Td>
                        {x.noShowStreak > 1 && (
                          <Badge color="orange" variant="light" size="sm" style={{ textTransform: 'none' }}>
                            {x.noShowStreak} missed in a row
                          </Badge>
                        )}
                        {x.openFollowUps > 0 && (
                          <Badge
                            ml={4}
                            color="red"
                            variant="light"
                            size="sm"
                            style={{ textTransform: 'none' }}
                          >
                            {x.openFollowUps === 1 ? '1 concern open' : `${x.openFollowUps} concerns open`}
                          </Badge>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          )}
        </section>
      </Stack>
    </Page>
  );
}
