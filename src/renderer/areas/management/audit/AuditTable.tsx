import { Badge, Table, Text } from '@mantine/core';
import type { AuditEntry } from '../../../../shared/contract';
import { TableScroll } from '../../../components/TableScroll';
import { formatDateTimeSeconds } from '../../../components/dates';
import {
  actionLabel,
  classesLabel,
  detailLabel,
  OUTCOME_COLORS,
  OUTCOME_LABELS,
  recordLabel,
  whoLabel,
} from './action-labels';

/**
 * One page of audit events (the core pages them, so thousands of rows stay quick). One line per
 * event, in words: no codes, ids or internal names. Row, time and outcome take only the width
 * their contents need (a row number of five digits, a time with seconds, the longest badge), and
 * the words share the rest, so names and actions are cut as rarely as possible at 1366 wide.
 */
export function AuditTable({ entries, caption }: { entries: AuditEntry[]; caption: string }) {
  return (
    <TableScroll label="Audit events" minWidth={900}>
      <Table
        striped
        verticalSpacing={4}
        horizontalSpacing={6}
        fz="sm"
        className="audit-table"
        data-testid="audit-table"
      >
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={56}>
              Row
            </Table.Th>
            <Table.Th scope="col" w={168}>
              When
            </Table.Th>
            <Table.Th scope="col" w="17%">
              Who
            </Table.Th>
            <Table.Th scope="col" w="18%">
              Action
            </Table.Th>
            <Table.Th scope="col" w={106}>
              Outcome
            </Table.Th>
            <Table.Th scope="col" w="18%">
              About
            </Table.Th>
            <Table.Th scope="col">Detail</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => {
            const who = whoLabel(entry);
            const about = recordLabel(entry);
            const detail = [entry.detail ? detailLabel(entry.detail) : null, classesLabel(entry.classes)]
              .filter(Boolean)
              .join('. ');
            return (
              <Table.Tr key={entry.seq}>
                <Table.Td>{entry.seq}</Table.Td>
                <Table.Td>{formatDateTimeSeconds(entry.at)}</Table.Td>
                <Table.Td title={who.text}>
                  {who.known ? (
                    who.text
                  ) : (
                    <Text span c="dimmed" fz="sm">
                      {who.text}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td title={actionLabel(entry.action)}>{actionLabel(entry.action)}</Table.Td>
                <Table.Td>
                  <Badge color={OUTCOME_COLORS[entry.outcome]} variant="light" size="sm">
                    {OUTCOME_LABELS[entry.outcome]}
                  </Badge>
                </Table.Td>
                <Table.Td title={about ?? undefined}>{about}</Table.Td>
                <Table.Td title={detail || undefined}>{detail}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
