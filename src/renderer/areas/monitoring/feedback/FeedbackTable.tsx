import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import type { Feedback } from '../../../../shared/contract/feedback';
import {
  FEEDBACK_FROM_LABELS,
  FEEDBACK_METHOD_LABELS,
  FEEDBACK_THEME_LABELS,
} from '../../../../shared/feedback/feedback';
import { formatUkDate } from '../../../../shared/uk-date';
import { TableScroll } from '../../../components/TableScroll';
import { ratingText } from './feedback-format';

/** Who the feedback names, in a few words ("Anonymous", or the linked people). */
const aboutText = (f: Feedback): string =>
  f.anonymous
    ? 'Anonymous'
    : [f.menteeName, f.mentorName && `mentor ${f.mentorName}`, f.matchReference, f.partnerName]
        .filter(Boolean)
        .join(', ') || 'Not linked';

/** Feedback, newest first: who, how, the rating, what was said and its themes. */
export function FeedbackTable({ items, onEdit }: { items: Feedback[]; onEdit?(f: Feedback): void }) {
  return (
    <TableScroll label="Feedback, newest first" minWidth={720}>
      <Table striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Received</Table.Th>
            <Table.Th scope="col">From</Table.Th>
            <Table.Th scope="col">Rating</Table.Th>
            <Table.Th scope="col">What was said</Table.Th>
            <Table.Th scope="col">Themes</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((f) => (
            <Table.Tr key={f.id}>
              {/* Correct sits under the date, so it is in view at 1024 px rather than past the
                  table's right edge in a box that scrolls sideways. */}
              <Table.Td style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
                {formatUkDate(f.receivedOn)}
                {onEdit && (
                  <Button
                    display="block"
                    variant="subtle"
                    size="compact-xs"
                    mt={4}
                    leftSection={<IconPencil size={14} aria-hidden />}
                    aria-label={`Correct: feedback of ${formatUkDate(f.receivedOn)} from ${FEEDBACK_FROM_LABELS[f.fromKind].toLowerCase()}`}
                    onClick={() => onEdit(f)}
                  >
                    Correct
                  </Button>
                )}
              </Table.Td>
              <Table.Td style={{ verticalAlign: 'top' }}>
                <Text size="sm" fw={600}>
                  {FEEDBACK_FROM_LABELS[f.fromKind]}
                </Text>
                <Text size="sm" c="dimmed">
                  {FEEDBACK_METHOD_LABELS[f.method]}; {aboutText(f)}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
                {ratingText(f.rating)}
              </Table.Td>
              <Table.Td style={{ verticalAlign: 'top' }}>
                {f.wentWell && <Text size="sm">Went well: {f.wentWell}</Text>}
                {f.couldBeBetter && <Text size="sm">Could be better: {f.couldBeBetter}</Text>}
                {f.comments && (
                  <Text size="sm" c="dimmed">
                    {f.comments}
                  </Text>
                )}
                {f.actions > 0 && (
                  <Badge size="sm" variant="light" color="green" mt={4}>
                    {f.actions === 1 ? 'In a “you said, we did” action' : `In ${f.actions} actions`}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td style={{ verticalAlign: 'top' }}>
                <Group gap={4}>
                  {f.themes.map((t) => (
                    <Badge key={t} size="sm" variant="outline">
                      {FEEDBACK_THEME_LABELS[t]}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
