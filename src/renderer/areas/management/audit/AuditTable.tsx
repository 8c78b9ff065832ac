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
 * event, in words: no codes, ids or internal names.
 */
export function AuditTable({ entries, caption }: { entries: AuditEntry[]; caption: string }) {
  return (
    <TableScroll label="Audit events" minWidth={900}>
      <Table striped verticalSpacing={4} fz="sm" className="audit-table" data-testid="audit-table">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w="4%">
              Row
            </Table.Th>
            <Table.Th scope="col" w="17%">
              When
            </Table.Th>
            <Table.Th scope="col" w="16%">
              Who
            </Table.Th>
            <Table.Th scope="col" w="17%">
              Action
            </Table.Th>
            <Table.Th scope="col" w="9%">
              Outcome
            </Table.Th>
            <Table.Th scope="col" w="17%">
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
