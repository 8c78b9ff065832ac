import { Badge, Table, Text } from '@mantine/core';
import type { AuditEntry } from '../../../../shared/contract';
import { TableScroll } from '../../../components/TableScroll';
import { formatDateTimeSeconds } from '../../../components/dates';
import { actionLabel, detailLabel, OUTCOME_COLORS, OUTCOME_LABELS } from './action-labels';

/** One page of audit events (the core pages them, so thousands of rows stay quick). */
export function AuditTable({ entries, caption }: { entries: AuditEntry[]; caption: string }) {
  return (
    <TableScroll label="Audit events" minWidth={900}>
      <Table striped verticalSpacing="xs" className="audit-table" data-testid="audit-table">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Row</Table.Th>
            <Table.Th scope="col">When</Table.Th>
            <Table.Th scope="col">Who</Table.Th>
            <Table.Th scope="col">Action</Table.Th>
            <Table.Th scope="col">Outcome</Table.Th>
            <Table.Th scope="col">Record</Table.Th>
            <Table.Th scope="col">Detail</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.seq}>
              <Table.Td>{entry.seq}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTimeSeconds(entry.at)}</Table.Td>
              <Table.Td>
                {entry.accountName ?? (
                  <Text span c="dimmed" size="sm">
                    Nobody signed in
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{actionLabel(entry.action)}</Text>
                <Text size="xs" c="dimmed" ff="monospace">
                  {entry.action}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Badge color={OUTCOME_COLORS[entry.outcome]} variant="light">
                  {OUTCOME_LABELS[entry.outcome]}
                </Badge>
              </Table.Td>
              <Table.Td>
                {entry.recordType && (
                  <Text size="sm">
                    {entry.recordType}
                    {entry.recordLabel ? `: ${entry.recordLabel}` : ''}
                  </Text>
                )}
                {entry.recordId && (
                  <Text size="xs" c="dimmed" ff="monospace">
                    {entry.recordId}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {entry.detail && <Text size="sm">{detailLabel(entry.detail)}</Text>}
                {entry.classes.length > 0 && (
                  <Text size="xs" c="dimmed">
                    Data: {entry.classes.join(', ')}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
