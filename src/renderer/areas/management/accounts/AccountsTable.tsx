import { Badge, Group, Table, Text } from '@mantine/core';
import type { AccountSummary } from '../../../../shared/contract';
import { ROLE_LABELS } from '../../../../shared/roles';
import { TableScroll } from '../../../components/TableScroll';
import { formatDateTime } from '../../../components/dates';
import { AccountActions, type AccountAction } from './AccountActions';
import { AccountStatus } from './AccountStatus';

interface Props {
  accounts: AccountSummary[];
  selfId: string;
  onAction(action: AccountAction, account: AccountSummary): void;
}

export function AccountsTable({ accounts, selfId, onAction }: Props) {
  return (
    <TableScroll label="Staff accounts" minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption>{accounts.length === 1 ? '1 account' : `${accounts.length} accounts`}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Username</Table.Th>
            <Table.Th scope="col">Roles</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Last signed in</Table.Th>
            <Table.Th scope="col">
              <span className="visually-hidden">Actions</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {accounts.map((account) => (
            <Table.Tr key={account.id}>
              <Table.Th scope="row" fw={600}>
                {account.displayName}
                {account.id === selfId && (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    (you)
                  </Text>
                )}
              </Table.Th>
              <Table.Td>{account.username}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {account.roles.map((role) => (
                    <Badge key={role} variant="outline" size="sm">
                      {ROLE_LABELS[role]}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <AccountStatus account={account} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {account.lastSignInAt ? formatDateTime(account.lastSignInAt) : 'Never'}
              </Table.Td>
              <Table.Td ta="right">
                <AccountActions account={account} isSelf={account.id === selfId} onAction={onAction} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
