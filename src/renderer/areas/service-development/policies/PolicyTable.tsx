import { Anchor, Badge, Table, Text } from '@mantine/core';
import type { PolicyRow } from '../../../../shared/contract/policies';
import { POLICY_STATUS_LABELS } from '../../../../shared/policies/policies';
import { formatUkDate } from '../../../../shared/uk-date';
import { RouterLink } from '../../../app/RouterLink';
import { TableScroll } from '../../../components/TableScroll';
import { DateBadge } from './DateBadge';
import { STATUS_COLOURS } from './policy-format';
import { policyPath } from './policy-paths';

/** The register: recommended policies first, each with its current version and review date. */
export function PolicyTable({ items }: { items: PolicyRow[] }) {
  return (
    <TableScroll label="Policies register" minWidth={720}>
      <Table striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Policy</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Version</Table.Th>
            <Table.Th scope="col">Owner</Table.Th>
            <Table.Th scope="col">Approved</Table.Th>
            <Table.Th scope="col">Review by</Table.Th>
            <Table.Th scope="col">Document</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>
                <Anchor component={RouterLink} to={policyPath(p.id)} size="sm" fw={600}>
                  {p.title}
                </Anchor>
                {p.recommended && (
                  <Text size="xs" c="dimmed">
                    Recommended by the manual
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Badge size="sm" variant="light" color={STATUS_COLOURS[p.status]}>
                  {POLICY_STATUS_LABELS[p.status]}
                </Badge>
              </Table.Td>
              <Table.Td>
                {p.version ?? (
                  <Text size="sm" c="dimmed">
                    None yet
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{p.owner || '—'}</Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {p.approvedOn ? formatUkDate(p.approvedOn) : '—'}
              </Table.Td>
              <Table.Td>
                <DateBadge date={p.reviewOn} state={p.reviewState} />
              </Table.Td>
              <Table.Td>
                {p.hasDocument ? (
                  <Text size="sm">Attached</Text>
                ) : (
                  <Text size="sm" c="dimmed">
                    None
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
