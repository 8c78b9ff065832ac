import { Badge, Button, Table, Text } from '@mantine/core';
import { IconCircleCheck, IconAlertTriangle } from '@tabler/icons-react';
import type { BackupInfo } from '../../../../shared/contract';
import { TableScroll } from '../../../components/TableScroll';
import { backupTime, formatSize } from './backup-format';

interface Props {
  backups: BackupInfo[];
  onRestore(backup: BackupInfo): void;
}

/** The backups, newest first, each with its own Restore button (named for its time). */
export function BackupsTable({ backups, onRestore }: Props) {
  if (backups.length === 0)
    return (
      <Text size="sm">
        There are no backups in the data folder yet. If Waymark has been used before, ask IT whether they have
        a copy of the backups folder.
      </Text>
    );
  return (
    <TableScroll label="Backups" minWidth={560}>
      <Table striped highlightOnHover verticalSpacing="sm" data-testid="backups-table">
        <Table.Caption>
          {backups.length === 1 ? '1 backup' : `${backups.length} backups`}, newest first
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Taken</Table.Th>
            <Table.Th scope="col">Size</Table.Th>
            <Table.Th scope="col">Checked</Table.Th>
            <Table.Th scope="col">
              <span className="visually-hidden">Actions</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {backups.map((backup) => (
            <Table.Tr key={backup.id}>
              <Table.Th scope="row" fw={600} style={{ whiteSpace: 'nowrap' }}>
                {backup.createdAt ? backupTime(backup) : 'Unknown time'}
              </Table.Th>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatSize(backup.sizeBytes)}</Table.Td>
              <Table.Td>
                {backup.verified ? (
                  <Badge color="teal" variant="light" leftSection={<IconCircleCheck size={14} aria-hidden />}>
                    Verified
                  </Badge>
                ) : (
                  <Badge
                    color="orange"
                    variant="light"
                    leftSection={<IconAlertTriangle size={14} aria-hidden />}
                  >
                    Not verified
                  </Badge>
                )}
              </Table.Td>
              <Table.Td ta="right">
                <Button
                  variant="default"
                  size="xs"
                  onClick={() => onRestore(backup)}
                  aria-label={`Restore the backup from ${backupTime(backup)}`}
                >
                  Restore
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
