import { Badge, Stack, Table, Text } from '@mantine/core';
import type { Mentor } from '../../../../shared/contract/mentors';
import { formatUkDate } from '../../../../shared/uk-date';
import { formatDateTime } from '../../../components/dates';
import { DetailSection } from '../../../components/details/DetailSection';
import { TableScroll } from '../../../components/TableScroll';
import { StageBadge } from './StageBadge';

/** Every step of the mentor's recruitment, newest first, and what was recorded about pausing or leaving. */
export function MentorPipelineTab({ mentor: x }: { mentor: Mentor }) {
  const paused = x.stage === 'on_hold';
  const left = x.stage === 'left';
  return (
    <Stack gap="lg">
      {(paused || left) && (
        <DetailSection
          title={paused ? 'On hold' : 'Leaving'}
          items={
            paused
              ? [
                  { label: 'Reason', value: x.onHoldReason ?? '', wide: true },
                  { label: 'Follow up by', value: x.followUpDue ? formatUkDate(x.followUpDue) : '' },
                ]
              : [
                  { label: 'Left on', value: x.leftDate ? formatUkDate(x.leftDate) : '' },
                  {
                    label: 'Exit interview',
                    value: x.exitInterviewDate ? formatUkDate(x.exitInterviewDate) : '',
                  },
                  { label: 'Reason', value: x.leftReason ?? '', wide: true },
                  { label: 'Exit interview notes', value: x.exitInterviewNotes ?? '', wide: true },
                ]
          }
        />
      )}
      <DetailSection title="Steps so far">
        <TableScroll label="Table of the steps so far" minWidth={640}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Stage</Table.Th>
                <Table.Th scope="col">On</Table.Th>
                <Table.Th scope="col">Note</Table.Th>
                <Table.Th scope="col">Recorded by</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {x.history.map((h) => (
                <Table.Tr key={h.id}>
                  <Table.Td>
                    <StageBadge stage={h.stage} />
                    {h.byException && (
                      <Badge
                        ml="xs"
                        size="sm"
                        color="orange"
                        variant="light"
                        style={{ textTransform: 'none' }}
                      >
                        By exception
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{formatUkDate(h.onDate)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{h.note ?? ''}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{h.recordedByName ?? 'A former member of staff'}</Text>
                    {h.recordedAt && (
                      <Text size="xs" c="dimmed">
                        {formatDateTime(h.recordedAt)}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      </DetailSection>
    </Stack>
  );
}
