import { Button, Card, Loader, SimpleGrid, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconPencil, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { contract } from '../../../../shared/contract';
import type { Involvement } from '../../../../shared/contract/feedback';
import { INVOLVEMENT_KIND_LABELS } from '../../../../shared/feedback/feedback';
import { formatUkDate } from '../../../../shared/uk-date';
import { errorMessage } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { FormAlert } from '../../../components/FormAlert';
import { Page } from '../../../components/Page';
import { TableScroll } from '../../../components/TableScroll';
import { mayCall } from '../../../session/permissions';
import { useSignedIn } from '../../../session/session-context';
import { InvolvementModal } from './InvolvementModal';

const c = contract.feedback;

/** Service-user involvement (standard 30): this year's indicator, then every record, current first. */
export function InvolvementPage() {
  const { session } = useSignedIn();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Involvement | null>(null);
  const list = useChannelQuery(c.involvements, { pageSize: 200 });
  const mayWrite = mayCall(c.saveInvolvement, session.roles);
  const indicator = list.data?.indicator;
  return (
    <Page
      title="Service-user involvement"
      description="Former mentees who help run the service: as mentors, on the steering group or recruitment panels, in training and at events."
      actions={
        mayWrite && (
          <Button leftSection={<IconUserPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
            Record involvement
          </Button>
        )
      }
    >
      <Stack gap="md">
        <FormAlert title="The records could not be loaded">
          {list.error ? errorMessage(list.error) : null}
        </FormAlert>
        {!list.data && !list.error && <Loader aria-label="Loading service-user involvement" />}
        {indicator && (
          <Card withBorder padding="md" component="section" aria-labelledby="involvement-year-heading">
            <Title order={2} fz="h5" id="involvement-year-heading" mb="xs">
              {indicator.label}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" m={0}>
              <div>
                <Text component="dt" size="sm" c="dimmed" fw={600}>
                  Former mentees involved
                </Text>
                <Text component="dd" m={0} fz="xl" fw={700}>
                  {indicator.formerMentees}
                </Text>
              </div>
              <div>
                <Text component="dt" size="sm" c="dimmed" fw={600}>
                  Of them, now mentors
                </Text>
                <Text component="dd" m={0} fz="xl" fw={700}>
                  {indicator.nowMentors}
                </Text>
              </div>
            </SimpleGrid>
          </Card>
        )}
        {list.data?.items.length === 0 && <Text c="dimmed">No involvement recorded yet.</Text>}
        {!!list.data?.items.length && (
          <TableScroll label="Service-user involvement" minWidth={720}>
            <Table striped verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Former mentee</Table.Th>
                  <Table.Th scope="col">Involvement</Table.Th>
                  <Table.Th scope="col">Dates</Table.Th>
                  <Table.Th scope="col">Notes</Table.Th>
                  {mayWrite && (
                    <Table.Th scope="col">
                      <VisuallyHidden>Actions</VisuallyHidden>
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((v) => (
                  <Table.Tr key={v.id}>
                    <Table.Td style={{ verticalAlign: 'top' }}>
                      <Text size="sm" fw={600}>
                        {v.menteeName}
                      </Text>
                      <Text size="sm" c="dimmed">
                        {v.menteeReference}
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ verticalAlign: 'top' }}>
                      <Text size="sm">{INVOLVEMENT_KIND_LABELS[v.kind]}</Text>
                      {(v.role || v.mentorName) && (
                        <Text size="sm" c="dimmed">
                          {v.mentorName ? `Mentor record: ${v.mentorName}` : v.role}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
                      {formatUkDate(v.fromOn)} to {v.toOn ? formatUkDate(v.toOn) : 'now'}
                    </Table.Td>
                    <Table.Td style={{ verticalAlign: 'top' }}>
                      <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                        {v.notes}
                      </Text>
                    </Table.Td>
                    {mayWrite && (
                      <Table.Td w={100} style={{ verticalAlign: 'top' }}>
                        <Button
                          variant="subtle"
                          size="xs"
                          leftSection={<IconPencil size={14} aria-hidden />}
                          aria-label={`Change: ${v.menteeName}, ${INVOLVEMENT_KIND_LABELS[v.kind]}`}
                          onClick={() => setEditing(v)}
                        >
                          Change
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
      </Stack>
      {adding && <InvolvementModal onClose={() => setAdding(false)} />}
      {editing && <InvolvementModal involvement={editing} onClose={() => setEditing(null)} />}
    </Page>
  );
}
