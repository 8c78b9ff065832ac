import { Anchor, Badge, Button, Group, Loader, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { contract } from '../../../../shared/contract';
import { CALL_DIRECTION_LABELS } from '../../../../shared/supervision/supervision';
import { formatUkDate } from '../../../../shared/uk-date';
import { errorMessage } from '../../../api/api-error';
import { useChannelQuery } from '../../../api/channels';
import { RouterLink } from '../../../app/RouterLink';
import { FormAlert } from '../../../components/FormAlert';
import { TableScroll } from '../../../components/TableScroll';
import { supervisionMentorPath } from './supervision-paths';

const PAGE_SIZE = 50;

/** The telephone support log across mentors, newest first. Calls are logged from a mentor’s page. */
export function CallsLog() {
  const [page, setPage] = useState(1);
  const found = useChannelQuery(contract.supervision.calls, { page, pageSize: PAGE_SIZE });
  if (found.error)
    return <FormAlert title="The log could not be shown">{errorMessage(found.error)}</FormAlert>;
  if (!found.data) return <Loader aria-label="Loading the telephone support log" />;
  const { items, total } = found.data;
  if (!total)
    return (
      <Text c="dimmed">
        No telephone support has been logged yet. Log a call from the mentor’s supervision page.
      </Text>
    );
  return (
    <>
      <TableScroll label="Telephone support log" minWidth={860}>
        <Table striped aria-label="Telephone support log">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Date</Table.Th>
              <Table.Th scope="col">Mentor</Table.Th>
              <Table.Th scope="col">Call</Table.Th>
              <Table.Th scope="col">Minutes</Table.Th>
              <Table.Th scope="col">Topic</Table.Th>
              <Table.Th scope="col">Follow-up</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>{formatUkDate(c.calledOn)}</Table.Td>
                <Table.Td>
                  <Anchor component={RouterLink} to={supervisionMentorPath(c.mentorId)}>
                    {c.mentorName}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  {CALL_DIRECTION_LABELS[c.direction]} ({c.staffName})
                </Table.Td>
                <Table.Td>{c.minutes}</Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{c.topic}</Table.Td>
                <Table.Td>
                  {c.followUpNeeded ? (
                    <Badge color="orange" variant="light" tt="none">
                      Needed{c.followUpNote ? `: ${c.followUpNote}` : ''}
                    </Badge>
                  ) : (
                    'None'
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      {total > PAGE_SIZE && (
        <Group mt="sm">
          <Button variant="default" size="xs" disabled={page === 1} onClick={() => setPage(page - 1)}>
            Newer calls
          </Button>
          <Button
            variant="default"
            size="xs"
            disabled={page * PAGE_SIZE >= total}
            onClick={() => setPage(page + 1)}
          >
            Older calls
          </Button>
        </Group>
      )}
    </>
  );
}
