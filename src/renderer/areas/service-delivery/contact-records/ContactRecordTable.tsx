import { Badge, Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { PHASE_LABELS, CONTACT_KIND_LABELS } from '../../../../shared/matching/relationship';
import type { ContactRecord } from '../../../../shared/contract/mentoring';
import { formatUkDate } from '../../../../shared/uk-date';
import { TableScroll } from '../../../components/TableScroll';

const badge = { size: 'sm', variant: 'light', style: { textTransform: 'none' } } as const;

/** One match's sessions, newest first: when, what kind, how long, where, and what stood out. */
export function ContactRecordTable({
  items,
  onCorrect,
  onRemove,
}: {
  items: ContactRecord[];
  onCorrect?(r: ContactRecord): void;
  onRemove?(r: ContactRecord): void;
}) {
  const actions = Boolean(onCorrect || onRemove);
  return (
    <TableScroll label="Sessions, newest first" minWidth={760}>
      <Table striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Date</Table.Th>
            <Table.Th scope="col">Kind</Table.Th>
            <Table.Th scope="col">Minutes</Table.Th>
            <Table.Th scope="col">Place</Table.Th>
            <Table.Th scope="col">Notes and actions</Table.Th>
            {actions && (
              <Table.Th scope="col">
                <VisuallyHidden>Change</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((r) => {
            const name = `the session of ${formatUkDate(r.onDate)}`;
            return (
              <Table.Tr key={r.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {formatUkDate(r.onDate)}
                  <Group gap={4} mt={2}>
                    <Badge {...badge} color={r.phase === 'post_release' ? 'indigo' : 'gray'}>
                      {PHASE_LABELS[r.phase]}
                    </Badge>
                  </Group>
                </Table.Td>
                <Table.Td>
                  {CONTACT_KIND_LABELS[r.kind]}
                  <Group gap={4} mt={2}>
                    {r.noShow && (
                      <Badge {...badge} color="orange">
                        No-show
                      </Badge>
                    )}
                    {r.concern && (
                      <Badge {...badge} color="red">
                        Concern
                      </Badge>
                    )}
                    {r.leadMentorAttended !== null && (
                      <Badge {...badge} color="teal">
                        {r.leadMentorAttended ? 'Lead mentor went' : 'No lead mentor'}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>{r.minutes ?? '—'}</Table.Td>
                <Table.Td>{r.place || '—'}</Table.Td>
                <Table.Td>
                  {r.notes && (
                    <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                      {r.notes}
                    </Text>
                  )}
                  {r.actionsAgreed && (
                    <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                      <strong>Actions:</strong> {r.actionsAgreed}
                    </Text>
                  )}
                  {r.menteeFeedback && (
                    <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                      <strong>Mentee said:</strong> {r.menteeFeedback}
                    </Text>
                  )}
                  {r.concern && (
                    <Text size="sm" c="red.8" style={{ whiteSpace: 'pre-line' }}>
                      <strong>Concern:</strong> {r.concernNote}
                    </Text>
                  )}
                  <Text size="xs" c="dimmed">
                    Recorded by {r.recordedByName}
                  </Text>
                </Table.Td>
                {actions && (
                  <Table.Td w={120}>
                    <Group gap={4} wrap="nowrap">
                      {onCorrect && (
                        <Button
                          variant="subtle"
                          size="xs"
                          px={6}
                          onClick={() => onCorrect(r)}
                          aria-label={`Correct ${name}`}
                        >
                          <IconPencil size={14} aria-hidden />
                        </Button>
                      )}
                      {onRemove && (
                        <Button
                          variant="subtle"
                          color="red"
                          size="xs"
                          px={6}
                          onClick={() => onRemove(r)}
                          aria-label={`Remove ${name}`}
                        >
                          <IconTrash size={14} aria-hidden />
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
